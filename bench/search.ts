/**
 * npm run bench:search — the public search under load, through the real HTTP endpoint on loopback.
 * For catalogues of 1k, 10k and 100k synthetic province entries (plus the demo city's lists) it
 * measures, in one server process each:
 *   - a trivial JSON route of the same server (GET /api/v1/meta), as the yardstick;
 *   - search with the result cache off (every request runs the engine) and on (the normal setting);
 *   - the index refresh after a publication, with search load running meanwhile: a district's list
 *     and the province list of N republished after a dynamic adjustment (a few entries edited,
 *     withdrawn and added: the usual publication), and the province list with every entry changed
 *     (the worst case, a whole rebuild). The latency of the requests sent while the index was being
 *     refreshed tells whether a refresh blocks queries; target: under 2 s at 100k.
 * Latencies are taken from every response (not a histogram's whole milliseconds).
 * Env: BENCH_SIZES=1000,10000,100000  BENCH_SECONDS=5  BENCH_CONNECTIONS=16  DATABASE_URL (else PGlite).
 */
import { fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { BENCH_QUERIES } from './search-corpus';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const here = path.dirname(fileURLToPath(import.meta.url));
const onPostgres = !!process.env.DATABASE_URL;

/** Every response of a run: when it arrived (epoch ms), its latency (ms), whether it was a 2xx. */
interface Trace {
  at: number[];
  latency: number[];
  failed: number;
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  max: number;
  count: number;
  errors: number;
}

function start(port: number, paths: string[], seconds: number) {
  const trace: Trace = { at: [], latency: [], failed: 0 };
  let run: autocannon.Instance | undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    const options = {
      url: `http://127.0.0.1:${port}`,
      connections: CONNECTIONS,
      duration: seconds,
      requests: paths.map((p) => ({ method: 'GET' as const, path: p })),
    };
    run = autocannon(options, (err, result) => (err ? reject(err) : resolve(result)));
  });
  run!.on('response', (_client, status, _bytes, latency) => {
    trace.at.push(Date.now());
    trace.latency.push(latency);
    if (status < 200 || status > 299) trace.failed++;
  });
  return { trace, stop: () => run!.stop(), done };
}

/** Which requests a window covers: those answered in it, sent in it, or under way at some time in it. */
type Covering = 'answered' | 'sent' | 'under way';

/** Throughput and latency of the requests of a window [from, to]. */
function figures(trace: Trace, from: number, to: number, errors = 0, covering: Covering = 'answered'): Figures {
  const latencies: number[] = [];
  for (let i = 0; i < trace.at.length; i++) {
    const end = trace.at[i]!;
    const start = end - trace.latency[i]!;
    const inside =
      covering === 'answered'
        ? end >= from && end <= to
        : covering === 'sent'
          ? start >= from && start <= to
          : start <= to && end >= from;
    if (inside) latencies.push(trace.latency[i]!);
  }
  latencies.sort((a, b) => a - b);
  const pick = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    rps: Math.round((latencies.length * 1000) / Math.max(1, to - from)),
    p50: pick(0.5),
    p99: pick(0.99),
    max: latencies.at(-1) ?? 0,
    count: latencies.length,
    errors,
  };
}

async function load(port: number, paths: string[], seconds = SECONDS): Promise<Figures> {
  const began = Date.now();
  const { trace, done } = start(port, paths, seconds);
  const result = await done;
  return figures(trace, began, Date.now(), result.errors + result.non2xx);
}

const searchPaths = BENCH_QUERIES.map(
  (q) => `/api/v1/public/proofs?q=${encodeURIComponent(q)}&region=370811&pageSize=10`,
);

