/**
 * The search engine alone, in process (no HTTP, no database): builds the segment of a synthetic
 * province catalogue and prints, for each benchmark query, the main thread's CPU time per query
 * (ranking the top 10 and presenting them) and its number of hits.
 * Run: npx tsx bench/search-engine.ts   Env: BENCH_SIZE=100000  BENCH_REPEAT=200
 */
import fs from 'node:fs';
import { TopHits } from '../apps/server/src/modules/search/hits';
import { parseQuery, SynonymTable } from '../apps/server/src/modules/search/query';
import { scoreSegment } from '../apps/server/src/modules/search/rank';
import { present } from '../apps/server/src/modules/search/render';
import { Segment } from '../apps/server/src/modules/search/segment';
import { type ProofDoc, textOf } from '../apps/server/src/modules/search/state';
import { BUILT_IN_SYNONYMS } from '../apps/server/src/modules/search/synonyms-data';
import { BENCH_QUERIES, syntheticEntries } from './search-corpus';

const size = Number(process.env.BENCH_SIZE ?? 100_000);
const repeat = Number(process.env.BENCH_REPEAT ?? 200);

/** CPU time of this thread only (not the garbage collector's helpers or other processes), from /proc; 10 ms steps. */
function threadCpuMs(): number {
  const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const version = {
  id: '00000000-0000-4000-a000-000000000001',
  regionCode: '370000',
  regionName: '山东省',
  versionNo: 1,
  documentNumber: '鲁政办字〔2021〕1号',
  effectiveDate: '2021-06-01',
  source: 'import',
  publishedAt: new Date(),
};
const docs: ProofDoc[] = syntheticEntries(size).map((r) => ({
  entry: { entryId: r.entryId, lists: r.lists, ...r.snapshot },
  version,
}));
const started = performance.now();
const cpu = threadCpuMs();
const segment = await Segment.build(docs, textOf);
console.log(
  `${size} entries: built in ${Math.round(performance.now() - started)} ms (this thread ${threadCpuMs() - cpu} ms, the rest in the worker); ${segment.ids.length} postings; heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`,
);

// A republication: 20 entries edited, 5 withdrawn, 5 added; the rest carried over from the segment above.
{
  const next: ProofDoc[] = [];
  const origin: number[] = [];
  const counts = { edited: 0, withdrawn: 0, added: 0 };
  docs.forEach((doc, i) => {
    if (i % 20_011 === 7) return void counts.withdrawn++;
    if (i % 5_003 === 11) {
      counts.edited++;
      next.push({ ...doc, entry: { ...doc.entry, content: `${doc.entry.content}（${i}号调整）` } });
      origin.push(-1);
    } else {
      next.push(doc);
      origin.push(i);
    }
    if (i % 20_011 === 9) {
      counts.added++;
      next.push({
        ...doc,
        entry: { ...doc.entry, entryId: `${doc.entry.entryId}+`, name: `${doc.entry.name}（新增）` },
      });
      origin.push(-1);
    }
  });
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    const cpu = threadCpuMs();
    const derived = await segment.derive(next, Int32Array.from(origin), textOf);
    console.log(
      `  republished (${counts.edited} edited, ${counts.withdrawn} withdrawn, ${counts.added} added): derived in ${Math.round(performance.now() - started)} ms (this thread ${threadCpuMs() - cpu} ms); ${derived.ids.length} postings`,
    );
  }
}

const synonyms = new SynonymTable(BUILT_IN_SYNONYMS);
const search = (q: ReturnType<typeof parseQuery>) => {
  const hits = new TopHits(10);
  scoreSegment(segment, 0, q, hits);
  for (const h of hits.results()) present(segment.docs[h.doc]!, 'zh');
  return hits;
};
const queries = BENCH_QUERIES.map((q) => ({ q, parsed: parseQuery(q, synonyms) }));
for (let i = 0; i < 5; i++) for (const { parsed } of queries) search(parsed);
let sum = 0;
for (const { q, parsed } of queries) {
  const before = threadCpuMs();
  let total = 0;
  for (let i = 0; i < repeat; i++) total = search(parsed).total;
  const ms = (threadCpuMs() - before) / repeat;
  sum += ms;
  console.log(`  ${q.padEnd(12, '　')} ${ms.toFixed(2).padStart(6)} ms  ${String(total).padStart(6)} hits`);
}
console.log(`  mean ${(sum / queries.length).toFixed(2)} ms per query`);
