import { and, asc, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { ProofEntryInput } from '@pfc/contracts';
import { reachesRegion, reachesUnit, scopeFor } from '../../../platform/access/actor';
import { transact } from '../../../platform/audit/transaction';
import { addWorkingDays, shanghaiToday } from '../../../platform/calendar/service';
import type { Ctx } from '../../../platform/context';
import { AppError, E } from '../../../platform/http/errors';
import { enqueue, type JobHandler } from '../../../platform/jobs';
import { regionCodesOf, regionCodesSql, unitById, unitIdScopeSql, unitNameSql } from '../../../platform/directory';
import { checkDraft, hasBlockingFindings } from '../entries/entries';
import { CatalogErrors } from '../errors';
import { CATALOG_EDITORS, LEADERSHIP } from '../policy';
import { writeVersion } from '../publication/publication';
import { adjustmentRequests, proofEntries, proofEntryItems } from '../tables';

/** 7个工作日内逐级备案 (seed 004 §3). */
export const FILING_WORKING_DAYS = 7;

type Row = typeof adjustmentRequests.$inferSelect;

/** The one overdue job of a version's filings. */
export function filingJobKey(versionId: string): string {
  return `filing:${versionId}`;
}

/** The job fires the day after the due day: 16:00 UTC is midnight in Asia/Shanghai. */
export function filingJobRunAt(due: string): Date {
  return new Date(`${due}T16:00:00Z`);
}

export function presentAdjustment(r: Row, unitName: string) {
  return {
    id: r.id,
    regionCode: r.regionCode,
    unitId: r.unitId,
    unitName,
    kind: r.kind,
    entryId: r.entryId,
    proposed: r.proposed,
    reason: r.reason,
    basis: r.basis,
    status: r.status,
    reviewComment: r.reviewComment,
    versionId: r.versionId,
    filingDue: r.filingDue,
    filingDueProvisional: r.filingDueProvisional,
    filedAt: r.filedAt?.toISOString() ?? null,
    filingDocument: r.filingDocument,
    createdAt: r.createdAt.toISOString(),
  };
}

export interface AdjustmentInput {
  unitId: string;
  kind: 'add' | 'change' | 'remove';
  entryId?: string | null;
  entry?: ProofEntryInput | null;
  reason: string;
  basis?: string;
}

function blockIfRulesFail(ctx: Ctx, entry: ProofEntryInput): void {
  const findings = checkDraft(ctx, entry);
  if (hasBlockingFindings(findings)) {
    const errors = findings.filter((f) => f.level === 'error');
    throw new AppError(
      CatalogErrors.RULES_FAILED,
      { first: errors.map((f) => f.message).join(' ') },
      errors.map((f) => ({ field: f.field ?? 'entry', message: f.message })),
    );
  }
}

/** A unit asks to add, change or remove a published entry, with reason and basis. */
export async function requestAdjustment(ctx: Ctx, input: AdjustmentInput) {
  return transact(ctx, async (tx, audit) => {
    const unit = await unitById(tx, input.unitId);
    if (!unit || !reachesUnit(ctx.actor, CATALOG_EDITORS, unit))
      throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'unit' : '单位' });
    if (input.kind !== 'add') {
      const [entry] = input.entryId
        ? await tx
            .select()
            .from(proofEntries)
            .where(
              and(
                eq(proofEntries.id, input.entryId),
                eq(proofEntries.unitId, unit.id),
                eq(proofEntries.status, 'published'),
              ),
            )
        : [];
      if (!entry) throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'published entry' : '已公布的证明事项' });
    }
    if (input.kind !== 'remove') {
      if (!input.entry)
        throw new AppError(E.VALIDATION_FAILED, {
          problem: ctx.lang === 'en' ? 'entry is required' : '新增或修改时须填写证明事项内容',
        });
      blockIfRulesFail(ctx, input.entry);
    }
    const [row] = await tx
      .insert(adjustmentRequests)
      .values({
        regionCode: unit.regionCode,
        unitId: unit.id,
        kind: input.kind,
        entryId: input.kind === 'add' ? null : (input.entryId ?? null),
        proposed: input.kind === 'remove' ? null : (input.entry ?? null),
        reason: input.reason.trim(),
        basis: input.basis?.trim() ?? '',
        createdBy: ctx.actor?.userId ?? null,
        createdAt: ctx.now(),
      })
      .returning();
    audit.record({
      action: 'catalog.adjustment.requested',
      targetType: 'adjustment',
      targetId: row!.id,
      after: { kind: row!.kind, entryId: row!.entryId, name: row!.proposed?.name },
    });
    return presentAdjustment(row!, unit.name);
  });
}