function startServer(size: number) {
  const child = fork(path.join(here, 'search-server.ts'), [], {
    env: { ...process.env, BENCH_SIZE: String(size) },
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = <T>(type: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (msg: { type: string }) => {
        if (msg.type !== type) return;
        child.off('message', onMessage);
        resolve(msg as T);
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    });
  const send = async (msg: { type: string; on?: boolean }) => {
    child.send(msg);
    await next('ok');
  };
  return { child, next, send, raw: (msg: unknown) => child.send(msg as never) };
}

const ms = (n: number) => (n < 10 ? n.toFixed(1) : String(Math.round(n))).padStart(4);
const row = (label: string, f: Figures) =>
  `  ${label.padEnd(38)} ${String(f.rps).padStart(6)} req/s   p50 ${ms(f.p50)} ms   p99 ${ms(f.p99)} ms   max ${ms(f.max)} ms${f.errors ? `   ${f.errors} errors!` : ''}`;
const share = (part: Figures, whole: Figures) => `${Math.round((part.rps / whole.rps) * 100)} %`;

interface Refresh {
  startedAt: number;
  ms: number;
  readMs: number;
  buildMs: number;
  lastBuild?: { startedAt: number; endedAt: number };
}

async function rebuild(
  server: ReturnType<typeof startServer>,
  port: number,
  region: string,
  change: 'adjust' | 'all',
  label: string,
): Promise<void> {
  const { trace, stop, done } = start(port, searchPaths, 120);
  await new Promise((r) => setTimeout(r, 1000));
  server.raw({ type: 'republish', region, change });
  const r = await server.next<{ writeStartedAt: number; committedAt: number; visibleAt: number; refresh: Refresh }>(
    'republished',
  );
  await new Promise((r) => setTimeout(r, 500));
  stop();
  await done;
  const refreshEnd = r.refresh.startedAt + r.refresh.ms;
  console.log(
    `  ${label}: searchable ${Math.round(r.visibleAt - r.writeStartedAt)} ms after the write began — ` +
      `write ${Math.round(r.committedAt - r.writeStartedAt)} ms, index refresh ${Math.round(r.refresh.ms)} ms (read ${Math.round(r.refresh.readMs)} ms, build ${Math.round(r.refresh.buildMs)} ms)`,
  );
  for (const [name, from, to] of [
    ['requests sent during the refresh', r.refresh.startedAt, refreshEnd],
    ...(r.refresh.lastBuild
      ? [['…sent during the index build', r.refresh.lastBuild.startedAt, r.refresh.lastBuild.endedAt]]
      : []),
  ] as Array<[string, number, number]>) {
    const f = figures(trace, from, to, 0, 'sent');
    console.log(f.count < 20 ? `    ${name}: too short to measure (${f.count} requests)` : row(`    ${name}`, f));
  }
  if (!onPostgres) {
    // PGlite runs inside the server's thread: its write holds up every request under way.
    const f = figures(trace, r.writeStartedAt, r.committedAt, 0, 'under way');
    console.log(
      `    requests under way during the write (PGlite runs in the server's thread): ${f.count}, the slowest ${Math.round(f.max)} ms`,
    );
  }
  if (trace.failed) console.log(`    ${trace.failed} errors!`);
}

async function main(): Promise<void> {
  console.log(
    `bench:search — ${onPostgres ? 'PostgreSQL' : 'PGlite'}, ${CONNECTIONS} connections, ${SECONDS} s per run, ${BENCH_QUERIES.length} queries in turn, region 370811 (district + city + province lists)\n`,
  );
  for (const size of SIZES) {
    const server = startServer(size);
    const ready = await server.next<{
      port: number;
      seedMs: number;
      cold: Refresh;
      stats: { entries: number; segments: number };
      heapMB: number;
    }>('ready');
    const { port } = ready;
    console.log(
      `${size} province entries (${ready.stats.entries} indexed in ${ready.stats.segments} versions; seeded in ${(ready.seedMs / 1000).toFixed(1)} s; ` +
        `cold index load ${Math.round(ready.cold.ms)} ms: read ${Math.round(ready.cold.readMs)} ms, build ${Math.round(ready.cold.buildMs)} ms; heap ${ready.heapMB} MB; ` +
        `machine load ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`,
    );
    await load(port, ['/api/v1/meta'], 1);
    const trivial = await load(port, ['/api/v1/meta']);
    console.log(row('trivial JSON route /api/v1/meta', trivial));

    await server.send({ type: 'cache', on: false });
    await load(port, searchPaths, 1);
    const engine = await load(port, searchPaths);
    console.log(row('search, cache off (engine every time)', engine));
    await server.send({ type: 'cache', on: true });
    await load(port, searchPaths, 1);
    const cached = await load(port, searchPaths);
    console.log(row('search, cache on (normal setting)', cached));
    console.log(
      `  → search/trivial throughput: cache on ${share(cached, trivial)}, cache off ${share(engine, trivial)} (target ≥ 50 %, judged with the cache on)`,
    );

    await rebuild(server, port, '370811', 'adjust', 'a district republishes its list after an adjustment (cache on)');
    await rebuild(
      server,
      port,
      '370000',
      'adjust',
      `the province republishes its list of ${size} after an adjustment (cache on)`,
    );
    await rebuild(
      server,
      port,
      '370000',
      'all',
      `the province republishes its list of ${size} with every entry changed (cache on)`,
    );
    await server.send({ type: 'cache', on: false });
    await rebuild(
      server,
      port,
      '370000',
      'adjust',
      `the province republishes its list of ${size} after an adjustment (cache off)`,
    );
    server.raw({ type: 'stop' });
    await new Promise((r) => server.child.once('exit', r));
    console.log('');
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
