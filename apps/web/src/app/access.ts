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
  /** Works on the proof catalogue (证明事项清单) at all: officers, unit heads, reviewers, admins. */
  canSeeCatalog: boolean;
  /** Registers and edits service items and proof entries (事项梳理员, admins). */
  canEditCatalog: boolean;
  /** Has a review step of the clean-up: unit head, legality or policy reviewer. */
  canReviewCatalog: boolean;
  /** Closes the consultation, approves and publishes the lists (领导小组办公室, admins). */
  canManageLists: boolean;
  /** Sees the 动态调整 requests: catalogue officers, the Justice Bureau, the leadership office, admins. */
  canSeeAdjustments: boolean;
  /** Moderates and answers public consultation comments. */
  canModerateComments: boolean;
  /** Starts an application with commitment (办件): the applicant, or a window clerk / grid worker for them. */
  canApply: boolean;
  /** Accepts and decides applications at the counter (窗口受理). */
  isWindowClerk: boolean;
  /** Reads and sets applicants' credit status (信用状况), which decides whether commitment is offered. */
  canManageCredit: boolean;
  roles: Role[];
}

const CATALOG_ROLES: readonly Role[] = [
  'admin',
  'catalog_officer',
  'unit_head',
  'legal_reviewer',
  'policy_reviewer',
  'leadership_office',
];
/** The roles that act in the clean-up's review steps (审核待办). */
export const CATALOG_REVIEW_ROLES = [
  'unit_head',
  'legal_reviewer',
  'policy_reviewer',
] as const satisfies readonly Role[];

/**
 * Password given, second factor not yet: the session reaches only the code step (and enrolment),
 * so the app treats it as not signed in and the login page shows that step.
 */
export function secondFactorPending(session: SessionView | null | undefined): boolean {
  const sf = session?.secondFactor;
  return !!sf && (sf.state === 'pending' || (sf.required && sf.state !== 'passed'));
}

export function accessOf(session: SessionView | null | undefined): Access {
  const grants = session?.grants ?? [];
  const roles = [...new Set(grants.map((g) => g.role))];
  const isStaff = session?.user.kind === 'staff';
  const isAdmin = isStaff && roles.includes('admin');
  return {
    signedIn: !!session && !secondFactorPending(session),
    isStaff,
    isApplicant: session?.user.kind === 'applicant',
    isAdmin,
    isPlatformAdmin: isAdmin && grants.some((g) => g.role === 'admin' && g.unitId === null && g.regionCode === null),
    canRegisterApplicants: isStaff && (roles.includes('admin') || roles.includes('window_clerk')),
    canSeeCatalog: isStaff && roles.some((r) => CATALOG_ROLES.includes(r)),
    canEditCatalog: isStaff && (roles.includes('admin') || roles.includes('catalog_officer')),
    canReviewCatalog: isStaff && roles.some((r) => (CATALOG_REVIEW_ROLES as readonly Role[]).includes(r)),
    canManageLists: isStaff && (roles.includes('admin') || roles.includes('leadership_office')),
    canSeeAdjustments:
      isStaff &&
      roles.some(
        (r) => r === 'admin' || r === 'catalog_officer' || r === 'legal_reviewer' || r === 'leadership_office',
      ),
    canModerateComments:
      isStaff && roles.some((r) => r === 'admin' || r === 'leadership_office' || r === 'policy_reviewer'),
    canApply:
      session?.user.kind === 'applicant' || (isStaff && roles.some((r) => r === 'window_clerk' || r === 'grid_worker')),
    isWindowClerk: isStaff && roles.includes('window_clerk'),
    canManageCredit: isStaff && roles.some((r) => r === 'credit_officer' || r === 'admin'),
    roles,
  };
}

export function hasAnyRole(access: Access, roles: readonly Role[]): boolean {
  return access.roles.some((r) => roles.includes(r));
}
