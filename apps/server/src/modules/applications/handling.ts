import { and, eq } from 'drizzle-orm';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@pfc/contracts';
import type { Tx } from '../../db/client';
import { transact } from '../../platform/audit/transaction';
import { addWorkingDays, type Deadline, shanghaiToday } from '../../platform/calendar/service';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/http/errors';
import { commitmentEligibility } from '../credit';
import { createVerificationTasks, verificationDueDates } from '../verification';
import { actsForApplicant, canHandle, notFound } from './access';
import { ApplicationErrors } from './errors';
import { loadView, readableApplication } from './read';
import { type ApplicationAction, assertTransition, TRANSITIONS } from './status';
import { applicationEvents, applicationProofs, applications, commitmentLetters } from './tables';

/** 受理期限: an office decides whether to accept within 5 working days (行政许可法 第三十二条). */
export const ACCEPT_WORKING_DAYS = 5;

type AppRow = typeof applications.$inferSelect;

/** What is still missing before the application can go forward, in words. */
async function missingMaterials(tx: Tx, applicationId: string): Promise<string[]> {
  const proofs = await tx.select().from(applicationProofs).where(eq(applicationProofs.applicationId, applicationId));
  const letters = await tx.select().from(commitmentLetters).where(eq(commitmentLetters.applicationId, applicationId));
  const missing: string[] = [];
  for (const p of proofs) {
    if (p.choice === 'submit' && !p.fileId) missing.push(`请上传“${p.name}”`);
    if (p.choice === 'commitment' && letters.find((l) => l.entryId === p.entryId)?.status !== 'signed')
      missing.push(`请签署“${p.name}”的告知承诺书`);
  }
  return missing;
}

/** Moves the application along the transition table; a concurrent change loses with 409. */
async function move(
  ctx: Ctx,
  tx: Tx,
  app: AppRow,
  action: ApplicationAction,
  set: Partial<AppRow>,
  note: string,
): Promise<ApplicationStatus> {
  const to = assertTransition(app.status, action, ctx.lang);
  const now = ctx.now();
  const [row] = await tx
    .update(applications)
    .set({ ...set, status: to, updatedAt: now })
    .where(and(eq(applications.id, app.id), eq(applications.status, app.status)))
    .returning({ id: applications.id });
  if (!row)
    throw new AppError(ApplicationErrors.STATUS_INVALID, {
      status: APPLICATION_STATUSES[app.status][ctx.lang],
      action: TRANSITIONS[action][ctx.lang],
    });
  await tx.insert(applicationEvents).values({
    applicationId: app.id,
    action: to as Exclude<ApplicationStatus, 'draft'>,
    byName: ctx.actor!.displayName,
    note,
    at: now,
  });
  return to;
}

async function forHandling(ctx: Ctx, tx: Tx, id: string): Promise<AppRow> {
  const app = await readableApplication(ctx, tx, id, true);
  if (!(await canHandle(ctx, tx, app))) throw notFound(ctx);
  return app;
}

/**
 * A deadline counted before the transaction (the calendar is read outside it) from the day of `at`,
 * the instant then stored as its start (submittedAt, acceptedAt), so a recount starts from the same
 * day. Its failure — a date the calendar cannot count at all — is only raised once access and the
 * transition are checked: someone who may not act on the application learns nothing from it.
 */
async function deadline(ctx: Ctx, at: Date, days: number): Promise<() => Deadline> {
  try {
    const due = await addWorkingDays(ctx, shanghaiToday(at), days);
    return () => due;
  } catch (err) {
    return () => {
      throw err;
    };
  }
}

/** 提交: every commitment signed, every proof to submit uploaded. Starts the 5-day acceptance limit. */
export async function submitApplication(ctx: Ctx, id: string) {
  const at = ctx.now();
  const dueDate = await deadline(ctx, at, ACCEPT_WORKING_DAYS);
  return transact(ctx, async (tx, audit) => {
    const app = await readableApplication(ctx, tx, id, true);
    if (!(await actsForApplicant(ctx, tx, app))) throw notFound(ctx);
    assertTransition(app.status, 'submit', ctx.lang);
    const missing = await missingMaterials(tx, app.id);
    if (missing.length > 0) throw new AppError(ApplicationErrors.INCOMPLETE, { missing: missing.join('；') });
    const signed = await tx
      .select({ id: commitmentLetters.id })
      .from(commitmentLetters)
      .where(and(eq(commitmentLetters.applicationId, app.id), eq(commitmentLetters.status, 'signed')));
    if (signed.length > 0) {
      // A false commitment recorded since signing ends the use of commitment: withdraw and submit the proofs.
      const eligibility = await commitmentEligibility(tx, app.applicantId, ctx.lang);
      if (!eligibility.eligible)
        throw new AppError(ApplicationErrors.NOT_ELIGIBLE, { reason: eligibility.reason ?? '' });
    }
    const due = dueDate();
    await move(
      ctx,
      tx,
      app,
      'submit',
      { submittedAt: at, acceptDue: due.date, acceptDueProvisional: due.provisional },
      '',
    );
    audit.record({
      action: 'application.submitted',
      targetType: 'application',
      targetId: app.id,
      before: { status: app.status },
      after: { status: 'submitted', acceptDue: due.date, provisional: due.provisional },
    });
    return loadView(ctx, tx, app.id);
  });
}

