import { randomUUID } from 'node:crypto';
import { and, count, eq, inArray, lt, sql } from 'drizzle-orm';
import { type Executor, rowsOf, type Tx } from '../../db/client';
import { type Audit, transact } from '../audit/transaction';
import { type Ctx, type Platform, systemCtx } from '../context';
import { sessions } from '../auth/tables';
import { purgeExpiredKeys } from '../idempotency';
import { jobs } from './tables';

export type JobRow = typeof jobs.$inferSelect;

/**
 * A job handler does its work on the transaction it is given: the job is marked done in that same
 * transaction, so an effect happens exactly once even when a worker dies half-way (its lease runs
 * out, another worker retries, and the half-done work was rolled back).
 */
export type JobHandler = (tx: Tx, job: JobRow, ctx: Ctx, audit: Audit) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

/** Jobs that failed after every retry and stopped (the administrator's dashboard warns of them). */
export async function countDeadJobs(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(jobs).where(eq(jobs.status, 'dead'));
  return row?.n ?? 0;
}

export interface EnqueueInput {
  kind: string;
  runAt: Date;
  payload?: Record<string, unknown>;
  /** Enqueueing again with the same key is a no-op (e.g. `verification-deadline:<taskId>`). */
  dedupeKey?: string;
  maxAttempts?: number;
}

/** Call inside the business transaction: the job exists if and only if the change committed. */
export async function enqueue(db: Executor, input: EnqueueInput): Promise<void> {
  await db
    .insert(jobs)
    .values({
      kind: input.kind,
      runAt: input.runAt,
      payload: input.payload ?? {},
      dedupeKey: input.dedupeKey ?? null,
      maxAttempts: input.maxAttempts ?? 10,
    })
    .onConflictDoNothing();
}

/**
 * Moves a job that has not run yet (e.g. a deadline job whose deadline was counted again). A job
 * already running or done is left alone: its effect belongs to the date it was due on.
 */
export async function reschedule(db: Executor, dedupeKey: string, runAt: Date): Promise<boolean> {
  const moved = await db
    .update(jobs)
    .set({ runAt })
    .where(and(eq(jobs.dedupeKey, dedupeKey), eq(jobs.status, 'pending')))
    .returning({ id: jobs.id });
  return moved.length > 0;
}

export interface RunOptions {
  workerId?: string;
  batchSize?: number;
  leaseMs?: number;
}

/** Claims due jobs (or ones whose lease ran out) with SKIP LOCKED, so workers never take the same job. */
export async function claimDueJobs(platform: Platform, options: RunOptions = {}): Promise<JobRow[]> {
  const now = platform.now();
  // Lost-lease detection compares worker ids: never let two processes share one (pid 1 in containers).
  const workerId = options.workerId ?? `worker-${randomUUID()}`;
  const leaseUntil = new Date(now.getTime() + (options.leaseMs ?? 60_000));
  const batch = options.batchSize ?? 20;
  const result = await platform.database.db.execute(sql`
    update ${jobs} set status = 'running', locked_by = ${workerId}, lease_until = ${leaseUntil.toISOString()}::timestamptz,
      attempts = attempts + 1
    where id in (
      select id from ${jobs}
      where (status = 'pending' and run_at <= ${now.toISOString()}::timestamptz)
         or (status = 'running' and lease_until < ${now.toISOString()}::timestamptz)
      order by run_at
      limit ${batch}
      for update skip locked
    )
    returning id`);
  const ids = rowsOf<{ id: string }>(result).map((r) => r.id);
  if (ids.length === 0) return [];
  const rows = await platform.database.db.select().from(jobs).where(inArray(jobs.id, ids));
  return rows.map((r) => ({ ...r, lockedBy: workerId }));
}

/** Runs one claimed job: its effects and its completion commit together or not at all. */
export async function runJob(
  platform: Platform,
  handlers: JobHandlers,
  job: JobRow,
): Promise<'done' | 'retry' | 'dead' | 'lost'> {
  const ctx = systemCtx(platform, `job:${job.id}`);
  const handler = handlers[job.kind];
  try {
    if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
    return await transact(ctx, async (tx, audit) => {
      await handler(tx, job, ctx, audit);
      const finished = await tx
        .update(jobs)
        .set({ status: 'done', finishedAt: platform.now(), lastError: null })
        .where(and(eq(jobs.id, job.id), eq(jobs.status, 'running'), eq(jobs.lockedBy, job.lockedBy ?? '')))
        .returning({ id: jobs.id });
      // Our lease ran out and another worker took the job: undo our work, theirs counts.
      if (finished.length === 0) throw new LeaseLost();
      return 'done' as const;
    });
  } catch (err) {
    if (err instanceof LeaseLost) return 'lost';
    const dead = job.attempts >= job.maxAttempts;
    const backoffMs = Math.min(3_600_000, 1000 * 2 ** Math.min(job.attempts, 12));
    return transact(ctx, async (tx, audit) => {
      const updated = await tx
        .update(jobs)
        .set({
          status: dead ? 'dead' : 'pending',
          runAt: new Date(platform.now().getTime() + backoffMs),
          lastError: String((err as Error)?.message ?? err).slice(0, 2000),
          lockedBy: null,
          leaseUntil: null,
        })
        .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, job.lockedBy ?? '')))
        .returning({ id: jobs.id });
      if (updated.length === 0) return 'lost' as const;
      if (dead) {
        audit.record({
          action: 'system.job_dead',
          targetType: 'job',
          targetId: job.id,
          note: `${job.kind}: ${String((err as Error)?.message ?? err).slice(0, 200)}`,
        });
      }
      return dead ? ('dead' as const) : ('retry' as const);
    });
  }
}

class LeaseLost extends Error {}

export async function runDueJobs(platform: Platform, handlers: JobHandlers, options: RunOptions = {}): Promise<number> {
  const claimed = await claimDueJobs(platform, options);
  for (const job of claimed) await runJob(platform, handlers, job);
  return claimed.length;
}

/** Polls for due jobs until stopped; errors (e.g. a database restart) are logged and retried. */
export function startWorker(
  platform: Platform,
  handlers: JobHandlers,
  options: RunOptions & { intervalMs?: number; onError?: (err: unknown) => void } = {},
): { stop(): Promise<void> } {
  const workerId = options.workerId ?? `worker-${process.pid}-${randomUUID().slice(0, 8)}`;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    running = (async () => {
      try {
        while (!stopped && (await runDueJobs(platform, handlers, { ...options, workerId })) > 0) {
          /* keep draining */
        }
      } catch (err) {
        options.onError?.(err);
      }
    })();
    void running.then(() => {
      if (!stopped) timer = setTimeout(tick, options.intervalMs ?? 1000);
    });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

/** Daily clean-up of expired idempotency keys and sessions; re-schedules itself for the next day. */
export const housekeeping: JobHandler = async (tx, job, ctx) => {
  const now = ctx.now();
  await purgeExpiredKeys(tx, now);
  await tx.delete(sessions).where(lt(sessions.expiresAt, new Date(now.getTime() - 7 * 86_400_000)));
  const next = new Date(now.getTime() + 86_400_000);
  await enqueue(tx, { kind: job.kind, runAt: next, dedupeKey: `housekeeping:${next.toISOString().slice(0, 10)}` });
};

export const platformJobHandlers: JobHandlers = { 'platform.housekeeping': housekeeping };
