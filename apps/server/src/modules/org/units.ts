import { and, asc, count, eq, ilike, type SQL } from 'drizzle-orm';
import type { UnitCreate, UnitListQuery, UnitUpdate, UnitView } from '@pfc/contracts';
import { isValidCreditCode, normalizeIdentifier } from '@pfc/contracts';
import { hasRole, reachesRegion, reachesUnit, scopeFor } from '../../platform/access/actor';
import { transact } from '../../platform/audit/transaction';
import type { Ctx } from '../../platform/context';
import { AppError, E } from '../../platform/http/errors';
import { blankToNull, containsPattern, pageParams } from '../../platform/http/input';
import type { Executor } from '../../db/client';
import { OrgErrors } from './errors';
import { UNIT_READERS } from './policy';
import { presentUnit } from './present';
import { unitScopeSql } from '../../platform/directory';
import { regions, units } from '../../platform/directory/tables';

const CONTACT_FIELDS = new Set(['leaderName', 'leaderTitle', 'liaisonName', 'liaisonPhone']);

function notFound(ctx: Ctx): AppError {
  return new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'unit' : '单位' });
}

function cleanCreditCode(value: string | null | undefined): string | null {
  if (value === undefined || value === null || value.trim() === '') return null;
  const code = normalizeIdentifier(value);
  if (!isValidCreditCode(code)) throw new AppError(E.INVALID_CREDIT_CODE, { reason: '校验码不符' });
  return code;
}

async function loadUnit(db: Executor, id: string) {
  const [row] = await db
    .select({ unit: units, regionName: regions.name })
    .from(units)
    .innerJoin(regions, eq(regions.code, units.regionCode))
    .where(eq(units.id, id))
    .limit(1);
  return row;
}

export async function listUnits(ctx: Ctx, query: UnitListQuery) {
  const { page, pageSize, offset } = pageParams(query);
  const conditions: Array<SQL | undefined> = [
    unitScopeSql(scopeFor(ctx.actor, UNIT_READERS), units.id, units.regionCode),
    query.q ? ilike(units.name, containsPattern(query.q)) : undefined,
    query.regionCode ? eq(units.regionCode, query.regionCode) : undefined,
    query.kind ? eq(units.kind, query.kind) : undefined,
    query.includeArchived ? undefined : eq(units.archived, false),
  ];
  const where = and(...conditions);
  const db = ctx.database.db;
  const [rows, [total]] = await Promise.all([
    db
      .select({ unit: units, regionName: regions.name })
      .from(units)
      .innerJoin(regions, eq(regions.code, units.regionCode))
      .where(where)
      .orderBy(asc(units.regionCode), asc(units.name))
      .limit(pageSize)
      .offset(offset),
    db.select({ n: count() }).from(units).where(where),
  ]);
  return { items: rows.map((r) => presentUnit(r.unit, r.regionName)), total: total?.n ?? 0, page, pageSize };
}

export async function getUnit(ctx: Ctx, id: string): Promise<UnitView> {
  const row = await loadUnit(ctx.database.db, id);
  if (!row || !reachesUnit(ctx.actor, UNIT_READERS, row.unit)) throw notFound(ctx);
  return presentUnit(row.unit, row.regionName);
}

export async function createUnit(ctx: Ctx, input: UnitCreate): Promise<UnitView> {
  if (!reachesRegion(ctx.actor, ['admin'], input.regionCode)) throw new AppError(E.FORBIDDEN);
  const creditCode = cleanCreditCode(input.creditCode);
  return transact(ctx, async (tx, audit) => {
    const [region] = await tx.select().from(regions).where(eq(regions.code, input.regionCode)).limit(1);
    if (!region) throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'region' : '区划' });
    const inserted = await tx
      .insert(units)
      .values({
        name: input.name.trim(),
        kind: input.kind,
        regionCode: input.regionCode,
        creditCode,
        leaderName: blankToNull(input.leaderName),
        leaderTitle: blankToNull(input.leaderTitle),
        liaisonName: blankToNull(input.liaisonName),
        liaisonPhone: blankToNull(input.liaisonPhone),
      })
      .onConflictDoNothing()
      .returning();
    const row = inserted[0];
    if (!row) throw new AppError(OrgErrors.UNIT_EXISTS, { name: input.name });
    audit.record({
      action: 'org.unit.created',
      targetType: 'unit',
      targetId: row.id,
      after: { name: row.name, kind: row.kind, regionCode: row.regionCode },
    });
    return presentUnit(row, region.name);
  });
}

export async function updateUnit(ctx: Ctx, id: string, input: UnitUpdate): Promise<UnitView> {
  return transact(ctx, async (tx, audit) => {
    const current = await loadUnit(tx, id);
    if (!current) throw notFound(ctx);
    const asAdmin = reachesUnit(ctx.actor, ['admin'], current.unit);
    const asHead = reachesUnit(ctx.actor, ['unit_head'], current.unit);
    if (!asAdmin && !asHead)
      throw hasRole(ctx.actor, ['admin', 'unit_head']) ? notFound(ctx) : new AppError(E.FORBIDDEN);
    const changed = Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined);
    if (!asAdmin && changed.some((k) => !CONTACT_FIELDS.has(k))) throw new AppError(OrgErrors.UNIT_FIELDS_FORBIDDEN);
    if (
      input.regionCode &&
      input.regionCode !== current.unit.regionCode &&
      !reachesRegion(ctx.actor, ['admin'], input.regionCode)
    ) {
      throw new AppError(E.FORBIDDEN);
    }
    if (
      input.regionCode &&
      (await tx.select({ code: regions.code }).from(regions).where(eq(regions.code, input.regionCode))).length === 0
    ) {
      throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'region' : '区划' });
    }
    const contact = Object.fromEntries(
      [...CONTACT_FIELDS]
        .filter((k) => k in input)
        .map((k) => [k, blankToNull((input as Record<string, string | null | undefined>)[k])]),
    );
    const patch = {
      ...input,
      ...contact,
      ...(input.name !== undefined ? { name: input.name.trim() } : {}),
      ...(input.creditCode !== undefined ? { creditCode: cleanCreditCode(input.creditCode) } : {}),
      updatedAt: ctx.now(),
    };
    let updated;
    try {
      [updated] = await tx.update(units).set(patch).where(eq(units.id, id)).returning();
    } catch (err) {
      if ((err as { cause?: { code?: string } }).cause?.code === '23505')
        throw new AppError(OrgErrors.UNIT_EXISTS, { name: input.name ?? current.unit.name });
      throw err;
    }
    if (!updated) throw notFound(ctx);
    const before = Object.fromEntries(changed.map((k) => [k, (current.unit as Record<string, unknown>)[k]]));
    const after = Object.fromEntries(changed.map((k) => [k, (updated as Record<string, unknown>)[k]]));
    audit.record({ action: 'org.unit.updated', targetType: 'unit', targetId: id, before, after });
    const regionName = input.regionCode
      ? ((await tx.select({ name: regions.name }).from(regions).where(eq(regions.code, updated.regionCode)))[0]?.name ??
        '')
      : current.regionName;
    return presentUnit(updated, regionName);
  });
}
