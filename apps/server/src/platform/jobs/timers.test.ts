/**
 * Suite timers (RELIABILITY rule 7; research T14): deadlines are rows, not timers.
 *
 * With a fake clock, 1,000 deadlines spread over 30 days fire exactly once and never before their
 * due time while workers crash after claiming (their lease runs out and another worker takes the
 * job), handlers fail once and are retried with backoff, and a slow worker finishes after its lease
 * was taken over (its transaction rolls back: 'lost'). Deadlines computed with the DB calendar
 * fire on the right day around the 2026 National Day break. Concurrent workers never run a job
 * twice (SKIP LOCKED; real concurrency on PostgreSQL, serialised on PGlite).
 */
import days2026 from 'chinese-days/dist/years/2026.json';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client';
import { createTestPlatform, testClock, type TestPlatform } from '../../test/harness';
import { addWorkingDays, shanghaiToday } from '../calendar/service';
import {
  claimDueJobs,
  enqueue,
  type JobHandler,
  type JobHandlers,
  platformJobHandlers,
  runDueJobs,
  runJob,
} from './index';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const LEASE_MS = 10 * MINUTE;

/** Small deterministic PRNG so a failing run can be repeated with TIMERS_SEED. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Outcome = 'done' | 'retry' | 'dead' | 'lost';

describe('timers', () => {
  const clock = testClock('2026-03-02T02:00:00Z');
  const seed = Number(process.env.TIMERS_SEED ?? Math.floor(Math.random() * 2 ** 31));
  const rng = mulberry32(seed);
  let platform: TestPlatform;

  /** Keys whose handler fails on its first run (after doing its write, which must roll back). */
  const flaky = new Set<string>();
  const failedOnce = new Set<string>();

  /** The effect: a plain insert (no unique key), so a double effect shows up as a duplicate row. */
  const effect: JobHandler = async (tx, job, ctx) => {
    const key = String(job.payload.key);
    await tx.execute(sql`
      insert into timer_effects (job_id, job_key, kind, due_at, fired_at, worker)
      values (${job.id}, ${key}, ${job.kind}, ${String(job.payload.due)}::timestamptz, ${ctx.now().toISOString()}::timestamptz, ${job.lockedBy ?? ''})`);
    if (flaky.has(key) && !failedOnce.has(key)) {
      failedOnce.add(key);
      throw new Error(`transient failure of ${key}`);
    }
  };
  const handlers: JobHandlers = {
    ...platformJobHandlers,
    'test.deadline': effect,
    'test.workday-deadline': effect,
    'test.concurrent': effect,
    'test.dedupe': effect,
  };

  /** Claims and runs due jobs until none is left, tallying what runJob answered. */
  async function drain(workerId: string, tally: Record<Outcome, number>): Promise<void> {
    for (let round = 0; round < 1000; round++) {
      const claimed = await claimDueJobs(platform, { workerId, batchSize: 50, leaseMs: LEASE_MS });
      if (claimed.length === 0) return;
      for (const job of claimed) {
        const outcome = await runJob(platform, handlers, job);
        if (job.kind !== 'platform.housekeeping') tally[outcome] += 1;
      }
    }
    throw new Error(`${workerId}: jobs still due after 1000 rounds`);
  }

  async function effectsOf(kind: string) {
    return rowsOf<{ job_id: string; job_key: string; due_at: string | Date; fired_at: string | Date; worker: string }>(
      await platform.database.db.execute(
        sql`select job_id, job_key, due_at, fired_at, worker from timer_effects where kind = ${kind}`,
      ),
    ).map((r) => ({ ...r, due: new Date(r.due_at).getTime(), fired: new Date(r.fired_at).getTime() }));
  }

  async function jobsOf(kind: string) {
    return rowsOf<{
      id: string;
      status: string;
      attempts: number;
      locked_by: string | null;
      dedupe_key: string | null;
    }>(
      await platform.database.db.execute(
        sql`select id, status, attempts, locked_by, dedupe_key from jobs where kind = ${kind}`,
      ),
    );
  }

  function duplicatesIn(keys: string[]): number {
    return keys.length - new Set(keys).size;
  }

  beforeAll(async () => {
    platform = await createTestPlatform({ clock });
    await platform.database.db.execute(sql`
      create table timer_effects (
        id bigserial primary key,
        job_id uuid not null,
        job_key text not null,
        kind text not null,
        due_at timestamptz not null,
        fired_at timestamptz not null,
        worker text not null
      )`);
  });
  afterAll(async () => platform?.close());

  it('1,000 deadlines over 30 days fire exactly once, none early, across worker crashes, retries and lost leases', {
    timeout: 240_000,
  }, async () => {
    const started = Date.now();
    const db = platform.database.db;
    const N = 1000;
    const SPAN = 30 * DAY;
    const MAX_STEP = 3 * HOUR;
    const start = clock.now().getTime();
    const dues = new Map<string, number>();
    await db.transaction(async (tx) => {
      for (let i = 0; i < N; i++) {
        const due = new Date(start + MINUTE + Math.floor(rng() * SPAN));
        const key = `d-${i}`;
        dues.set(key, due.getTime());
        if (i % 25 === 0) flaky.add(key);
        await enqueue(tx, {
          kind: 'test.deadline',
          runAt: due,
          payload: { key, due: due.toISOString() },
          dedupeKey: `test.deadline:${i}`,
        });
      }
    });
    // Enqueueing again (a retried request, a restarted scheduler) with an earlier runAt is a no-op:
    // neither a second job nor an earlier firing.
    for (let i = 0; i < N; i++) {
      const earlier = new Date(start + MINUTE);
      await enqueue(db, {
        kind: 'test.deadline',
        runAt: earlier,
        payload: { key: `d-${i}`, due: earlier.toISOString() },
        dedupeKey: `test.deadline:${i}`,
      });
    }
    expect((await jobsOf('test.deadline')).length).toBe(N);

    const tally: Record<Outcome, number> = { done: 0, retry: 0, dead: 0, lost: 0 };
    const doomedClaims = new Set<string>();
    const lostJobs = new Set<string>();
    let crashes = 0;
    let lostRuns = 0;
    let iterations = 0;
    const end = start + SPAN + 2 * DAY;
    while (clock.now().getTime() < end) {
      if (++iterations > 5000) throw new Error('clock loop did not reach the end');
      clock.advance(MINUTE + Math.floor(rng() * (MAX_STEP - MINUTE)));
      if (iterations % 10 === 3) {
        // A worker claims due jobs and dies (kill -9) before running them.
        const claimed = await claimDueJobs(platform, {
          workerId: `doomed-${iterations}`,
          batchSize: 5,
          leaseMs: LEASE_MS,
        });
        for (const job of claimed) if (job.kind === 'test.deadline') doomedClaims.add(job.id);
        if (claimed.length > 0) crashes += 1;
      } else if (iterations % 10 === 7) {
        // A slow worker: claims, stalls past its lease, another worker takes over and finishes,
        // then the slow one completes its run: its transaction must roll back ('lost').
        const slow = await claimDueJobs(platform, { workerId: `slow-${iterations}`, batchSize: 2, leaseMs: LEASE_MS });
        if (slow.length > 0) {
          clock.advance(LEASE_MS + 1000);
          await drain(`rescuer-${iterations}`, tally);
          for (const job of slow) {
            const outcome = await runJob(platform, handlers, job);
            expect(outcome, `slow worker's run of ${job.kind} ${job.id}`).toBe('lost');
            if (job.kind !== 'platform.housekeeping') {
              tally.lost += 1;
              lostRuns += 1;
              lostJobs.add(job.id);
            }
          }
        }
      }
      await drain(`worker-${iterations % 3}`, tally);
    }
    // Let the last leases and backoffs run out.
    for (let extra = 0; extra < 20; extra++) {
      const open = rowsOf<{ n: number }>(
        await db.execute(sql`select count(*)::int as n from jobs where kind = 'test.deadline' and status <> 'done'`),
      )[0]?.n;
      if (Number(open) === 0) break;
      clock.advance(LEASE_MS + MINUTE);
      await drain('closer', tally);
    }

    const jobRows = await jobsOf('test.deadline');
    const effects = await effectsOf('test.deadline');
    const early = effects.filter((e) => e.fired < e.due || e.fired < (dues.get(e.job_key) ?? Infinity));
    const lateness = Math.max(...effects.map((e) => e.fired - e.due));
    const byKey = new Map(effects.map((e) => [e.job_key, e]));
    console.log(
      `[timers] seed ${seed}: ${N} deadlines, ${effects.length} effects, ${duplicatesIn(effects.map((e) => e.job_key))} duplicates, ` +
        `${early.length} early; ${iterations} clock steps, ${crashes} worker crashes (${doomedClaims.size} jobs orphaned), ` +
        `${failedOnce.size} handler failures retried, ${tally.lost} lost-lease runs rolled back; outcomes ${JSON.stringify(tally)}; ` +
        `max lateness ${(lateness / MINUTE).toFixed(0)} min (fake clock) (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );

    expect(jobRows.length).toBe(N);
    expect(jobRows.filter((j) => j.status !== 'done')).toEqual([]);
    expect(effects.length).toBe(N);
    expect(duplicatesIn(effects.map((e) => e.job_key))).toBe(0);
    expect(new Set(effects.map((e) => e.job_key))).toEqual(new Set(dues.keys()));
    expect(early).toEqual([]);
    // Due times are the original ones, not the no-op re-enqueue's earlier ones.
    for (const e of effects) expect(e.due).toBe(dues.get(e.job_key));
    // Fake-clock lateness: one step to reach the due time; at worst a dead worker's lease plus the
    // step that passes it, and a failed first attempt's backoff plus the step that passes that.
    expect(lateness).toBeLessThanOrEqual(3 * MAX_STEP + 2 * LEASE_MS);

    // Every first attempt of a flaky job failed after writing, was rolled back and retried with backoff.
    expect(failedOnce).toEqual(flaky);
    expect(tally).toEqual({ done: N, retry: flaky.size, dead: 0, lost: lostRuns });
    const attemptsOf = new Map(jobRows.map((j) => [j.id, j.attempts]));
    for (const e of effects) if (flaky.has(e.job_key)) expect(attemptsOf.get(e.job_id)).toBeGreaterThanOrEqual(2);

    // Crashed workers' jobs were taken over by others and ran once.
    expect(doomedClaims.size).toBeGreaterThan(0);
    for (const id of doomedClaims) {
      const e = effects.filter((x) => x.job_id === id);
      expect(e.length).toBe(1);
      expect(e[0]!.worker).not.toMatch(/^doomed-/);
    }
    // Lost-lease runs left no effect: the rescuer's is the only one.
    expect(lostJobs.size).toBeGreaterThan(0);
    for (const id of lostJobs) {
      const e = effects.filter((x) => x.job_id === id);
      expect(e.length).toBe(1);
      expect(e[0]!.worker).not.toMatch(/^slow-/);
    }
    expect(byKey.size).toBe(N);
  });

  it('dedupeKey: 20 concurrent enqueues of one deadline make one job and one effect', async () => {
    const runAt = new Date(clock.now().getTime() + HOUR);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        enqueue(platform.database.db, {
          kind: 'test.dedupe',
          runAt,
          payload: { key: 'dedupe-1', due: runAt.toISOString(), copy: i },
          dedupeKey: 'test.dedupe:1',
        }),
      ),
    );
    expect((await jobsOf('test.dedupe')).length).toBe(1);
    clock.advance(2 * HOUR);
    await drain('dedupe-worker', { done: 0, retry: 0, dead: 0, lost: 0 });
    // Enqueueing after it ran does not schedule it again either.
    await enqueue(platform.database.db, {
      kind: 'test.dedupe',
      runAt: clock.now(),
      payload: { key: 'dedupe-1', due: clock.now().toISOString() },
      dedupeKey: 'test.dedupe:1',
    });
    await drain('dedupe-worker', { done: 0, retry: 0, dead: 0, lost: 0 });
    expect((await effectsOf('test.dedupe')).length).toBe(1);
    expect((await jobsOf('test.dedupe')).map((j) => j.status)).toEqual(['done']);
  });

  it('working-day deadlines from the DB calendar fire on the right day around the 2026 National Day break, never early', {
    timeout: 120_000,
  }, async () => {
    // Reference: the chinese-days tables (holidays, make-up workdays) + Monday–Friday, on UTC dates.
    const ref = days2026 as { holidays: Record<string, string>; workdays: Record<string, string> };
    const shift = (iso: string, days: number) =>
      new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
    const isWorkday = (iso: string) => {
      if (iso in ref.workdays) return true;
      if (iso in ref.holidays) return false;
      const dow = new Date(`${iso}T00:00:00Z`).getUTCDay();
      return dow !== 0 && dow !== 6;
    };
    const refAdd = (from: string, n: number) => {
      let d = from;
      for (let left = n; left > 0; ) {
        d = shift(d, 1);
        if (isWorkday(d)) left -= 1;
      }
      return d;
    };
    // Fixed points from the State Council notice (国办发明电〔2025〕 on the 2026 holidays).
    expect((await addWorkingDays(platform, '2026-09-30', 1)).date).toBe('2026-10-08'); // 10/1–10/7 off
    expect((await addWorkingDays(platform, '2026-10-09', 1)).date).toBe('2026-10-10'); // Saturday worked
    expect((await addWorkingDays(platform, '2026-09-18', 1)).date).toBe('2026-09-20'); // Sunday worked
    expect((await addWorkingDays(platform, '2026-09-24', 1)).date).toBe('2026-09-28'); // 中秋 9/25–9/27 off

    // Start days 2026-09-14 … 2026-10-12, n = 1…10: each deadline is enqueued on its start day
    // (as the business transaction would) and fires when the due day is over: 00:00 Shanghai of
    // the next day (Shanghai is UTC+8 all year).
    const firstStart = '2026-09-14';
    const lastStart = '2026-10-12';
    clock.set('2026-09-13T16:00:00Z'); // 2026-09-14 00:00 in Shanghai
    const expected = new Map<string, { deadline: string; runAt: number }>();
    let mismatches = 0;
    let lastEnqueuedDay = shift(firstStart, -1);
    let iterations = 0;
    const endAt = Date.parse('2026-11-05T00:00:00+08:00');
    const tally: Record<Outcome, number> = { done: 0, retry: 0, dead: 0, lost: 0 };
    while (clock.now().getTime() < endAt) {
      if (++iterations > 2000) throw new Error('clock loop did not reach the end');
      const today = shanghaiToday(clock.now());
      while (lastEnqueuedDay < today && lastEnqueuedDay < lastStart) {
        const day = shift(lastEnqueuedDay, 1);
        lastEnqueuedDay = day;
        for (let n = 1; n <= 10; n++) {
          const deadline = (await addWorkingDays(platform, day, n)).date;
          if (deadline !== refAdd(day, n)) mismatches += 1;
          const runAt = Date.parse(`${shift(deadline, 1)}T00:00:00+08:00`);
          const key = `wd-${day}+${n}`;
          expected.set(key, { deadline, runAt });
          await enqueue(platform.database.db, {
            kind: 'test.workday-deadline',
            runAt: new Date(runAt),
            payload: { key, due: new Date(runAt).toISOString(), deadline },
            dedupeKey: `test.workday-deadline:${key}`,
          });
        }
      }
      await drain(`calendar-worker-${iterations % 2}`, tally);
      // Steps under 24 h never skip a day, so the firing day is exact.
      clock.advance(HOUR + Math.floor(rng() * 7 * HOUR));
    }
    await drain('calendar-worker-last', tally);

    const effects = await effectsOf('test.workday-deadline');
    const wrongDay = effects.filter(
      (e) => shanghaiToday(new Date(e.fired)) !== shift(expected.get(e.job_key)!.deadline, 1),
    );
    const early = effects.filter(
      (e) =>
        e.fired < expected.get(e.job_key)!.runAt ||
        shanghaiToday(new Date(e.fired)) <= expected.get(e.job_key)!.deadline,
    );
    console.log(
      `[timers] working days (seed ${seed}): ${expected.size} deadlines from ${firstStart} to ${lastStart} (n = 1…10), ${mismatches} calendar mismatches, ` +
        `${effects.length} fired, ${duplicatesIn(effects.map((e) => e.job_key))} duplicates, ${wrongDay.length} on the wrong day, ${early.length} early`,
    );
    expect(expected.size).toBe(29 * 10);
    expect(mismatches).toBe(0);
    expect(effects.length).toBe(expected.size);
    expect(duplicatesIn(effects.map((e) => e.job_key))).toBe(0);
    expect(wrongDay).toEqual([]);
    expect(early).toEqual([]);
    expect(tally).toEqual({ done: expected.size, retry: 0, dead: 0, lost: 0 });
    // A deadline counted across the break lands after it: e.g. 2026-09-30 + 3 working days.
    expect(expected.get('wd-2026-09-30+3')?.deadline).toBe('2026-10-10');
  });

  it('concurrent workers (Promise.all of runDueJobs, SKIP LOCKED) never run a job twice', {
    timeout: 120_000,
  }, async () => {
    const N = 400;
    const WORKERS = 4;
    // Nothing else due (e.g. housekeeping), so every claim below is one of ours.
    await drain('pre-concurrent', { done: 0, retry: 0, dead: 0, lost: 0 });
    const runAt = clock.now();
    await platform.database.db.transaction(async (tx) => {
      for (let i = 0; i < N; i++) {
        await enqueue(tx, {
          kind: 'test.concurrent',
          runAt,
          payload: { key: `c-${i}`, due: runAt.toISOString() },
          dedupeKey: `test.concurrent:${i}`,
        });
      }
    });
    const claims = new Array<number>(WORKERS).fill(0);
    await Promise.all(
      Array.from({ length: WORKERS }, async (_, w) => {
        for (let round = 0; round < 1000; round++) {
          const n = await runDueJobs(platform, handlers, {
            workerId: `parallel-${w}`,
            batchSize: 10,
            leaseMs: LEASE_MS,
          });
          if (n === 0) return;
          claims[w]! += n;
        }
        throw new Error(`worker ${w} never ran out of jobs`);
      }),
    );
    const effects = await effectsOf('test.concurrent');
    const jobRows = await jobsOf('test.concurrent');
    console.log(
      `[timers] ${platform.database.kind}: ${WORKERS} concurrent workers claimed ${claims.join(' + ')} = ${claims.reduce((a, b) => a + b, 0)} of ${N} jobs; ` +
        `${effects.length} effects, ${duplicatesIn(effects.map((e) => e.job_key))} duplicates`,
    );
    expect(claims.reduce((a, b) => a + b, 0)).toBe(N);
    expect(effects.length).toBe(N);
    expect(duplicatesIn(effects.map((e) => e.job_key))).toBe(0);
    expect(jobRows.filter((j) => j.status !== 'done')).toEqual([]);
    // Each effect was written by the worker that holds the job's final lock.
    const lockedBy = new Map(jobRows.map((j) => [j.id, j.locked_by]));
    for (const e of effects) expect(e.worker).toBe(lockedBy.get(e.job_id));
  });
});