/** 受理: the legal time limit (working days) of the service item starts. */
export async function acceptApplication(ctx: Ctx, id: string) {
  const [peek] = await ctx.database.db
    .select({ days: applications.legalTimeLimitDays })
    .from(applications)
    .where(eq(applications.id, id));
  const at = ctx.now();
  const dueDate = await deadline(ctx, at, peek?.days ?? 20);
  return transact(ctx, async (tx, audit) => {
    const app = await forHandling(ctx, tx, id);
    assertTransition(app.status, 'accept', ctx.lang);
    // A commitment withdrawn after submission leaves a proof to come: the materials are not complete.
    const missing = await missingMaterials(tx, app.id);
    if (missing.length > 0) throw new AppError(ApplicationErrors.INCOMPLETE, { missing: missing.join('；') });
    const due = dueDate();
    await move(
      ctx,
      tx,
      app,
      'accept',
      { acceptedAt: at, decisionDue: due.date, decisionDueProvisional: due.provisional },
      '',
    );
    audit.record({
      action: 'application.accepted',
      targetType: 'application',
      targetId: app.id,
      after: { decisionDue: due.date, provisional: due.provisional },
    });
    return loadView(ctx, tx, app.id);
  });
}

/** 补正: the applicant is told what to correct; the application goes back to them. */
export async function requestCorrection(ctx: Ctx, id: string, reason: string) {
  return transact(ctx, async (tx, audit) => {
    const app = await forHandling(ctx, tx, id);
    await move(ctx, tx, app, 'correct', { decisionNote: reason.trim() }, reason.trim());
    audit.record({
      action: 'application.correction_requested',
      targetType: 'application',
      targetId: app.id,
      after: { reason: reason.trim() },
    });
    return loadView(ctx, tx, app.id);
  });
}

/**
 * 决定: approval needs complete materials (a commitment withdrawn after acceptance needs its
 * proof) and creates the verification tasks of the signed commitments; rejection needs a reason.
 */
export async function decideApplication(ctx: Ctx, id: string, decision: 'approve' | 'reject', reason: string) {
  if (decision === 'reject' && !reason.trim()) throw new AppError(ApplicationErrors.REASON_REQUIRED);
  const signed = await ctx.database.db
    .select({
      letterId: commitmentLetters.id,
      entryId: commitmentLetters.entryId,
      proofName: commitmentLetters.proofName,
      plan: applicationProofs.verificationPlan,
    })
    .from(commitmentLetters)
    .innerJoin(
      applicationProofs,
      and(
        eq(applicationProofs.applicationId, commitmentLetters.applicationId),
        eq(applicationProofs.entryId, commitmentLetters.entryId),
      ),
    )
    .where(and(eq(commitmentLetters.applicationId, id), eq(commitmentLetters.status, 'signed')));
  const at = ctx.now();
  const due = decision === 'approve' ? await verificationDueDates(ctx, at, signed) : new Map<string, Deadline>();
  return transact(ctx, async (tx, audit) => {
    const app = await forHandling(ctx, tx, id);
    let tasks = 0;
    if (decision === 'approve') {
      assertTransition(app.status, 'approve', ctx.lang);
      const missing = await missingMaterials(tx, app.id);
      if (missing.length > 0) throw new AppError(ApplicationErrors.INCOMPLETE, { missing: missing.join('；') });
      // Re-read inside the transaction: a withdrawal since the first read must not get a task.
      const still = new Set(
        (
          await tx
            .select({ id: commitmentLetters.id })
            .from(commitmentLetters)
            .where(and(eq(commitmentLetters.applicationId, app.id), eq(commitmentLetters.status, 'signed')))
        ).map((r) => r.id),
      );
      tasks = await createVerificationTasks(
        tx,
        audit,
        app,
        signed.filter((s) => still.has(s.letterId)),
        at,
        due,
      );
    }
    await move(ctx, tx, app, decision, { decidedAt: at, decisionNote: reason.trim() }, reason.trim());
    audit.record({
      action: 'application.decided',
      targetType: 'application',
      targetId: app.id,
      before: { status: app.status },
      after: { decision, reason: reason.trim(), verificationTasks: tasks },
    });
    return loadView(ctx, tx, app.id);
  });
}
