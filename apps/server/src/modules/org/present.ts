import type { ApplicantView, RegionView, StaffView, UnitKind, UnitView } from '@pfc/contracts';
import type { GrantDetail } from '../../platform/auth/accounts';
import type { UserRow } from '../../platform/auth/accounts';
import type { Region, Unit } from '../../platform/directory';
import type { applicants } from './tables';

export function presentRegion(r: Region): RegionView {
  return { code: r.code, name: r.name, level: r.level, parentCode: r.parentCode };
}

export function presentUnit(u: Unit, regionName: string): UnitView {
  return {
    id: u.id,
    name: u.name,
    kind: u.kind as UnitKind,
    regionCode: u.regionCode,
    regionName,
    creditCode: u.creditCode,
    leaderName: u.leaderName,
    leaderTitle: u.leaderTitle,
    liaisonName: u.liaisonName,
    liaisonPhone: u.liaisonPhone,
    archived: u.archived,
    updatedAt: u.updatedAt.toISOString(),
  };
}

export function presentStaff(
  u: UserRow,
  unitName: string | null,
  grants: GrantDetail[],
  now: Date,
  secondFactorEnrolled = false,
): StaffView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    unitId: u.unitId,
    unitName,
    disabled: u.disabled,
    locked: !!u.lockedUntil && u.lockedUntil > now,
    secondFactorEnrolled,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    grants: grants.map((g) => ({
      role: g.role,
      unitId: g.unitId,
      unitName: g.unitName,
      regionCode: g.regionCode,
      regionName: g.regionName,
    })),
  };
}

/** Staff and the applicant see masked identifiers here; the full value never leaves the server. */
export function presentApplicant(a: typeof applicants.$inferSelect): ApplicantView {
  return {
    id: a.id,
    kind: a.kind,
    name: a.name,
    identifierMasked: a.identifierMasked,
    phoneMasked: a.phoneMasked,
    legalRepresentative: a.legalRepresentative,
    regionCode: a.regionCode,
    createdAt: a.createdAt.toISOString(),
  };
}
