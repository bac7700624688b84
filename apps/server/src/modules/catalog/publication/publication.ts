import { and, asc, desc, eq, inArray, max } from 'drizzle-orm';
import { regionContains } from '@pfc/contracts';
import { reachesRegion } from '../../../platform/access/actor';
import { transact } from '../../../platform/audit/transaction';
import type { Ctx } from '../../../platform/context';
import type { Executor } from '../../../db/client';
import { AppError, E } from '../../../platform/http/errors';
import { regionByCode, unitNames as unitNamesOf } from '../../../platform/directory';
import { itemIdsOf } from '../entries/entries';
import { CatalogErrors } from '../errors';
import { LEADERSHIP } from '../policy';
import { entryInput } from '../entries/present';
import { entryReviews, listAdoptions, listVersionEntries, listVersions, proofEntries, serviceItems } from '../tables';

/** Hides regions outside the actor's grants (404, no existence oracle). */
export function requireRegion(ctx: Ctx, regionCode: string): void {
  if (!reachesRegion(ctx.actor, LEADERSHIP, regionCode))
    throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'region' : '区划' });
}

async function moveAll(
  ctx: Ctx,
  regionCode: string,
  from: string,
  to: string,
  stage: string,
  decision: string,
  comment: string,
) {
  requireRegion(ctx, regionCode);
  return transact(ctx, async (tx, audit) => {
    const moved = await tx
      .update(proofEntries)
      .set({ status: to, updatedAt: ctx.now() })
      .where(and(eq(proofEntries.regionCode, regionCode), eq(proofEntries.status, from)))
      .returning({ id: proofEntries.id });
    if (moved.length > 0) {
      await tx.insert(entryReviews).values(
        moved.map((m) => ({
          entryId: m.id,
          stage,
          decision,
          comment,
          reviewerId: ctx.actor?.userId ?? null,
          reviewerName: ctx.actor?.displayName ?? null,
          createdAt: ctx.now(),
        })),
      );
    }
    audit.record({
      action: 'catalog.lists.stage',
      targetType: 'region',
      targetId: regionCode,
      before: { status: from },
      after: { status: to, entries: moved.length },
      note: comment || undefined,
    });
    return { moved: moved.length };
  });
}

/** 征求意见结束: every entry of the region under consultation goes to the leadership group. */
export function closeConsultation(ctx: Ctx, regionCode: string, comment = '') {
  return moveAll(ctx, regionCode, 'consultation', 'approval', 'consultation', 'closed', comment);
}

/** 领导小组审定: approve the region's lists as they stand. */
export function approveLists(ctx: Ctx, regionCode: string, comment = '') {
  return moveAll(ctx, regionCode, 'approval', 'approved', 'leadership', 'approve', comment);
}

/** Which published lists an entry belongs to. */
export function listsOf(entry: {
  disposition: string;
  substitutes: Array<{ method: string }>;
  commitmentExcluded: boolean;
}): string[] {
  if (entry.disposition === 'cancel') return ['cancelled'];
  const commitment = !entry.commitmentExcluded && entry.substitutes.some((s) => s.method === 'commitment');
  return commitment ? ['retained', 'commitment'] : ['retained'];
}

/** The frozen public record of an entry: what it said when published, with names resolved. */
async function snapshots(db: Executor, rows: Array<typeof proofEntries.$inferSelect>) {
  const ids = rows.map((r) => r.id);
  const items = await itemIdsOf(db, ids);
  const allItemIds = [...new Set([...items.values()].flat())];
  const names = new Map(
    (allItemIds.length
      ? await db
          .select({ id: serviceItems.id, name: serviceItems.name, code: serviceItems.code })
          .from(serviceItems)
          .where(inArray(serviceItems.id, allItemIds))
      : []
    ).map((i) => [i.id, i]),
  );
  const unitIds = [...new Set(rows.map((r) => r.unitId))];
  const unitNames = await unitNamesOf(db, unitIds);
  return rows.map((r) => {
    const { serviceItemIds, ...fields } = entryInput(r, items.get(r.id) ?? []);
    return {
      entryId: r.id,
      lists: listsOf(r),
      snapshot: {
        ...fields,
        unitId: r.unitId,
        unitName: unitNames.get(r.unitId) ?? '',
        serviceItems: serviceItemIds.map((id) => ({
          id,
          name: names.get(id)?.name ?? '',
          code: names.get(id)?.code ?? '',
        })),
      },
    };
  });
}

/**
 * 公布: approved entries become published and the region gets a new immutable version holding
 * every published entry, with the document number and effective date of the government's decision.
 */
