/**
 * npm run bench:applications — applications created, signed and submitted per second through the
 * HTTP API of real server processes on PostgreSQL (every step in its audited transaction, as in
 * production), with one server and with two behind a round-robin (each request goes to the next
 * server; sessions live in the database). Beside them the yardstick: a bare Fastify route doing one
 * INSERT … RETURNING on the same database, what any HTTP write costs here. Then how long a
 * publication on one server takes to be answered by the other's search.
 *
 * It creates its own database on the PostgreSQL server of DATABASE_URL (default the local test
 * server) and drops it after. Each of BENCH_CONNECTIONS clients is an applicant of its own, signed
 * in once, running create → sign every letter → submit in a loop for BENCH_SECONDS.
 * Env: DATABASE_URL  BENCH_SECONDS=15  BENCH_CONNECTIONS=16  BENCH_PUBLICATIONS=5.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { validEntry } from '../apps/server/src/test/catalog-fixtures';
import { newResidentId } from '../apps/server/src/test/fixtures';
import { applySignSubmit, findAllCommitmentItem, HttpClient, signedIn } from '../apps/server/src/test/http-client';
import { serverEnv, start, type Started, waitFor } from '../apps/server/src/test/processes';

const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const PUBLICATIONS = Number(process.env.BENCH_PUBLICATIONS ?? 5);
const REGION = '370811';
const PASSWORD = 'Bench-pass-2026';
const DEMO_PASSWORD = 'Demo@2026!';

async function admin(query: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

interface Run {
  done: number;
  failed: number;
  latencies: number[];
  firstError?: string;
}

/** Runs `work` in CONNECTIONS loops for `seconds`; each completed call is one unit. */
async function load(seconds: number, work: (client: number) => Promise<void>): Promise<Run> {
  const run: Run = { done: 0, failed: 0, latencies: [] };
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, i) => {
      while (performance.now() < until) {
        const t0 = performance.now();
        try {
          await work(i);
          run.done++;
          run.latencies.push(performance.now() - t0);
        } catch (err) {
          run.failed++;
          run.firstError ??= String((err as Error).message ?? err).slice(0, 300);
        }
      }
    }),
  );
  return run;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};

function row(label: string, run: Run, unit: string, seconds: number): string {
  const rate = run.done / seconds;
  const ms = (n: number) => String(Math.round(n)).padStart(5);
  return `  ${label.padEnd(44)} ${rate.toFixed(1).padStart(7)} ${unit}/s   p50 ${ms(pct(run.latencies, 50))} ms   p99 ${ms(pct(run.latencies, 99))} ms${run.failed ? `   ${run.failed} failed (${run.firstError})` : ''}`;
}

