import { and, asc, desc, eq, gt } from 'drizzle-orm';
import type { Role } from '@pfc/contracts';
import { auditEvents } from '../../../platform/audit/tables';
import { transact } from '../../../platform/audit/transaction';
import type { Ctx } from '../../../platform/context';
import type { Tx } from '../../../db/client';
import { AppError, E } from '../../../platform/http/errors';
import { entryNotFound, findingsOf, getEntry, hasBlockingFindings, itemIdsOf, loadEntry } from './entries';
import { CatalogErrors } from '../errors';
import { CATALOG_EDITORS } from '../policy';
import { canTransition, type EntryAction, type EntryStatus, STATUS_LABELS, TRANSITIONS } from './status';
import { entryReviews, proofEntries } from '../tables';

/** The actions a person can take on an entry, and the role each needs. */
export type ReviewAction =
  | 'submit'
  | 'withdraw'
  | 'unit_approve'
  | 'unit_send_back'
  | 'legal_approve'
  | 'legal_send_back'
  | 'policy_approve'
  | 'policy_send_back';

const ACTION_ROLES: Record<ReviewAction, readonly Role[]> = {
  submit: CATALOG_EDITORS,
  withdraw: CATALOG_EDITORS,
  unit_approve: ['unit_head'],
  unit_send_back: ['unit_head'],
  legal_approve: ['legal_reviewer'],
  legal_send_back: ['legal_reviewer'],
  policy_approve: ['policy_reviewer'],
  policy_send_back: ['policy_reviewer'],
};

/** Sending back always says why; approving may add a note. */
const NEEDS_COMMENT = new Set<ReviewAction>(['unit_send_back', 'legal_send_back', 'policy_send_back']);

const STAGE: Record<ReviewAction, string> = {
  submit: 'unit_officer',
  withdraw: 'unit_officer',
  unit_approve: 'unit',
  unit_send_back: 'unit',
  legal_approve: 'legal',
  legal_send_back: 'legal',
  policy_approve: 'policy',
  policy_send_back: 'policy',
};

/**
 * Moves an entry one step, as the acting role allows. Conditional on the status read, so two
 * reviewers acting at once cannot both move it (RELIABILITY rule 3).
 */
