import { type Actor, type PlacedGrant, grantWithinScope, reachesUnit } from '../../platform/access/actor';

/**
 * An administrator manages a staff member (sees them in the staff list; changes their name,
 * password, disabled flag, lock or grants) only when the member's home unit is within reach and
 * every grant the member holds lies within the administrator's own admin scope. Without the second
 * half a district administrator could reset the password of a city-wide reviewer, or of the
 * platform administrator, posted to a district unit, and sign in as them.
 */
export function managesStaff(
  actor: Actor | null,
  home: { id: string; regionCode: string },
  grants: readonly PlacedGrant[],
): boolean {
  return reachesUnit(actor, ['admin'], home) && grants.every((g) => grantWithinScope(actor, ['admin'], g));
}
