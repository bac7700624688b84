import { inArray, like, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { regionPrefix } from '@pfc/contracts';
import type { Scope } from '../../platform/access/actor';
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

export function regionCodesSql(codes: string[] | 'all', column: AnyPgColumn): SQL | undefined {
  if (codes === 'all') return undefined;
  if (codes.length === 0) return sql`false`;
  return or(...codes.map((c) => like(column, `${regionPrefix(c)}%`)));
}
