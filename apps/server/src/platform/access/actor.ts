import { type Role, regionContains } from '@pfc/contracts';

export interface Grant {
  role: Role;
  /** Set when the role is held at one unit. */
  unitId: string | null;
  /** Set when the role covers a region and everything below it; both null = whole platform. */
  regionCode: string | null;
}

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  kind: 'staff' | 'applicant';
  /** The staff member's own unit. */
  unitId: string | null;
  applicantId: string | null;
  grants: Grant[];
  sessionId: string;
}

export function hasRole(actor: Actor | null, roles: readonly Role[]): boolean {
  return !!actor && actor.grants.some((g) => roles.includes(g.role));
}

export function rolesOf(actor: Actor): Role[] {
  return [...new Set(actor.grants.map((g) => g.role))];
}

/** Whether one of `roles` reaches a unit: held at that unit, over its region, or platform-wide. */
export function reachesUnit(
  actor: Actor | null,
  roles: readonly Role[],
  unit: { id: string; regionCode: string },
): boolean {
  if (!actor) return false;
  return actor.grants.some(
    (g) =>
      roles.includes(g.role) &&
      (g.unitId === unit.id ||
        (g.unitId === null && (g.regionCode === null || regionContains(g.regionCode, unit.regionCode)))),
  );
}

/** Whether one of `roles` covers a whole region (region-wide or platform-wide grants only). */
export function reachesRegion(actor: Actor | null, roles: readonly Role[], regionCode: string): boolean {
  if (!actor) return false;
  return actor.grants.some(
    (g) =>
      roles.includes(g.role) &&
      g.unitId === null &&
      (g.regionCode === null || regionContains(g.regionCode, regionCode)),
  );
}

/**
 * The scope to put in a query's WHERE clause (HOUSE-STYLE habit 5: scope in the query,
 * not filtered after): everything, or these units plus everything under these region codes.
 */
export type Scope = { all: true } | { all: false; unitIds: string[]; regionCodes: string[] };

export function scopeFor(actor: Actor | null, roles: readonly Role[]): Scope {
  const unitIds: string[] = [];
  const regionCodes: string[] = [];
  for (const g of actor?.grants ?? []) {
    if (!roles.includes(g.role)) continue;
    if (g.unitId) unitIds.push(g.unitId);
    else if (g.regionCode) regionCodes.push(g.regionCode);
    else return { all: true };
  }
  return { all: false, unitIds, regionCodes };
}

/** A grant with neither unit nor region: the whole platform. */
export function platformWide(actor: Actor | null, role: Role): boolean {
  return !!actor && actor.grants.some((g) => g.role === role && g.unitId === null && g.regionCode === null);
}

/** A grant placed on the map: a unit grant carries its unit's region code (null when unknown). */
export interface PlacedGrant {
  unitId: string | null;
  regionCode: string | null;
  unitRegionCode: string | null;
}

/**
 * Whether `grant` lies within what the actor administers with `roles` (the one rule behind "whom
 * may an administrator edit" and "what may they hand out", so no edit reaches wider than its
 * author): a platform-wide grant only within a platform-wide one; a region grant within a region
 * grant containing it; a unit grant within any grant reaching that unit. The granted role does not
 * matter, only where it reaches.
 */
export function grantWithinScope(actor: Actor | null, roles: readonly Role[], grant: PlacedGrant): boolean {
  if (!actor) return false;
  if (grant.unitId)
    return (
      grant.unitRegionCode !== null && reachesUnit(actor, roles, { id: grant.unitId, regionCode: grant.unitRegionCode })
    );
  if (grant.regionCode) return reachesRegion(actor, roles, grant.regionCode);
  return roles.some((role) => platformWide(actor, role));
}