export async function listAdjustments(ctx: Ctx, query: { status?: string }) {
  // Unit staff see their own unit's requests; reviewers their region's.
  const scope = unitIdScopeSql(
    scopeFor(ctx.actor, ['catalog_officer', 'legal_reviewer', 'leadership_office', 'admin']),
    adjustmentRequests.unitId,
  );
  const rows = await ctx.database.db
    .select({ a: adjustmentRequests, unitName: unitNameSql(adjustmentRequests.unitId) })
    .from(adjustmentRequests)
    .where(and(scope, query.status ? eq(adjustmentRequests.status, query.status as Row['status']) : undefined))
    .orderBy(asc(adjustmentRequests.createdAt))
    .limit(500);
  return rows.map((r) => presentAdjustment(r.a, r.unitName));
}

async function loadForRegion(ctx: Ctx, id: string, roles: Parameters<typeof reachesRegion>[1]) {
  const [row] = await ctx.database.db
    .select({ a: adjustmentRequests, unitName: unitNameSql(adjustmentRequests.unitId) })
    .from(adjustmentRequests)
    .where(eq(adjustmentRequests.id, id));
  if (!row || !reachesRegion(ctx.actor, roles, row.a.regionCode))
    throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'adjustment request' : '调整申请' });
  return row;
}

/** 司法局审核 */
export async function reviewAdjustment(ctx: Ctx, id: string, decision: 'approve' | 'reject', comment: string) {
  const { a, unitName } = await loadForRegion(ctx, id, ['legal_reviewer']);
  return transact(ctx, async (tx, audit) => {
    const status = decision === 'approve' ? 'approved' : 'rejected';
    const [row] = await tx
      .update(adjustmentRequests)
      .set({ status, reviewComment: comment.trim(), reviewedBy: ctx.actor?.userId ?? null, updatedAt: ctx.now() })
      .where(and(eq(adjustmentRequests.id, id), eq(adjustmentRequests.status, 'submitted')))
      .returning();
    if (!row) throw new AppError(CatalogErrors.ENTRY_STAGE_INVALID, { status: a.status });
    audit.record({
      action: 'catalog.adjustment.reviewed',
      targetType: 'adjustment',
      targetId: id,
      before: { status: a.status },
      after: { status, comment: comment.trim() },
    });
    return presentAdjustment(row, unitName);
  });
}

/**
 * Publishes the region's approved adjustments as a new version; each must then be filed with the
 * level above within 7 working days, tracked by a durable deadline job.
 */
