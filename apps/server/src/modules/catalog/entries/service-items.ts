import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { ServiceItemInput, ServiceItemView } from '@pfc/contracts';
import { reachesUnit, scopeFor } from '../../../platform/access/actor';
import { transact } from '../../../platform/audit/transaction';
import type { Ctx } from '../../../platform/context';
import { AppError, E } from '../../../platform/http/errors';
import { containsPattern, pageParams } from '../../../platform/http/input';
import { unitById, unitIdScopeSql, unitNameSql } from '../../../platform/directory';
import { CatalogErrors } from '../errors';
import { CATALOG_EDITORS, ITEM_READERS } from '../policy';
import { presentServiceItem } from './present';
import { serviceItems } from '../tables';

function notFound(ctx: Ctx): AppError {
  return new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'service item' : '政务服务事项' });
}

export async function listServiceItems(
  ctx: Ctx,
  query: { page?: number; pageSize?: number; q?: string; unitId?: string },
) {
  const { page, pageSize, offset } = pageParams(query);
  const where = and(
    unitIdScopeSql(scopeFor(ctx.actor, ITEM_READERS), serviceItems.unitId),
    eq(serviceItems.archived, false),
    query.q
      ? or(ilike(serviceItems.name, containsPattern(query.q)), ilike(serviceItems.code, containsPattern(query.q)))
      : undefined,
    query.unitId ? eq(serviceItems.unitId, query.unitId) : undefined,
  ) as SQL | undefined;
  const db = ctx.database.db;
  const [rows, [total]] = await Promise.all([
    db
      .select({ item: serviceItems, unitName: unitNameSql(serviceItems.unitId) })
      .from(serviceItems)
      .where(where)
      .orderBy(asc(serviceItems.code))
      .limit(pageSize)
      .offset(offset),
    db.select({ n: count() }).from(serviceItems).where(where),
  ]);
  return { items: rows.map((r) => presentServiceItem(r.item, r.unitName)), total: total?.n ?? 0, page, pageSize };
}

export async function getServiceItem(ctx: Ctx, id: string): Promise<ServiceItemView> {
  const db = ctx.database.db;
  const [item] = await db.select().from(serviceItems).where(eq(serviceItems.id, id));
  const unit = item ? await unitById(db, item.unitId) : undefined;
  if (!item || !unit || !reachesUnit(ctx.actor, ITEM_READERS, unit)) throw notFound(ctx);
  return presentServiceItem(item, unit.name);
}

export async function createServiceItem(ctx: Ctx, input: ServiceItemInput): Promise<ServiceItemView> {
  return transact(ctx, async (tx, audit) => {
    const unit = await unitById(tx, input.unitId);
    if (!unit || !reachesUnit(ctx.actor, CATALOG_EDITORS, unit))
      throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'unit' : '单位' });
    const inserted = await tx
      .insert(serviceItems)
      .values({ ...input, name: input.name.trim(), regionCode: unit.regionCode })
      .onConflictDoNothing()
      .returning();
    const row = inserted[0];
    if (!row) throw new AppError(CatalogErrors.SERVICE_ITEM_EXISTS, { code: input.code });
    audit.record({
      action: 'catalog.service_item.created',
      targetType: 'service_item',
      targetId: row.id,
      after: { code: row.code, name: row.name, unitId: row.unitId },
    });
    return presentServiceItem(row, unit.name);
  });
}

export async function updateServiceItem(ctx: Ctx, id: string, input: ServiceItemInput): Promise<ServiceItemView> {
  return transact(ctx, async (tx, audit) => {
    const [currentItem] = await tx.select().from(serviceItems).where(eq(serviceItems.id, id));
    const currentUnit = currentItem ? await unitById(tx, currentItem.unitId) : undefined;
    if (!currentItem || !currentUnit || !reachesUnit(ctx.actor, CATALOG_EDITORS, currentUnit)) throw notFound(ctx);
    const unit = await unitById(tx, input.unitId);
    if (!unit || !reachesUnit(ctx.actor, CATALOG_EDITORS, unit))
      throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'unit' : '单位' });
    const clash = await tx
      .select({ id: serviceItems.id })
      .from(serviceItems)
      .where(and(eq(serviceItems.regionCode, unit.regionCode), eq(serviceItems.code, input.code)));
    if (clash.some((c) => c.id !== id)) throw new AppError(CatalogErrors.SERVICE_ITEM_EXISTS, { code: input.code });
    const [row] = await tx
      .update(serviceItems)
      .set({ ...input, name: input.name.trim(), regionCode: unit.regionCode, updatedAt: ctx.now() })
      .where(eq(serviceItems.id, id))
      .returning();
    audit.record({
      action: 'catalog.service_item.updated',
      targetType: 'service_item',
      targetId: id,
      before: { code: currentItem.code, name: currentItem.name, unitId: currentItem.unitId },
      after: { code: input.code, name: input.name, unitId: input.unitId },
    });
    return presentServiceItem(row!, unit.name);
  });
}
