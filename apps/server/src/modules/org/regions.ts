import { asc, eq, like, or } from 'drizzle-orm';
import { type RegionCreate, type RegionView, regionContains, regionPrefix } from '@pfc/contracts';
import { platformWide, reachesRegion } from '../../platform/access/actor';
import { transact } from '../../platform/audit/transaction';
import type { Ctx } from '../../platform/context';
import { AppError, E } from '../../platform/http/errors';
import { OrgErrors } from './errors';
import { presentRegion } from './present';
import { levelOfCode } from '../../platform/directory';
import { regions } from '../../platform/directory/tables';

export async function listRegions(ctx: Ctx, query: { parentCode?: string; under?: string }): Promise<RegionView[]> {
  const where = query.under
    ? or(eq(regions.code, query.under), like(regions.code, `${regionPrefix(query.under)}%`))
    : query.parentCode
      ? eq(regions.parentCode, query.parentCode)
      : undefined;
  const rows = await ctx.database.db.select().from(regions).where(where).orderBy(asc(regions.code)).limit(5000);
  return rows.map(presentRegion);
}

export async function createRegion(ctx: Ctx, input: RegionCreate): Promise<RegionView> {
  const level = levelOfCode(input.code);
  const parentCode = input.parentCode ?? null;
  // Creating a region is an act on its parent: a province needs a platform-wide administrator.
  const allowed = parentCode ? reachesRegion(ctx.actor, ['admin'], parentCode) : platformWide(ctx.actor, 'admin');
  if (!allowed) throw new AppError(E.FORBIDDEN);
  return transact(ctx, async (tx, audit) => {
    if (parentCode) {
      const [parent] = await tx.select().from(regions).where(eq(regions.code, parentCode)).limit(1);
      if (!parent) throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'parent region' : '上级区划' });
      if (parent.level >= level || !regionContains(parent.code, input.code) || parent.code === input.code) {
        throw new AppError(OrgErrors.REGION_CODE_INVALID, { reason: `${input.code} ∉ ${parent.code}` });
      }
    } else if (level !== 1) {
      throw new AppError(OrgErrors.REGION_CODE_INVALID, {
        reason: ctx.lang === 'en' ? 'only a province has no parent' : '只有省级区划没有上级',
      });
    }
    const inserted = await tx
      .insert(regions)
      .values({ code: input.code, name: input.name.trim(), level, parentCode })
      .onConflictDoNothing()
      .returning();
    const row = inserted[0];
    if (!row) throw new AppError(OrgErrors.REGION_EXISTS, { code: input.code });
    audit.record({
      action: 'org.region.created',
      targetType: 'region',
      targetId: row.code,
      after: { name: row.name, level, parentCode },
    });
    return presentRegion(row);
  });
}

export async function renameRegion(ctx: Ctx, code: string, name: string): Promise<RegionView> {
  return transact(ctx, async (tx, audit) => {
    const [row] = await tx.select().from(regions).where(eq(regions.code, code)).limit(1);
    if (!row || !reachesRegion(ctx.actor, ['admin'], row.parentCode ?? row.code)) {
      throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'region' : '区划' });
    }
    const [updated] = await tx.update(regions).set({ name: name.trim() }).where(eq(regions.code, code)).returning();
    audit.record({
      action: 'org.region.updated',
      targetType: 'region',
      targetId: code,
      before: { name: row.name },
      after: { name },
    });
    return presentRegion(updated ?? row);
  });
}