export async function publishAdjustments(
  ctx: Ctx,
  regionCode: string,
  meta: { documentNumber: string; effectiveDate: string },
) {
  if (!reachesRegion(ctx.actor, LEADERSHIP, regionCode))
    throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'region' : '区划' });
  const due = await addWorkingDays(ctx, shanghaiToday(ctx.now()), FILING_WORKING_DAYS);
  const filingDue = due.date;
  return transact(ctx, async (tx, audit) => {
    const approved = await tx
      .select()
      .from(adjustmentRequests)
      .where(and(eq(adjustmentRequests.regionCode, regionCode), eq(adjustmentRequests.status, 'approved')));
    if (approved.length === 0) throw new AppError(CatalogErrors.NOTHING_TO_PUBLISH);
    for (const a of approved) {
      const p = a.proposed;
      if (a.kind === 'add' && p) {
        const { serviceItemIds, ...fields } = p;
        const [entry] = await tx
          .insert(proofEntries)
          .values({ ...fields, unitId: a.unitId, regionCode, status: 'published' })
          .returning();
        if (serviceItemIds.length > 0)
          await tx
            .insert(proofEntryItems)
            .values([...new Set(serviceItemIds)].map((serviceItemId) => ({ entryId: entry!.id, serviceItemId })));
        await tx.update(adjustmentRequests).set({ entryId: entry!.id }).where(eq(adjustmentRequests.id, a.id));
      } else if (a.kind === 'change' && p && a.entryId) {
        const { serviceItemIds, ...fields } = p;
        const [current] = await tx
          .select({ version: proofEntries.version })
          .from(proofEntries)
          .where(eq(proofEntries.id, a.entryId));
        await tx
          .update(proofEntries)
          .set({ ...fields, version: (current?.version ?? 1) + 1, updatedAt: ctx.now() })
          .where(eq(proofEntries.id, a.entryId));
        await tx.delete(proofEntryItems).where(eq(proofEntryItems.entryId, a.entryId));
        if (serviceItemIds.length > 0)
          await tx
            .insert(proofEntryItems)
            .values([...new Set(serviceItemIds)].map((serviceItemId) => ({ entryId: a.entryId!, serviceItemId })));
      } else if (a.kind === 'remove' && a.entryId) {
        await tx
          .update(proofEntries)
          .set({ status: 'withdrawn', updatedAt: ctx.now() })
          .where(eq(proofEntries.id, a.entryId));
      }
    }
    const version = await writeVersion(ctx, tx, regionCode, { ...meta, source: 'adjustment' });
    const ids = approved.map((a) => a.id);
    await tx
      .update(adjustmentRequests)
      .set({
        status: 'published',
        versionId: version.id,
        filingDue,
        filingDueProvisional: due.provisional,
        updatedAt: ctx.now(),
      })
      .where(inArray(adjustmentRequests.id, ids));
    // The deadline is a row, not a timer (a recount of a provisional deadline moves it).
    await enqueue(tx, {
      kind: 'catalog.filing_overdue',
      runAt: filingJobRunAt(filingDue),
      payload: { versionId: version.id },
      dedupeKey: filingJobKey(version.id),
    });
    audit.record({
      action: 'catalog.lists.published',
      targetType: 'list_version',
      targetId: version.id,
      after: {
        regionCode,
        versionNo: version.versionNo,
        adjustments: ids.length,
        filingDue,
        provisional: due.provisional,
      },
    });
    return { ...version, filingDue, filingDueProvisional: due.provisional };
  });
}

/** 备案: the filing with the level above is recorded (document number of the filing). */
export async function recordFiling(ctx: Ctx, id: string, filingDocument: string) {
  const { a, unitName } = await loadForRegion(ctx, id, LEADERSHIP);
  return transact(ctx, async (tx, audit) => {
    const [row] = await tx
      .update(adjustmentRequests)
      .set({ filedAt: ctx.now(), filingDocument: filingDocument.trim(), updatedAt: ctx.now() })
      .where(
        and(
          eq(adjustmentRequests.id, id),
          eq(adjustmentRequests.status, 'published'),
          isNull(adjustmentRequests.filedAt),
        ),
      )
      .returning();
    if (!row) throw new AppError(CatalogErrors.ENTRY_STAGE_INVALID, { status: a.filedAt ? '已备案' : a.status });
    audit.record({
      action: 'catalog.adjustment.filed',
      targetType: 'adjustment',
      targetId: id,
      after: {
        filingDocument: row.filingDocument,
        due: row.filingDue,
        late: !!row.filingDue && shanghaiToday(ctx.now()) > row.filingDue,
      },
    });
    return presentAdjustment(row, unitName);
  });
}

/** Filings past their due day, for the dashboard of the responsible office. */
export async function overdueFilings(ctx: Ctx) {
  const codes = await regionCodesOf(ctx.database.db, scopeFor(ctx.actor, LEADERSHIP));
  const rows = await ctx.database.db
    .select({ a: adjustmentRequests, unitName: unitNameSql(adjustmentRequests.unitId) })
    .from(adjustmentRequests)
    .where(
      and(
        regionCodesSql(codes, adjustmentRequests.regionCode),
        eq(adjustmentRequests.status, 'published'),
        isNull(adjustmentRequests.filedAt),
        lt(adjustmentRequests.filingDue, shanghaiToday(ctx.now())),
      ),
    );
  return rows.map((r) => presentAdjustment(r.a, r.unitName));
}

/** The deadline job: records in the audit trail that a filing is overdue (it shows on dashboards). */
export const filingOverdue: JobHandler = async (tx, job, ctx, audit) => {
  const versionId = String(job.payload.versionId ?? '');
  const late = await tx
    .select({ id: adjustmentRequests.id })
    .from(adjustmentRequests)
    .where(and(eq(adjustmentRequests.versionId, versionId), isNull(adjustmentRequests.filedAt)));
  for (const l of late)
    audit.record({
      action: 'catalog.adjustment.filing_overdue',
      targetType: 'adjustment',
      targetId: l.id,
      note: `due ${shanghaiToday(ctx.now())}`,
    });
};
