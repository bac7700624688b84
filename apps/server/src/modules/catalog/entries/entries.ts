import { and, asc, count, eq, exists, gte, ilike, inArray, not, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type {
  JointReviewKind,
  ProofEntryDraft,
  ProofEntryInput,
  ProofEntryView,
  Role,
  RuleFinding,
} from '@pfc/contracts';
import { reachesUnit, scopeFor } from '../../../platform/access/actor';
import { transact } from '../../../platform/audit/transaction';
import type { Ctx } from '../../../platform/context';
import type { Executor } from '../../../db/client';
import { AppError, E } from '../../../platform/http/errors';
import { containsPattern, pageParams } from '../../../platform/http/input';
import { unitById, unitIdScopeSql, unitNameSql } from '../../../platform/directory';
import { CatalogErrors } from '../errors';
import { entryInput, type EntryRow, presentEntry } from './present';
import { checkProofEntry, hasBlockingFindings } from '../rules';
import { currentRoundId } from '../rounds/rounds';
import { CATALOG_EDITORS, ENTRY_READERS } from '../policy';
import { EDITABLE, type EntryStatus, STATUS_LABELS } from './status';
import { entryReviews, proofEntries, proofEntryItems, serviceItems } from '../tables';

export function entryNotFound(ctx: Ctx): AppError {
  return new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'proof entry' : '证明事项' });
}

export async function itemIdsOf(db: Executor, entryIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (entryIds.length === 0) return out;
  const rows = await db.select().from(proofEntryItems).where(inArray(proofEntryItems.entryId, entryIds));
  for (const r of rows) out.set(r.entryId, [...(out.get(r.entryId) ?? []), r.serviceItemId]);
  return out;
}

/** Loads an entry the actor may see with `roles`, or answers 404 (no existence oracle). */
export async function loadEntry(ctx: Ctx, db: Executor, id: string, roles: readonly Role[]) {
  const [entry] = await db.select().from(proofEntries).where(eq(proofEntries.id, id));
  const unit = entry ? await unitById(db, entry.unitId) : undefined;
  if (!entry || !unit || !reachesUnit(ctx.actor, roles, unit)) throw entryNotFound(ctx);
  return { entry, unit };
}

export function findingsOf(ctx: Ctx, row: EntryRow, itemIds: string[]): RuleFinding[] {
  return checkProofEntry(entryInput(row, itemIds), undefined, ctx.lang);
}

async function checkServiceItems(ctx: Ctx, db: Executor, regionCode: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await db
    .select({ id: serviceItems.id })
    .from(serviceItems)
    .where(and(inArray(serviceItems.id, ids), eq(serviceItems.regionCode, regionCode)));
  if (found.length !== new Set(ids).size) throw new AppError(CatalogErrors.SERVICE_ITEM_UNKNOWN);
}

function columnsOf(input: ProofEntryInput) {
  const { serviceItemIds: _ids, ...rest } = input;
  return { ...rest, name: input.name.trim(), issuingUnitName: input.issuingUnitName.trim() };
}

const approval = alias(entryReviews, 'approval');
const reentry = alias(entryReviews, 'reentry');

/**
 * Whether the `kind` review approved the listed entry in its current round. A round starts with the
 * unit head's approval, so an approval counts unless a unit approval came at or after it — the same
 * cut actOnEntry makes (approvals after the latest unit approval) when it ends the joint review.
 */
function approvedThisRound(db: Executor, kind: JointReviewKind): SQL {
  const reentered = db
    .select({ one: sql`1` })
    .from(reentry)
    .where(
      and(
        eq(reentry.entryId, proofEntries.id),
        eq(reentry.stage, 'unit'),
        eq(reentry.decision, 'approve'),
        gte(reentry.createdAt, approval.createdAt),
      ),
    );
  return exists(
    db
      .select({ one: sql`1` })
      .from(approval)
      .where(
        and(
          eq(approval.entryId, proofEntries.id),
          eq(approval.stage, kind),
          eq(approval.decision, 'approve'),
          not(exists(reentered)),
        ),
      ),
  );
}

export interface EntryListQuery {
  page?: number;
  pageSize?: number;
  q?: string;
  unitId?: string;
  status?: string;
  disposition?: string;
  /** Only entries in joint review still waiting for this review (the reviewer's queue). */
  pendingFor?: JointReviewKind;
}

export async function listEntries(ctx: Ctx, query: EntryListQuery) {
  const { page, pageSize, offset } = pageParams(query);
  const db = ctx.database.db;
  const where = and(
    unitIdScopeSql(scopeFor(ctx.actor, ENTRY_READERS), proofEntries.unitId),
    query.q ? ilike(proofEntries.name, containsPattern(query.q)) : undefined,
    query.unitId ? eq(proofEntries.unitId, query.unitId) : undefined,
    query.status ? eq(proofEntries.status, query.status) : undefined,
    query.disposition ? eq(proofEntries.disposition, query.disposition) : undefined,
    query.pendingFor
      ? and(eq(proofEntries.status, 'joint_review'), not(approvedThisRound(db, query.pendingFor)))
      : undefined,
  ) as SQL | undefined;
  const progress = {
    legal: sql<boolean>`${approvedThisRound(db, 'legal')}`,
    policy: sql<boolean>`${approvedThisRound(db, 'policy')}`,
  };
  const [rows, [total]] = await Promise.all([
    db
      .select({ entry: proofEntries, unitName: unitNameSql(proofEntries.unitId), ...progress })
      .from(proofEntries)
      .where(where)
      .orderBy(asc(unitNameSql(proofEntries.unitId)), asc(proofEntries.name))
      .limit(pageSize)
      .offset(offset),
    db.select({ n: count() }).from(proofEntries).where(where),
  ]);
  const items = await itemIdsOf(
    db,
    rows.map((r) => r.entry.id),
  );
  return {
    items: rows.map((r): ProofEntryView => {
      const ids = items.get(r.entry.id) ?? [];
      const view = presentEntry(r.entry, r.unitName, ids, findingsOf(ctx, r.entry, ids));
      return r.entry.status === 'joint_review' ? { ...view, jointReview: { legal: r.legal, policy: r.policy } } : view;
    }),
    total: total?.n ?? 0,
    page,
    pageSize,
  };
}

