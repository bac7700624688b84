import { count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { regionCodesSql } from './scope';
import { regions } from './tables';

export type Region = typeof regions.$inferSelect;

/** The level a GB/T 2260-style code stands for: 370000 → 1, 370800 → 2, 370811 → 3, 9 digits → 4, 12 → 5. */
export function levelOfCode(code: string): number {
  if (code.length === 12) return 5;
  if (code.length === 9) return 4;
  if (code.endsWith('0000')) return 1;
  if (code.endsWith('00')) return 2;
  return 3;
}

export async function regionByCode(db: Executor, code: string): Promise<Region | undefined> {
  const [row] = await db.select().from(regions).where(eq(regions.code, code)).limit(1);
  return row;
}

/** The name of each of `codes` that exists. */
export async function regionNames(db: Executor, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(inArray(regions.code, [...new Set(codes)]));
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** The region's name, or '' when the code is unknown. */
export async function regionNameOf(db: Executor, code: string): Promise<string> {
  return (await regionNames(db, [code])).get(code) ?? '';
}

/** Code, name and parent of each of `codes` that exists. */
export async function regionsByCodes(
  db: Executor,
  codes: readonly string[],
): Promise<Array<Pick<Region, 'code' | 'name' | 'parentCode'>>> {
  if (codes.length === 0) return [];
  return db
    .select({ code: regions.code, name: regions.name, parentCode: regions.parentCode })
    .from(regions)
    .where(inArray(regions.code, [...new Set(codes)]));
}

/**
 * The regions above `code`, nearest first (district → city → province); `undefined` when the region
 * itself does not exist.
 */
export async function regionAncestors(
  db: Executor,
  code: string,
): Promise<Array<{ code: string; name: string }> | undefined> {
  const self = await regionByCode(db, code);
  if (!self) return undefined;
  const out: Array<{ code: string; name: string }> = [];
  for (let parent = self.parentCode; parent && out.length < 6; ) {
    const row = await regionByCode(db, parent);
    if (!row) break;
    out.push({ code: row.code, name: row.name });
    parent = row.parentCode;
  }
  return out;
}

/** How many regions lie under the prefixes of `codes` (as `regionCodesOf` gives them), or all. */
export async function countRegions(db: Executor, codes: string[] | 'all' = 'all'): Promise<number> {
  const [row] = await db.select({ n: count() }).from(regions).where(regionCodesSql(codes, regions.code));
  return row?.n ?? 0;
}

/** The name of the region whose code is in `column`, as a correlated subquery (for a select list). */
export function regionNameSql(column: AnyPgColumn): SQL<string> {
  return sql<string>`(select ${regions.name} from ${regions} where ${regions.code} = ${column})`;
}
