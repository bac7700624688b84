/**
 * npm run bench:search — the public search under load, through the real HTTP endpoint on loopback.
 * For catalogues of 1k, 10k and 100k synthetic province entries (plus the demo city's lists) it
 * measures, in one server process each:
 *   - a trivial JSON route of the same server (GET /api/v1/meta), as the yardstick;
 *   - search with the result cache off (every request runs the engine) and on;
 *   - an index rebuild after a publication: of a district (small) and of the province list (all
 *     N entries), with search load running meanwhile (does a rebuild block queries?).
 * Env: BENCH_SIZES=1000,10000,100000  BENCH_SECONDS=5  BENCH_CONNECTIONS=16  DATABASE_URL (else PGlite).
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { BENCH_QUERIES } from './search-corpus';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const here = path.dirname(fileURLToPath(import.meta.url));

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
}

async function load(port: number, paths: string[], seconds = SECONDS): Promise<Figures> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  });
  return { rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max, errors: result.errors + result.non2xx };
}

const searchPaths = BENCH_QUERIES.map((q) => `/api/v1/public/proofs?q=${encodeURIComponent(q)}&region=370811&pageSize=10`);

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
  return { child, next, send: (msg: unknown) => child.send(msg as never) };
}

const row = (label: string, f: Figures) =>
  `  ${label.padEnd(34)} ${String(f.rps).padStart(7)} req/s   p50 ${String(f.p50).padStart(3)} ms   p99 ${String(f.p99).padStart(3)} ms   max ${String(f.max).padStart(4)} ms${f.errors ? `   ${f.errors} errors!` : ''}`;

async function main(): Promise<void> {
  console.log(`bench:search — ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}, ${CONNECTIONS} connections, ${SECONDS} s per run, ${BENCH_QUERIES.length} queries in turn, region 370811 (district + city + province lists)\n`);
  for (const size of SIZES) {
    const server = startServer(size);
    const ready = await server.next<{ port: number; seedMs: number; coldBuildMs: number; stats: { entries: number; segments: number }; heapMB: number }>('ready');
    console.log(`${size} province entries (${ready.stats.entries} indexed in ${ready.stats.segments} versions; seeded in ${(ready.seedMs / 1000).toFixed(1)} s; cold index build ${Math.round(ready.coldBuildMs)} ms; heap ${ready.heapMB} MB)`);
    await load(ready.port, ['/api/v1/meta'], 1);
    const trivial = await load(ready.port, ['/api/v1/meta']);
    console.log(row('trivial JSON route /api/v1/meta', trivial));

    server.send({ type: 'cache', on: false });
    await server.next('ok');
    await load(ready.port, searchPaths, 1);
    const engine = await load(ready.port, searchPaths);
    console.log(row('search, cache off (engine)', engine));
    server.send({ type: 'cache', on: true });
    await server.next('ok');
    const cached = await load(ready.port, searchPaths);
    console.log(row('search, cache on', cached));
    console.log(`  → engine at ${Math.round((engine.rps / trivial.rps) * 100)} % of the trivial route's throughput (target ≥ 50 %), p99 ${engine.p99} ms (target < 20 ms)`);

    server.send({ type: 'cache', on: false });
    await server.next('ok');
    for (const region of ['370811', '370000']) {
      const during = load(ready.port, searchPaths, 3);
      await new Promise((r) => setTimeout(r, 500));
      server.send({ type: 'republish', region });
      const done = await server.next<{ committedMs: number; visibleMs: number; refreshMs: number }>('republished');
      const f = await during;
      console.log(
        `  rebuild after publishing ${region === '370000' ? `the province list (${size} entries)` : 'a district list'}: searchable ${Math.round(done.visibleMs)} ms after the write began (commit ${Math.round(done.committedMs)} ms, refresh ${Math.round(done.refreshMs)} ms); search meanwhile ${f.rps} req/s, p99 ${f.p99} ms, max ${f.max} ms${f.errors ? `, ${f.errors} errors!` : ''}`,
      );
    }
    server.send({ type: 'stop' });
    await new Promise((r) => server.child.once('exit', r));
    console.log('');
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