export async function getEntry(ctx: Ctx, id: string): Promise<ProofEntryView> {
  const { entry, unit } = await loadEntry(ctx, ctx.database.db, id, ENTRY_READERS);
  const ids = (await itemIdsOf(ctx.database.db, [id])).get(id) ?? [];
  return presentEntry(entry, unit.name, ids, findingsOf(ctx, entry, ids));
}

/** 登记: a unit registers a proof it demands; the rule check is shown, not yet enforced. */
export async function createEntry(ctx: Ctx, unitId: string, input: ProofEntryInput): Promise<ProofEntryView> {
  return transact(ctx, async (tx, audit) => {
    const unit = await unitById(tx, unitId);
    if (!unit || !reachesUnit(ctx.actor, CATALOG_EDITORS, unit))
      throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'unit' : '单位' });
    await checkServiceItems(ctx, tx, unit.regionCode, input.serviceItemIds);
    const inserted = await tx
      .insert(proofEntries)
      .values({
        ...columnsOf(input),
        unitId: unit.id,
        regionCode: unit.regionCode,
        status: 'draft',
        roundId: await currentRoundId(tx, unit.regionCode),
      })
      .onConflictDoNothing()
      .returning();
    const row = inserted[0];
    if (!row) throw new AppError(CatalogErrors.ENTRY_EXISTS, { name: input.name.trim() });
    const ids = [...new Set(input.serviceItemIds)];
    if (ids.length > 0)
      await tx.insert(proofEntryItems).values(ids.map((serviceItemId) => ({ entryId: row.id, serviceItemId })));
    audit.record({
      action: 'catalog.entry.created',
      targetType: 'proof_entry',
      targetId: row.id,
      after: { name: row.name, unitId, disposition: row.disposition },
    });
    return presentEntry(row, unit.name, ids, findingsOf(ctx, row, ids));
  });
}

/** Edits while the entry is with its unit; `version` guards against overwriting someone else's edit. */
export async function updateEntry(
  ctx: Ctx,
  id: string,
  version: number,
  input: ProofEntryInput,
): Promise<ProofEntryView> {
  return transact(ctx, async (tx, audit) => {
    const { entry, unit } = await loadEntry(ctx, tx, id, CATALOG_EDITORS);
    if (!EDITABLE.includes(entry.status as EntryStatus)) {
      throw new AppError(CatalogErrors.ENTRY_STAGE_INVALID, {
        status: STATUS_LABELS[entry.status as EntryStatus]?.[ctx.lang] ?? entry.status,
      });
    }
    await checkServiceItems(ctx, tx, unit.regionCode, input.serviceItemIds);
    const clash = await tx
      .select({ id: proofEntries.id })
      .from(proofEntries)
      .where(and(eq(proofEntries.unitId, unit.id), eq(proofEntries.name, input.name.trim())));
    if (clash.some((c) => c.id !== id)) throw new AppError(CatalogErrors.ENTRY_EXISTS, { name: input.name.trim() });
    const [row] = await tx
      .update(proofEntries)
      .set({ ...columnsOf(input), version: entry.version + 1, updatedAt: ctx.now() })
      .where(and(eq(proofEntries.id, id), eq(proofEntries.version, version)))
      .returning();
    if (!row) throw new AppError(CatalogErrors.ENTRY_VERSION_CONFLICT);
    const ids = [...new Set(input.serviceItemIds)];
    await tx.delete(proofEntryItems).where(eq(proofEntryItems.entryId, id));
    if (ids.length > 0)
      await tx.insert(proofEntryItems).values(ids.map((serviceItemId) => ({ entryId: id, serviceItemId })));
    audit.record({
      action: 'catalog.entry.updated',
      targetType: 'proof_entry',
      targetId: id,
      before: {
        name: entry.name,
        disposition: entry.disposition,
        substitutes: entry.substitutes,
        version: entry.version,
      },
      after: { name: row.name, disposition: row.disposition, substitutes: row.substitutes, version: row.version },
    });
    return presentEntry(row, unit.name, ids, findingsOf(ctx, row, ids));
  });
}

/**
 * The rule check on a draft that is not saved (the editor calls it as the officer types): fields
 * not yet filled in are findings ("尚未填写…"), not a refusal.
 */
export function checkDraft(ctx: Ctx, input: ProofEntryDraft): RuleFinding[] {
  return checkProofEntry(input, undefined, ctx.lang);
}

export { hasBlockingFindings };
