/**
 * Two app servers, one PostgreSQL (issue 12): the README's stateless servers behind a load balancer,
 * proved with two real server processes on one fresh database. Work goes to both; the suite shows
 * that a session made on one is valid on the other (cookie and CSRF token), that a publication on
 * one is answered by the other's search, that every durable job runs exactly once while both
 * workers claim, and that sign-in limits are shared. Runs only with DATABASE_URL (CI's PostgreSQL
 * pass): PGlite serves one process.
 */
import { randomBytes } from 'node:crypto';
import type { ProofSearchResult } from '@pfc/contracts';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validEntry } from './test/catalog-fixtures';
import { HttpClient, signedIn } from './test/http-client';
import { serverEnv, start, type Started, waitFor } from './test/processes';

const DEMO_PASSWORD = 'Demo@2026!';
const CITY = '370800';
const url = process.env.DATABASE_URL;
const name = `pfc_two_${randomBytes(5).toString('hex')}`;
let target = '';
let db: pg.Pool;
const servers: Array<{ proc: Started; base: string }> = [];
const timings: Record<string, number> = {};
/** What the run saw, printed at the end beside the timings. */
const notes: string[] = [];

async function admin(query: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

async function rows<T>(query: string, params: unknown[] = []): Promise<T[]> {
  return (await db.query(query, params)).rows as T[];
}

describe.skipIf(!url)('two app servers on one PostgreSQL (runs only with DATABASE_URL; skipped on PGlite)', () => {
  beforeAll(async () => {
    const t0 = performance.now();
    await admin(`create database ${name}`);
    const u = new URL(url!);
    u.pathname = `/${name}`;
    target = u.toString();
    db = new pg.Pool({ connectionString: target, max: 2 });
    // Both start at once: they take turns to migrate; one loads the demo city.
    const env = serverEnv({ DATABASE_URL: target, TRUST_PROXY: '1', DATABASE_POOL_SIZE: '5' });
    const procs = [
      start(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts', '--demo'], env),
      start(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], env),
    ];
    for (const proc of procs) servers.push({ proc, base: await proc.url() });
    timings.startBoth = performance.now() - t0;
  }, 240_000);

  afterAll(async () => {
    // A clean stop on PostgreSQL too: each server drains and ends its pool, exit code 0.
    const codes = await Promise.all(
      servers.map(async ({ proc }) => {
        if (proc.child.exitCode === null) proc.child.kill('SIGTERM');
        return (await proc.exited).code;
      }),
    );
    await db?.end();
    await admin(`drop database if exists ${name} with (force)`);
    console.log(
      `two servers: ${Object.entries(timings)
        .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
        .join(', ')}; ${notes.join('; ')}`,
    );
    expect(codes).toEqual(servers.map(() => 0));
  }, 60_000);

  const a = () => servers[0]!.base;
  const b = () => servers[1]!.base;

  /** The body of an adjustment adding a new proof entry to the city's list (the civil affairs bureau's). */
  async function adjustmentBody(entryName: string) {
    const [civil] = await rows<{ unit_id: string; item: string }>(
      `select u.unit_id, (select id from service_items s where s.unit_id = u.unit_id order by code limit 1) as item from users u where u.username = 'catalog'`,
    );
    return {
      unitId: civil!.unit_id,
      kind: 'add',
      entry: validEntry(entryName, { serviceItemIds: [civil!.item] }),
      reason: '新法规设定',
      basis: '《中华人民共和国律师法》第五条',
    };
  }

  /** The adjustment made by the officer and approved by the Justice Bureau, through the API. */
  async function approvedAdjustment(officer: HttpClient, legal: HttpClient, entryName: string): Promise<string> {
    const made = await officer.post<{ id: string }>('/api/v1/catalog/adjustments', await adjustmentBody(entryName));
    expect(made.status, made.text).toBe(201);
    const reviewed = await legal.post(`/api/v1/catalog/adjustments/${made.body.id}/review`, {
      decision: 'approve',
      comment: '合法',
    });
    expect(reviewed.status, reviewed.text).toBe(200);
    return made.body.id;
  }

  const searchNames = async (base: string, q: string) => {
    const res = await new HttpClient(base).get<ProofSearchResult>(
      `/api/v1/public/proofs?q=${encodeURIComponent(q)}&region=${CITY}`,
    );
    return res.status === 200 ? res.body.items.map((i) => i.name) : [];
  };

  it('a session made on one server is valid on the other, with its CSRF token checked there too', async () => {
    const onA = await signedIn(a(), 'catalog', DEMO_PASSWORD);
    const onB = onA.on(b());
    const session = await onB.get<{ user: { username: string } }>('/api/v1/auth/session');
    expect(session.status, session.text).toBe(200);
    expect(session.text).toContain('"catalog"');
    // A state change on B with A's session: refused without the token, done with it.
    const withoutToken = Object.assign(onA.on(b()), { csrf: '' });
    const refused = await withoutToken.post(
      '/api/v1/catalog/adjustments',
      await adjustmentBody(`不应创建的证明${Date.now()}`),
    );
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('CSRF_FAILED');
    const legalOnB = await signedIn(b(), 'legal', DEMO_PASSWORD);
    await approvedAdjustment(onB, legalOnB.on(a()), `两台服务器会话测试证明${Date.now()}`);
    // Signing out on B ends the session on A as well.
    expect((await onB.post('/api/v1/auth/logout')).status).toBe(200);
    expect((await onA.get('/api/v1/auth/session')).status).toBe(401);
  });

  it('a publication on one server is answered by the search of the other', { timeout: 120_000 }, async () => {
    const officer = await signedIn(b(), 'catalog', DEMO_PASSWORD);
    const legal = await signedIn(a(), 'legal', DEMO_PASSWORD);
    const leader = await signedIn(a(), 'leader', DEMO_PASSWORD);
    const entryName = `两台服务器检索测试证明${Date.now()}`;
    await approvedAdjustment(officer, legal, entryName);
    expect(await searchNames(b(), entryName)).not.toContain(entryName);
    const published = await leader.post<{ filingDue: string }>(`/api/v1/catalog/regions/${CITY}/publish-adjustments`, {
      documentNumber: '济政字〔2026〕91号',
      effectiveDate: '2026-12-01',
    });
    expect(published.status, published.text).toBe(201);
    const t0 = performance.now();
    // NOTIFY pfc_search reaches B's index at once; its 30-s poll repairs a lost notification.
    await waitFor(
      async () => (await searchNames(b(), entryName)).includes(entryName),
      60_000,
      'B to find the entry A published',
      200,
    );
    timings.publicationToOtherSearch = performance.now() - t0;
    expect(await searchNames(a(), entryName)).toContain(entryName);
  });

  it('every durable job runs exactly once while both servers’ workers claim them', { timeout: 120_000 }, async () => {
    // One more publication, on B this time: each enqueues its filing-deadline job in its transaction.
    const officer = await signedIn(a(), 'catalog', DEMO_PASSWORD);
    const legal = await signedIn(b(), 'legal', DEMO_PASSWORD);
    const leader = await signedIn(b(), 'leader', DEMO_PASSWORD);
    await approvedAdjustment(officer, legal, `两台服务器任务测试证明${Date.now()}`);
    const published = await leader.post(`/api/v1/catalog/regions/${CITY}/publish-adjustments`, {
      documentNumber: '济政字〔2026〕92号',
      effectiveDate: '2026-12-01',
    });
    expect(published.status, published.text).toBe(201);
    const real = await rows<{ id: string; version: string }>(
      `select id, payload->>'versionId' as version from jobs where kind = 'catalog.filing_overdue' order by created_at`,
    );
    expect(real).toHaveLength(2);
    // The filing deadlines pass (their day is brought to now), and 300 more deadlines of the same
    // kind fall due over the next 10 s, so both servers' pollers find work several times.
    const t0 = performance.now();
    await db.query(`update jobs set run_at = now() where kind = 'catalog.filing_overdue'`);
    await db.query(
      `insert into jobs (kind, run_at, payload)
       select 'catalog.filing_overdue', now() + i * interval '33 milliseconds', jsonb_build_object('versionId', $1::text, 'test', i)
       from generate_series(1, 300) as i`,
      [real[1]!.version],
    );
    await waitFor(
      async () =>
        (
          await rows<{ n: string }>(
            `select count(*) as n from jobs where kind = 'catalog.filing_overdue' and status in ('pending', 'running')`,
          )
        )[0]!.n === '0',
      60_000,
      'the jobs to run',
      250,
    );
    timings.jobs302 = performance.now() - t0;
    const jobs = await rows<{ id: string; status: string; attempts: number; locked_by: string }>(
      `select id, status, attempts, locked_by from jobs where kind = 'catalog.filing_overdue'`,
    );
    expect(jobs).toHaveLength(302);
    expect(jobs.filter((j) => j.status !== 'done' || j.attempts !== 1)).toEqual([]);
    // Each run recorded its effect (a line per overdue adjustment of its version) in its own transaction: once.
    const effects = await rows<{ id: string; expected: string; recorded: string }>(
      `select j.id,
         (select count(*) from adjustment_requests r where r.version_id = (j.payload->>'versionId')::uuid and r.filed_at is null) as expected,
         (select count(*) from audit_events e where e.request_id = 'job:' || j.id and e.action = 'catalog.adjustment.filing_overdue') as recorded
       from jobs j where j.kind = 'catalog.filing_overdue'`,
    );
    expect(effects.filter((e) => e.expected === '0' || e.recorded !== e.expected)).toEqual([]);
    const [all] = await rows<{ n: string }>(
      `select count(*) as n from audit_events where action = 'catalog.adjustment.filing_overdue'`,
    );
    expect(Number(all!.n)).toBe(effects.reduce((sum, e) => sum + Number(e.expected), 0));
    // Both servers did some of the work.
    const byServer = new Map<string, number>();
    for (const j of jobs) {
      const pid = /^worker-(\d+)-/.exec(j.locked_by)?.[1] ?? '?';
      byServer.set(pid, (byServer.get(pid) ?? 0) + 1);
    }
    notes.push(`jobs run per server ${[...byServer.values()].join(' + ')}`);
    expect(new Set(byServer.keys())).toEqual(new Set(servers.map((s) => String(s.proc.child.pid))));
  });

  it('sign-in limits are shared: wrong passwords split across both servers lock the account on both', async () => {
    /** Wrong passwords until the server refuses otherwise than "wrong password"; the attempts it took. */
    const attemptsToLock = async (username: string, address: string, pick: (i: number) => string) => {
      for (let i = 0; i < 60; i++) {
        const res = await new HttpClient(pick(i), { 'x-forwarded-for': address }).signIn(
          username,
          'not-the-password-1',
        );
        if (res.body.error?.code !== 'AUTH_INVALID_CREDENTIALS')
          return { attempts: i + 1, code: res.body.error?.code, status: res.status };
      }
      throw new Error(`${username} was never refused`);
    };
    // The yardstick: all on one server (each account from its own address, in case limits count by address too).
    const alone = await attemptsToLock('lisi', '10.12.0.1', () => a());
    expect(alone.attempts).toBeGreaterThanOrEqual(3);
    // Alternating servers: a limit kept in each process would need about twice as many.
    const split = await attemptsToLock('wangfang', '10.12.0.2', (i) => (i % 2 === 0 ? a() : b()));
    notes.push(
      `refused after ${alone.attempts} wrong passwords on one server, ${split.attempts} split across both (${split.code})`,
    );
    expect(split.attempts).toBeLessThanOrEqual(alone.attempts);
    expect(split.code).toBe(alone.code);
    for (const base of [a(), b()]) {
      const right = await new HttpClient(base, { 'x-forwarded-for': '10.12.0.2' }).signIn('wangfang', DEMO_PASSWORD);
      expect(right.status).toBe(alone.status);
      expect(right.body.error?.code).toBe(alone.code);
    }
  });
});
