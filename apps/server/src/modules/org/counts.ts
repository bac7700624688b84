import { count } from 'drizzle-orm';
import { scopeFor } from '../../platform/access/actor';
import { users } from '../../platform/auth/tables';
import type { Ctx } from '../../platform/context';
import { regionCodesOf, regionCodesSql, unitScopeSql } from '../../platform/directory';
import { regions, units } from '../../platform/directory/tables';
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
  // Regions are administered through region grants; a unit-level administrator holds none.
  const regionWhere = regionCodesSql(scope.all ? 'all' : scope.regionCodes, regions.code);
  const one = async (q: Promise<Array<{ n: number }>>) => (await q)[0]?.n ?? 0;
  const [regionCount, unitCount, staffCount, applicantCount] = await Promise.all([
    one(db.select({ n: count() }).from(regions).where(regionWhere)),
    one(
      db
        .select({ n: count() })
        .from(units)
        .where(unitScopeSql(scope, units.id, units.regionCode)),
    ),
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