async function main(): Promise<void> {
  const name = `pfc_bench_apps_${randomBytes(4).toString('hex')}`;
  await admin(`create database ${name}`);
  const target = new URL(ADMIN_URL);
  target.pathname = `/${name}`;
  const env = serverEnv({ DATABASE_URL: target.toString(), PUBLIC_RATE_LIMIT: '0' });
  const procs: Started[] = [];
  try {
    const server = (args: string[]) => {
      const proc = start(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts', ...args], env);
      procs.push(proc);
      return proc.url();
    };
    const a = await server(['--demo']);
    const [b, yard] = await Promise.all([
      server([]),
      (async () => {
        const proc = start(process.execPath, ['--import', 'tsx', 'bench/applications-yardstick.ts'], env);
        procs.push(proc);
        return proc.url();
      })(),
    ]);
    console.log(
      `bench:applications — ${CONNECTIONS} clients × ${SECONDS} s; PostgreSQL ${name}; ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );

    // One applicant per client, registered by the administrator, each signed in once.
    const root = await signedIn(a, 'admin', DEMO_PASSWORD);
    const clients: HttpClient[] = [];
    for (let i = 0; i < CONNECTIONS; i++) {
      const username = `bench-${i}`;
      const made = await root.post('/api/v1/applicants', {
        kind: 'natural',
        name: `压测${i}`,
        identifier: newResidentId(REGION),
        regionCode: REGION,
        username,
        password: PASSWORD,
      });
      if (made.status !== 201) throw new Error(`applicant ${username}: ${made.status} ${made.text}`);
      clients.push(await signedIn(a, username, PASSWORD));
    }
    const choice = await findAllCommitmentItem(clients[0]!, REGION);
    console.log(
      `  service item: ${choice.item.name} (${choice.proofs.proofs.filter((p) => p.path === 'commitment').length} letter(s) to sign; 3+ requests per application)`,
    );

    let turn = 0;
    const oneServer = clients.map((c) => c.on(a));
    /** Round-robin: each request of any client goes to the next server. */
    const roundRobin = clients.map((c) => {
      const onA = c.on(a);
      const onB = c.on(b);
      const rr = Object.create(onA) as HttpClient;
      rr.request = (...args) => (turn++ % 2 === 0 ? onA : onB).request(...args);
      return rr;
    });
    const yardstick = new HttpClient(yard);
    const insert = async () => {
      const res = await yardstick.post('/insert', { n: 1 });
      if (res.status !== 200) throw new Error(`yardstick ${res.status}`);
    };

    // Warm-up (JIT, pools, the first letters' templates), then the measured runs.
    await load(2, (i) => applySignSubmit(roundRobin[i]!, REGION, choice).then(() => {}));
    await load(2, insert);
    const yardRun = await load(SECONDS, insert);
    const steps = { create: [] as number[], sign: [] as number[], submit: [] as number[] };
    const one = await load(SECONDS, (i) => applySignSubmit(oneServer[i]!, REGION, choice, steps).then(() => {}));
    const two = await load(SECONDS, (i) => applySignSubmit(roundRobin[i]!, REGION, choice).then(() => {}));
    console.log(row('yardstick: one INSERT … RETURNING over HTTP', yardRun, 'req', SECONDS));
    console.log(row('applications, one server', one, 'app', SECONDS));
    console.log(row('applications, two servers (round-robin)', two, 'app', SECONDS));
    console.log(
      `    one server, each step's p50: ${Object.entries(steps)
        .map(([k, v]) => `${k} ${Math.round(pct(v, 50))} ms`)
        .join(', ')}`,
    );
    console.log(
      `  → applications per second: one server ${((one.done / yardRun.done) * 100).toFixed(1)} % of the yardstick's inserts, two servers ×${(two.done / Math.max(1, one.done)).toFixed(2)} one server`,
    );

    // A publication on A, answered by B's search (NOTIFY pfc_search; a 30-s poll repairs a lost one).
    const db = new pg.Pool({ connectionString: target.toString(), max: 1 });
    const [civil] = (
      await db.query<{ unit_id: string; item: string }>(
        `select u.unit_id, (select id from service_items s where s.unit_id = u.unit_id order by code limit 1) as item from users u where u.username = 'catalog'`,
      )
    ).rows;
    await db.end();
    const [officer, legal, leader] = await Promise.all(
      ['catalog', 'legal', 'leader'].map((u) => signedIn(a, u, DEMO_PASSWORD)),
    );
    const found = async (q: string) => {
      const res = await new HttpClient(b).get<{ items: Array<{ name: string }> }>(
        `/api/v1/public/proofs?q=${encodeURIComponent(q)}&region=370800`,
      );
      return res.status === 200 && res.body.items.some((i) => i.name === q);
    };
    const lags: number[] = [];
    for (let i = 0; i < PUBLICATIONS; i++) {
      const entryName = `压测检索证明${Date.now()}${i}`;
      const made = await officer!.post<{ id: string }>('/api/v1/catalog/adjustments', {
        unitId: civil!.unit_id,
        kind: 'add',
        entry: validEntry(entryName, { serviceItemIds: [civil!.item] }),
        reason: '压测',
        basis: '《中华人民共和国律师法》第五条',
      });
      if (made.status !== 201) throw new Error(`adjustment: ${made.status} ${made.text}`);
      await legal!.post(`/api/v1/catalog/adjustments/${made.body.id}/review`, { decision: 'approve', comment: '合法' });
      const published = await leader!.post(`/api/v1/catalog/regions/370800/publish-adjustments`, {
        documentNumber: `济政字〔2026〕${200 + i}号`,
        effectiveDate: '2026-12-01',
      });
      // The clock starts when A has answered: the publication has committed.
      const t0 = performance.now();
      if (published.status !== 201) throw new Error(`publication: ${published.status} ${published.text}`);
      await waitFor(() => found(entryName), 60_000, 'the other server to find the publication', 5);
      lags.push(performance.now() - t0);
    }
    console.log(
      `  publication on one server → answered by the other's search: ${lags.map((l) => `${Math.round(l)} ms`).join(', ')} (median ${Math.round(pct(lags, 50))} ms)`,
    );
    console.log('  (shared machine: the load generator, both servers, the yardstick and PostgreSQL share these cores)');
  } finally {
    await Promise.all(
      procs.map(async (p) => {
        if (p.child.exitCode === null) p.child.kill('SIGTERM');
        await p.exited;
      }),
    );
    await admin(`drop database if exists ${name} with (force)`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
