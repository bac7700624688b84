/**
 * The hook by which every module that stores a working-day deadline keeps it true to the calendar:
 * a deadline counted over a provisional year (暂定) is counted again when an administrator enters
 * or edits the official arrangement. The edit enqueues one durable job in its own transaction, so
 * a crash between the edit and the recount loses nothing; the job recounts every module's
 * provisional deadlines in one transaction and audits what moved.
 */
import type { Executor, Tx } from '../../db/client';
import type { Audit } from '../audit/transaction';
import type { Ctx, Platform } from '../context';
import { enqueue, type JobHandler } from '../jobs';
import type { Deadline, DeadlineCalendar } from './deadline-calendar';
import type { IsoDate } from './working-days';

export interface RecomputeOutcome {
  /** Deadlines whose date changed. */
  moved: number;
  /** Deadlines that kept their date and are now official (no longer provisional). */
  confirmed: number;
  /** Deadlines still provisional (they reach a year that still has no official arrangement). */
  stillProvisional: number;
}

/**
 * What a module offers (its `deadlines` in the module list, handed to the platform as
 * `platform.provisionalDeadlines`): how to recount its provisional deadlines, and how many there are.
 */
export interface ProvisionalDeadlines {
  /** The owning module, e.g. 'applications' (audit and dashboard). */
  readonly module: string;
  /**
   * Counts every stored deadline flagged provisional again on `calendar` from its own start day
   * and working-day limit, writes the new date and flag, audits each moved date, and moves
   * anything scheduled on it (a deadline job). Runs inside the job's transaction; idempotent.
   */
  recompute(tx: Tx, calendar: DeadlineCalendar, audit: Audit, ctx: Ctx): Promise<RecomputeOutcome>;
  /** How many of the module's stored deadlines are provisional now (the dashboard's figure). */
  countProvisional(db: Executor): Promise<number>;
}

export const RECOMPUTE_JOB = 'calendar.recompute_provisional';
/** Longer than any server keeps its calendar cached (service.ts: 30 s), with room to commit. */
const SECOND_PASS_MS = 45_000;

/**
 * Call inside the transaction that changes the calendar: the recount exists iff the change committed.
 * It runs twice: at once, and again once every server's cached calendar has expired, for deadlines
 * that another server counted on its stale copy (or that committed just after the first pass).
 */
export async function enqueueRecompute(tx: Executor, ctx: Ctx, cause: { year: number; change: string }): Promise<void> {
  const payload = { ...cause, by: ctx.actor?.userId ?? null };
  // No dedupe key: every edit gets its own recount, and a recount after the last edit sees them all.
  await enqueue(tx, { kind: RECOMPUTE_JOB, runAt: ctx.now(), payload });
  await enqueue(tx, {
    kind: RECOMPUTE_JOB,
    runAt: new Date(ctx.now().getTime() + SECOND_PASS_MS),
    payload: { ...payload, pass: 2 },
  });
}

/** A fresh tally for a module's recount. */
export function emptyOutcome(): RecomputeOutcome {
  return { moved: 0, confirmed: 0, stillProvisional: 0 };
}

/**
 * Counts one stored deadline again: `days` working days after `from` on `calendar`, compared with
 * the date stored (`was`). Pure; the module writes the result and tallies `outcome`.
 */
export function recount(
  calendar: DeadlineCalendar,
  from: IsoDate,
  days: number,
  was: IsoDate,
  outcome: RecomputeOutcome,
): Deadline {
  const due = calendar.addWorkingDays(from, days);
  if (due.date !== was) outcome.moved++;
  else if (!due.provisional) outcome.confirmed++;
  if (due.provisional) outcome.stillProvisional++;
  return due;
}

/**
 * The job: reads the calendar through its own transaction (never the 30-second cache, which another
 * server may still hold) and lets each module of the list recount its provisional deadlines.
 */
export function recomputeJob(read: (tx: Tx, ctx: Ctx) => Promise<DeadlineCalendar>): JobHandler {
  return async (tx, job, ctx, audit) => {
    const calendar = await read(tx, ctx);
    const modules: Record<string, RecomputeOutcome> = {};
    for (const owner of ctx.provisionalDeadlines)
      modules[owner.module] = await owner.recompute(tx, calendar, audit, ctx);
    audit.record({
      action: 'calendar.deadlines_recomputed',
      targetType: 'calendar_year',
      targetId: String(job.payload.year ?? ''),
      after: { change: job.payload.change ?? null, officialYears: calendar.officialYears(), modules },
    });
  };
}

/** Provisional deadlines stored now, summed over every module. */
export async function countProvisionalDeadlines(platform: Platform): Promise<number> {
  let total = 0;
  for (const owner of platform.provisionalDeadlines) total += await owner.countProvisional(platform.database.db);
  return total;
}