export async function actOnEntry(ctx: Ctx, id: string, action: ReviewAction, comment = '') {
  const roles = ACTION_ROLES[action];
  if (NEEDS_COMMENT.has(action) && comment.trim().length < 2) {
    throw new AppError(E.VALIDATION_FAILED, {
      problem: ctx.lang === 'en' ? 'a reason is required when sending back' : '退回时须填写理由',
    });
  }
  await transact(ctx, async (tx, audit) => {
    await loadEntry(ctx, tx, id, roles);
    // Lock the entry: the legality and policy reviews may approve at the same moment, and the second
    // must see the first's approval to end the joint review.
    const [entry] = await tx.select().from(proofEntries).where(eq(proofEntries.id, id)).for('update');
    if (!entry) throw entryNotFound(ctx);
    const stage = STAGE[action];
    let next: EntryAction;
    switch (action) {
      case 'submit': {
        const ids = (await itemIdsOf(tx, [id])).get(id) ?? [];
        const findings = findingsOf(ctx, entry, ids);
        if (hasBlockingFindings(findings)) {
          const errors = findings.filter((f) => f.level === 'error');
          throw new AppError(
            CatalogErrors.RULES_FAILED,
            { first: errors.map((f) => f.message).join(' ') },
            errors.map((f) => ({ field: f.field ?? 'entry', message: f.message })),
          );
        }
        next = 'submit';
        break;
      }
      case 'withdraw':
      case 'unit_approve':
      case 'unit_send_back':
        next = action;
        break;
      case 'legal_send_back':
      case 'policy_send_back':
        next = 'review_send_back';
        break;
      case 'legal_approve':
      case 'policy_approve': {
        if (!canTransition(entry.status, 'review_complete')) throw stageError(ctx, entry.status);
        // Joint review ends when both the legality and the policy review approved since it began.
        const since = await reviewStartedAt(tx, id);
        const approvals = await tx
          .select({ stage: entryReviews.stage })
          .from(entryReviews)
          .where(
            and(eq(entryReviews.entryId, id), eq(entryReviews.decision, 'approve'), gt(entryReviews.createdAt, since)),
          );
        // A reviewer approves once per review round; a second click must not count twice.
        if (approvals.some((a) => a.stage === stage)) throw new AppError(CatalogErrors.ALREADY_REVIEWED);
        const done = new Set([...approvals.map((a) => a.stage), stage]);
        next = done.has('legal') && done.has('policy') ? 'review_complete' : 'review_partial';
        break;
      }
    }
    const transition = TRANSITIONS[next];
    if (!canTransition(entry.status, next)) throw stageError(ctx, entry.status);
    const to = transition.to;
    const moved = await tx
      .update(proofEntries)
      .set({ status: to, updatedAt: ctx.now() })
      .where(and(eq(proofEntries.id, id), eq(proofEntries.status, entry.status)))
      .returning({ id: proofEntries.id });
    if (moved.length === 0) throw new AppError(E.STALE_STATE);
    const decision = action.endsWith('send_back')
      ? 'send_back'
      : action === 'withdraw'
        ? 'withdraw'
        : action === 'submit'
          ? 'submit'
          : 'approve';
    await tx.insert(entryReviews).values({
      entryId: id,
      stage,
      decision,
      comment: comment.trim(),
      reviewerId: ctx.actor?.userId ?? null,
      reviewerName: ctx.actor?.displayName ?? null,
      createdAt: ctx.now(),
    });
    audit.record({
      action: 'catalog.entry.transition',
      targetType: 'proof_entry',
      targetId: id,
      before: { status: entry.status },
      after: { status: to, action, stage },
      note: comment.trim() || undefined,
    });
  });
  return getEntry(ctx, id);
}

function stageError(ctx: Ctx, status: string): AppError {
  return new AppError(CatalogErrors.ENTRY_STAGE_INVALID, {
    status: STATUS_LABELS[status as EntryStatus]?.[ctx.lang] ?? status,
  });
}

/** When the entry last entered joint review (approvals before a send-back do not count). */
async function reviewStartedAt(tx: Tx, id: string): Promise<Date> {
  const [row] = await tx
    .select({ at: entryReviews.createdAt })
    .from(entryReviews)
    .where(and(eq(entryReviews.entryId, id), eq(entryReviews.stage, 'unit'), eq(entryReviews.decision, 'approve')))
    .orderBy(desc(entryReviews.createdAt))
    .limit(1);
  return row?.at ?? new Date(0);
}

export interface TimelineItem {
  at: string;
  stage: string;
  decision: string;
  comment: string;
  by: string | null;
}

/** The entry's history: every review decision with its comment, oldest first. */
export async function entryTimeline(ctx: Ctx, id: string): Promise<TimelineItem[]> {
  await loadEntry(ctx, ctx.database.db, id, [
    'catalog_officer',
    'unit_head',
    'legal_reviewer',
    'policy_reviewer',
    'leadership_office',
    'admin',
  ]);
  const reviews = await ctx.database.db
    .select()
    .from(entryReviews)
    .where(eq(entryReviews.entryId, id))
    .orderBy(asc(entryReviews.createdAt));
  const created = await ctx.database.db
    .select({ at: auditEvents.occurredAt, by: auditEvents.actorName })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.targetType, 'proof_entry'),
        eq(auditEvents.targetId, id),
        eq(auditEvents.action, 'catalog.entry.created'),
      ),
    )
    .limit(1);
  return [
    ...created.map((c) => ({
      at: c.at.toISOString(),
      stage: 'unit_officer',
      decision: 'created',
      comment: '',
      by: c.by,
    })),
    ...reviews.map((r) => ({
      at: r.createdAt.toISOString(),
      stage: r.stage,
      decision: r.decision,
      comment: r.comment,
      by: r.reviewerName,
    })),
  ];
}
