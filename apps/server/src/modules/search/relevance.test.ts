/**
 * The relevance test set of the public search (relevance-set.json): realistic citizen queries with
 * the proof entries each must return in its top 5 in a region, and entries that must not appear
 * there at all (a district's own entry in a sibling district). Every query goes through the real
 * HTTP endpoint on the demo city; recall@5 and the failures are printed, so a change to the engine
 * or the synonyms shows its effect on relevance, not only on correctness.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, createTestApp, json, type TestApp } from '../../test/harness';
import { DEMO_PROOF_ENTRIES } from '../catalog';

interface RelevanceCase {
  q: string;
  region: string;
  /** Entry names a person asking `q` in `region` wants to see in the top 5. */
  expect?: string[];
  /** Entry names that must not be found at all in `region`. */
  absent?: string[];
  note: string;
}

interface SearchBody {
  total: number;
  items: Array<{ name: string; source: { regionCode: string } }>;
}

const SET: RelevanceCase[] = JSON.parse(
  fs.readFileSync(new URL('./relevance-set.json', import.meta.url), 'utf8'),
) as RelevanceCase[];
const TOP = 5;
/** Largest page the endpoint serves: `absent` is checked against everything found, not only the top 5. */
const ALL = 50;
const MIN_RECALL = 0.9;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function search(q: string, region: string, pageSize: number): Promise<SearchBody> {
  const res = await anonymous(t.app).get(
    `/api/v1/public/proofs?q=${encodeURIComponent(q)}&region=${region}&pageSize=${pageSize}`,
  );
  if (res.statusCode !== 200)
    throw new Error(`search ${JSON.stringify(q)} in ${region}: ${res.statusCode} ${res.body}`);
  return json<SearchBody>(res);
}

describe('relevance test set (relevance-set.json)', () => {
  it('is a set of at least 50 queries naming real demo entries', () => {
    const names = new Set(DEMO_PROOF_ENTRIES.map((p) => p.entry.name));
    expect(SET.filter((c) => c.expect?.length).length).toBeGreaterThanOrEqual(50);
    for (const c of SET) {
      expect(c.q.trim(), JSON.stringify(c)).not.toBe('');
      expect(c.region, c.q).toMatch(/^\d{6}(\d{3}){0,2}$/);
      expect((c.expect?.length ?? 0) + (c.absent?.length ?? 0), c.q).toBeGreaterThan(0);
      for (const name of [...(c.expect ?? []), ...(c.absent ?? [])])
        expect(names.has(name), `${c.q}: ${name} is not a demo entry`).toBe(true);
    }
  });

  it(`finds the expected entries in the top ${TOP} (recall@${TOP} ≥ ${MIN_RECALL}) and never the absent ones`, async () => {
    let expected = 0;
    let found = 0;
    let queries = 0;
    let satisfied = 0;
    const failures: Array<{ region: string; q: string; missing: string; top5: string }> = [];
    const leaks: Array<{ region: string; q: string; leaked: string; from: string }> = [];

    for (const c of SET) {
      if (c.expect?.length) {
        const body = await search(c.q, c.region, TOP);
        const top = body.items.map((i) => i.name);
        const missing = c.expect.filter((name) => !top.includes(name));
        queries++;
        expected += c.expect.length;
        found += c.expect.length - missing.length;
        if (missing.length === 0) satisfied++;
        else
          failures.push({
            region: c.region,
            q: c.q,
            missing: missing.join('、'),
            top5: top.join('、') || `(nothing, total ${body.total})`,
          });
      }
      if (c.absent?.length) {
        const body = await search(c.q, c.region, ALL);
        for (const name of c.absent) {
          const hit = body.items.find((i) => i.name === name);
          if (hit) leaks.push({ region: c.region, q: c.q, leaked: name, from: hit.source.regionCode });
        }
      }
    }

    const recall = found / expected;
    const fully = satisfied / queries;
    if (failures.length > 0) {
      console.log(
        [
          `Relevance failures (${failures.length}):`,
          ...failures.map(
            (f) => `  [${f.region}] ${JSON.stringify(f.q)}  missing: ${f.missing}  |  top ${TOP}: ${f.top5}`,
          ),
        ].join('\n'),
      );
    }
    if (leaks.length > 0) {
      console.log(
        [
          `Entries found outside their region (${leaks.length}):`,
          ...leaks.map((l) => `  [${l.region}] ${JSON.stringify(l.q)}  found ${l.leaked} from ${l.from}`),
        ].join('\n'),
      );
    }
    console.log(
      `Relevance set: ${SET.length} cases, ${queries} queries with ${expected} expected entries; ` +
        `recall@${TOP} = ${recall.toFixed(3)} (${found}/${expected}); ` +
        `queries fully satisfied = ${fully.toFixed(3)} (${satisfied}/${queries}); ` +
        `absent checks failed: ${leaks.length}`,
    );

    expect(queries).toBeGreaterThanOrEqual(50);
    expect(leaks).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