export async function publishLists(
  ctx: Ctx,
  regionCode: string,
  meta: { documentNumber: string; effectiveDate: string },
) {
  requireRegion(ctx, regionCode);
  return transact(ctx, async (tx, audit) => {
    const approved = await tx
      .update(proofEntries)
      .set({ status: 'published', updatedAt: ctx.now() })
      .where(and(eq(proofEntries.regionCode, regionCode), eq(proofEntries.status, 'approved')))
      .returning({ id: proofEntries.id });
    if (approved.length === 0) throw new AppError(CatalogErrors.NOTHING_TO_PUBLISH);
    const version = await writeVersion(ctx, tx, regionCode, { ...meta, source: 'workflow' });
    await tx.insert(entryReviews).values(
      approved.map((a) => ({
        entryId: a.id,
        stage: 'publication',
        decision: 'published',
        comment: meta.documentNumber,
        reviewerId: ctx.actor?.userId ?? null,
        reviewerName: ctx.actor?.displayName ?? null,
        createdAt: ctx.now(),
      })),
    );
    audit.record({
      action: 'catalog.lists.published',
      targetType: 'list_version',
      targetId: version.id,
      after: {
        regionCode,
        versionNo: version.versionNo,
        documentNumber: meta.documentNumber,
        newEntries: approved.length,
      },
    });
    return version;
  });
}

/** Writes a version of every published entry of the region; used by publication and imports. */
export async function writeVersion(
  ctx: Ctx,
  tx: Executor,
  regionCode: string,
  meta: { documentNumber: string; effectiveDate: string; source: string },
) {
  // The version number comes from a unique index: two publications at once cannot share one.
  const [last] = await tx
    .select({ n: max(listVersions.versionNo) })
    .from(listVersions)
    .where(eq(listVersions.regionCode, regionCode));
  const [version] = await tx
    .insert(listVersions)
    .values({
      regionCode,
      versionNo: (last?.n ?? 0) + 1,
      documentNumber: meta.documentNumber,
      effectiveDate: meta.effectiveDate,
      source: meta.source,
      publishedAt: ctx.now(),
      publishedBy: ctx.actor?.userId ?? null,
    })
    .returning();
  const published = await tx
    .select()
    .from(proofEntries)
    .where(and(eq(proofEntries.regionCode, regionCode), eq(proofEntries.status, 'published')))
    .orderBy(asc(proofEntries.name));
  const rows = await snapshots(tx, published);
  if (rows.length > 0) await tx.insert(listVersionEntries).values(rows.map((r) => ({ versionId: version!.id, ...r })));
  return { id: version!.id, versionNo: version!.versionNo, entries: rows.length };
}

export async function listVersionsOf(db: Executor, regionCode: string) {
  return db
    .select()
    .from(listVersions)
    .where(eq(listVersions.regionCode, regionCode))
    .orderBy(desc(listVersions.versionNo));
}

/** A version's entries in entry id order. */
export async function versionEntries(db: Executor, versionId: string) {
  return db
    .select({
      entryId: listVersionEntries.entryId,
      lists: listVersionEntries.lists,
      snapshot: listVersionEntries.snapshot,
    })
    .from(listVersionEntries)
    .where(eq(listVersionEntries.versionId, versionId))
    .orderBy(listVersionEntries.entryId);
}

/** 承接: the regions whose lists apply in `regionCode`, itself first, following adoptions upwards. */
export async function listChain(db: Executor, regionCode: string): Promise<string[]> {
  const rows = await db
    .select({ from: listAdoptions.regionCode, to: listAdoptions.adoptsRegionCode })
    .from(listAdoptions);
  const adopts = new Map<string, string[]>();
  for (const r of rows) adopts.set(r.from, [...(adopts.get(r.from) ?? []), r.to]);
  return adoptionChain(regionCode, (code) => adopts.get(code) ?? []);
}

/** The chain itself, pure: the one definition the catalogue and the search index both follow. */
export function adoptionChain(regionCode: string, adoptsOf: (code: string) => readonly string[]): string[] {
  const chain = [regionCode];
  for (let i = 0; i < chain.length && chain.length < 10; i++) {
    for (const up of adoptsOf(chain[i]!)) if (!chain.includes(up)) chain.push(up);
  }
  return chain;
}

/**
 * 承接: the region's government decides that an upper-level region's lists apply in it too. Adopting
 * again (a new document) replaces the document number and date.
 */
export async function adoptLists(ctx: Ctx, regionCode: string, adoptsRegionCode: string, documentNumber: string) {
  requireRegion(ctx, regionCode);
  const target = await regionByCode(ctx.database.db, adoptsRegionCode);
  if (!target) throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'region' : '区划' });
  if (adoptsRegionCode === regionCode || !regionContains(adoptsRegionCode, regionCode))
    throw new AppError(CatalogErrors.ADOPTION_NOT_UPPER);
  const adoptedAt = ctx.now();
  await transact(ctx, async (tx, audit) => {
    await tx
      .insert(listAdoptions)
      .values({ regionCode, adoptsRegionCode, documentNumber, adoptedAt })
      .onConflictDoUpdate({
        target: [listAdoptions.regionCode, listAdoptions.adoptsRegionCode],
        set: { documentNumber, adoptedAt },
      });
    audit.record({
      action: 'catalog.lists.adopted',
      targetType: 'region',
      targetId: regionCode,
      after: { adoptsRegionCode, documentNumber },
    });
  });
}
