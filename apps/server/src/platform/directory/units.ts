import { and, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import type { Scope } from '../access/actor';
import { unitScopeSql } from './scope';
import { units } from './tables';

export type Unit = typeof units.$inferSelect;

export async function unitById(db: Executor, id: string): Promise<Unit | undefined> {
  const [row] = await db.select().from(units).where(eq(units.id, id)).limit(1);
  return row;
}

/** The units among `ids` that exist, optionally only those of one kind. */
export async function unitsByIds(db: Executor, ids: readonly string[], kind?: string): Promise<Unit[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(units)
    .where(and(inArray(units.id, [...new Set(ids)]), kind ? eq(units.kind, kind) : undefined));
}

/** The name of each of `ids` that exists. */
export async function unitNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  return new Map((await unitsByIds(db, ids)).map((u) => [u.id, u.name]));
}

/** The units whose home region is exactly `regionCode`. */
export async function unitsInRegion(db: Executor, regionCode: string): Promise<Unit[]> {
  return db.select().from(units).where(eq(units.regionCode, regionCode));
}

/** The units with exactly this name (one per region at most). */
export async function unitsNamed(db: Executor, name: string): Promise<Unit[]> {
  return db.select().from(units).where(eq(units.name, name));
}

/** How many units (archived ones too) a scope reaches. */
export async function countUnits(db: Executor, scope: Scope): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(units)
    .where(unitScopeSql(scope, units.id, units.regionCode));
  return row?.n ?? 0;
}

/** The name of the unit whose id is in `column`, as a correlated subquery (select list or ORDER BY). */
export function unitNameSql(column: AnyPgColumn): SQL<string> {
  return sql<string>`(select ${units.name} from ${units} where ${units.id} = ${column})`;
}
