import type { Role, SessionView } from '@pfc/contracts';

/** What the signed-in user may see: drives the menu and the route guards (the server still decides). */
export interface Access {
  signedIn: boolean;
  isStaff: boolean;
  isApplicant: boolean;
  isAdmin: boolean;
  /** An admin grant with neither unit nor region: calendar edits and the audit log. */
  isPlatformAdmin: boolean;
  canRegisterApplicants: boolean;
  roles: Role[];
}

export function accessOf(session: SessionView | null | undefined): Access {
  const grants = session?.grants ?? [];
  const roles = [...new Set(grants.map((g) => g.role))];
  const isStaff = session?.user.kind === 'staff';
  const isAdmin = isStaff && roles.includes('admin');
  return {
    signedIn: !!session,
    isStaff,
    isApplicant: session?.user.kind === 'applicant',
    isAdmin,
    isPlatformAdmin: isAdmin && grants.some((g) => g.role === 'admin' && g.unitId === null && g.regionCode === null),
    canRegisterApplicants: isStaff && (roles.includes('admin') || roles.includes('window_clerk')),
    roles,
  };
}

export function hasAnyRole(access: Access, roles: readonly Role[]): boolean {
  return access.roles.some((r) => roles.includes(r));
}
