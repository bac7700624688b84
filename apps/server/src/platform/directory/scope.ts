import { and, eq, inArray, isNotNull, isNull, like, notExists, or, type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import { regionPrefix } from '@pfc/contracts';
import type { PlacedGrant, Scope } from '../access/actor';
import { roleGrants } from '../auth/tables';
import type { Executor } from '../../db/client';
import { units } from './tables';

/** The WHERE condition limiting units to a scope; `undefined` means no limit. */
export function unitScopeSql(scope: Scope, unitId: AnyPgColumn, regionCode: AnyPgColumn): SQL | undefined {
  if (scope.all) return undefined;
  const parts: SQL[] = [];
  if (scope.unitIds.length > 0) parts.push(inArray(unitId, scope.unitIds));
  for (const code of scope.regionCodes) parts.push(like(regionCode, `${regionPrefix(code)}%`));
  return parts.length > 0 ? or(...parts) : sql`false`;
}

/**
 * The WHERE condition limiting rows that carry only a unit id to a scope: the unit is granted, or lies
 * in a granted region (a subquery over the directory). `undefined` means no limit.
 */
export function unitIdScopeSql(scope: Scope, unitId: AnyPgColumn): SQL | undefined {
  if (scope.all) return undefined;
  const parts: SQL[] = [];
  if (scope.unitIds.length > 0) parts.push(inArray(unitId, scope.unitIds));
  if (scope.regionCodes.length > 0) {
    const inRegion = or(...scope.regionCodes.map((code) => like(units.regionCode, `${regionPrefix(code)}%`)));
    parts.push(sql`${unitId} in (select ${units.id} from ${units} where ${inRegion})`);
  }
  return parts.length > 0 ? or(...parts) : sql`false`;
}

/** Region prefixes a scope covers, counting a unit-level grant as the unit's own region. */
export async function regionCodesOf(db: Executor, scope: Scope): Promise<string[] | 'all'> {
  if (scope.all) return 'all';
  const codes = [...scope.regionCodes];
  if (scope.unitIds.length > 0) {
    const rows = await db.select({ regionCode: units.regionCode }).from(units).where(inArray(units.id, scope.unitIds));
    codes.push(...rows.map((r) => r.regionCode));
  }
  return codes;
}

/** The WHERE condition limiting a region-code column to the prefixes of `regionCodesOf`. */
export function regionCodesSql(codes: string[] | 'all', column: AnyPgColumn): SQL | undefined {
  if (codes === 'all') return undefined;
  if (codes.length === 0) return sql`false`;
  return or(...codes.map((c) => like(column, `${regionPrefix(c)}%`)));
}

/** A user's grants, each with the home region of its unit: what `grantWithinScope` compares. */
export async function placedGrantsOf(db: Executor, userId: string): Promise<PlacedGrant[]> {
  return db
    .select({ unitId: roleGrants.unitId, regionCode: roleGrants.regionCode, unitRegionCode: units.regionCode })
    .from(roleGrants)
    .leftJoin(units, eq(units.id, roleGrants.unitId))
    .where(eq(roleGrants.userId, userId));
}

const grantUnit = alias(units, 'grant_unit');

/**
 * The query form of `grantWithinScope` over all of a user's grants: true when none of the user's
 * grants reaches outside `scope` (a user without grants qualifies). The staff list uses it so that it
 * shows exactly whom `managesStaff` lets the administrator edit; org.test.ts holds the two together.
 */
export function grantsWithinScopeSql(db: Executor, scope: Scope, userId: AnyPgColumn): SQL | undefined {
  if (scope.all) return undefined;
  const unitWithin: SQL[] = [];
  if (scope.unitIds.length > 0) unitWithin.push(inArray(grantUnit.id, scope.unitIds));
  const regionWithin: SQL[] = [];
  for (const code of scope.regionCodes) {
    unitWithin.push(like(grantUnit.regionCode, `${regionPrefix(code)}%`));
    regionWithin.push(like(roleGrants.regionCode, `${regionPrefix(code)}%`));
  }
  // A platform-wide grant (neither unit nor region) matches neither branch: it is outside every scope but "all".
  const within = or(
    and(isNotNull(roleGrants.unitId), or(...unitWithin) ?? sql`false`),
    and(isNull(roleGrants.unitId), isNotNull(roleGrants.regionCode), or(...regionWithin) ?? sql`false`),
  );
  const outside = db
    .select({ one: sql`1` })
    .from(roleGrants)
    .leftJoin(grantUnit, eq(grantUnit.id, roleGrants.unitId))
    .where(and(eq(roleGrants.userId, userId), sql`not coalesce(${within}, false)`));
  return notExists(outside);
}
