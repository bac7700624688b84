import { count } from 'drizzle-orm';
import { scopeFor } from '../../platform/access/actor';
import { users } from '../../platform/auth/tables';
import type { Ctx } from '../../platform/context';
import { countRegions, countUnits, regionCodesOf, regionCodesSql } from '../../platform/directory';
import { managedStaffWhere } from './staff';
import { applicants } from './tables';

export interface OrgCounts {
  regions: number;
  units: number;
  staff: number;
  applicants: number;
}

/**
 * What an administrator's dashboard counts: the regions, units, staff and applicants within their
 * admin scope, each by the same condition as the list it links to (a platform administrator counts
 * everything; a district administrator only the district).
 */
export async function countOrg(ctx: Ctx): Promise<OrgCounts> {
  const db = ctx.database.db;
  const scope = scopeFor(ctx.actor, ['admin']);
  const one = async (q: Promise<Array<{ n: number }>>) => (await q)[0]?.n ?? 0;
  const [regionCount, unitCount, staffCount, applicantCount] = await Promise.all([
    // Regions are administered through region grants; a unit-level administrator holds none.
    countRegions(db, scope.all ? 'all' : scope.regionCodes),
    countUnits(db, scope),
    one(db.select({ n: count() }).from(users).where(managedStaffWhere(db, scope))),
    one(
      db
        .select({ n: count() })
        .from(applicants)
        .where(regionCodesSql(await regionCodesOf(db, scope), applicants.regionCode)),
    ),
  ]);
  return { regions: regionCount, units: unitCount, staff: staffCount, applicants: applicantCount };
}
