/**
 * Scoring a parsed query against segments. Each query group adds its inverse document frequency
 * times the weight of the best field it occurs in; a document must cover most of the query's
 * weight to count as a hit, so a word every entry contains (证明) neither finds nor blocks
 * anything on its own. Exact names and aliases come first, then names containing the whole query.
 *
 * Groups that are rare in the segment are enumerated from their postings; common ones are only
 * looked up for the candidates the rare ones found (in ascending order, with galloping cursors),
 * so a query costs what its rarest words cost. Everything per hit is O(1) array work.
 */
import type { ParsedQuery } from './query';
import { FIELD, MASK_WEIGHT, type Posting, seek, type Segment } from './segment';

/** Share of the query's weight a document must match. */
const COVERAGE = 0.6;
/** A group found in more than this share of a segment's documents is checked, not enumerated. */
const COMMON = 0.2;
/** Keys of one alternative found in the document but in different fields. */
const SCATTERED = 0.3;
/** A synonym counts a little less than what was typed. */
const SYNONYM = 0.9;
const BONUS = { exactName: 1000, exactAlias: 800, nameInQuery: 500, allInName: 150, allInAlias: 100 };

export interface RankOptions {
  /** Only matches in these fields count (type-ahead looks at names and aliases only). */
  fieldMask?: number;
  /** Coverage required, 0–1. */
  coverage?: number;
}

export interface Scored {
  segment: number;
  doc: number;
  score: number;
}

/** Per-segment scratch arrays, reused between queries (searching is synchronous). */
class Scratch {
  readonly stamp: Int32Array;
  readonly groupStamp: Int32Array;
  readonly score: Float64Array;
  readonly covered: Float64Array;
  readonly groupWeight: Float64Array;
  readonly groupMask: Uint8Array;
  readonly inName: Uint8Array;
  readonly inAlias: Uint8Array;
  gen = 0;
  groupGen = 0;
  constructor(n: number) {
    this.stamp = new Int32Array(n);
    this.groupStamp = new Int32Array(n);
    this.score = new Float64Array(n);
    this.covered = new Float64Array(n);
    this.groupWeight = new Float64Array(n);
    this.groupMask = new Uint8Array(n);
    this.inName = new Uint8Array(n);
    this.inAlias = new Uint8Array(n);
  }
}
const scratches = new WeakMap<object, Scratch>();
function scratchFor(segment: Segment<unknown>): Scratch {
  let s = scratches.get(segment);
  if (!s) scratches.set(segment, (s = new Scratch(segment.size)));
  if (s.gen > 1_000_000_000 || s.groupGen > 1_000_000_000) {
    s.stamp.fill(0);
    s.groupStamp.fill(0);
    s.gen = 0;
    s.groupGen = 0;
  }
  return s;
}

interface Alternative {
  /** Postings of its keys, shortest first. */
  postings: Posting[];
  factor: number;
}

function alternativesOf(segment: Segment<unknown>, keys: number[][]): Alternative[] {
  const out: Alternative[] = [];
  keys.forEach((k, i) => {
    if (k.length === 0) return;
    const postings: Posting[] = [];
    for (const key of k) {
      const p = segment.posting(key);
      if (!p) return;
      postings.push(p);
    }
    postings.sort((a, b) => a.ids.length - b.ids.length);
    out.push({ postings, factor: i === 0 ? 1 : SYNONYM });
  });
  return out;
}

/**
 * Every passing document of one segment with its score. `candidates` ascending lets each
 * alternative walk its postings once with cursors.
 */
export function scoreSegment(segment: Segment<unknown>, segIndex: number, query: ParsedQuery, options: RankOptions = {}): Scored[] {
  const n = segment.size;
  if (n === 0 || query.groups.length === 0) return [];
  const fieldMask = options.fieldMask ?? 0xff;
  const s = scratchFor(segment);
  const gen = ++s.gen;
  const groups = query.groups.map((g) => {
    const alts = alternativesOf(segment, g.keys);
    const est = alts.reduce((sum, a) => sum + a.postings[0]!.ids.length, 0);
    return { alts, est, idf: Math.log(1 + n / (1 + est)) };
  });
  // A word no document here contains (我还, a place name) says nothing about which entry is meant:
  // it does not count, unless nothing the query says is found at all.
  const found = groups.filter((g) => g.est > 0);
  // …but what is left must still say something: not only words most entries contain (证明).
  if (found.length === 0 || (found.length < groups.length && found.every((g) => g.est > n * COMMON))) return [];
  const totalIdf = found.reduce((sum, g) => sum + g.idf, 0);
  const coverage = options.coverage ?? COVERAGE;
  // Enumerate the rarest groups until a document matching none of them could not cover enough of
  // the query; the others are only looked up for those candidates. Exact, not an approximation.
  const byRarity = groups.filter((g) => g.est > 0).sort((a, b) => a.est - b.est);
  const rare: typeof groups = [];
  let enumerated = 0;
  for (const g of byRarity) {
    if (enumerated > totalIdf * (1 - coverage) + 1e-9 && g.est > n * COMMON) break;
    rare.push(g);
    enumerated += g.idf;
  }
  const common = byRarity.filter((g) => !rare.includes(g));
  let candidates: number[] = [];

  const record = (doc: number, idf: number, weight: number, mask: number) => {
    if (s.stamp[doc] !== gen) {
      s.stamp[doc] = gen;
      s.score[doc] = 0;
      s.covered[doc] = 0;
      s.inName[doc] = 0;
      s.inAlias[doc] = 0;
      candidates.push(doc);
    }
    s.score[doc]! += idf * weight;
    s.covered[doc]! += idf;
    if (mask & FIELD.name) s.inName[doc]!++;
    if (mask & FIELD.alias) s.inAlias[doc]!++;
  };

  // Rare groups: walk the shortest posting of each alternative, seek the other keys.
  for (const g of rare) {
    const groupGen = ++s.groupGen;
    const touched: number[] = [];
    for (const alt of g.alts) {
      const [driver, ...others] = alt.postings;
      const cursors = new Int32Array(others.length);
      outer: for (let i = 0; i < driver!.ids.length; i++) {
        const doc = driver!.ids[i]!;
        let and = driver!.masks[i]!;
        let or = and;
        for (let o = 0; o < others.length; o++) {
          const p = others[o]!;
          const j = seek(p.ids, doc, cursors[o]);
          cursors[o] = j;
          if (j >= p.ids.length || p.ids[j] !== doc) continue outer;
          and &= p.masks[j]!;
          or |= p.masks[j]!;
        }
        and &= fieldMask;
        or &= fieldMask;
        const w = (and ? MASK_WEIGHT[and]! : MASK_WEIGHT[or]! * SCATTERED) * alt.factor;
        if (w === 0) continue;
        if (s.groupStamp[doc] !== groupGen) {
          s.groupStamp[doc] = groupGen;
          s.groupWeight[doc] = w;
          s.groupMask[doc] = and;
          touched.push(doc);
        } else if (w > s.groupWeight[doc]!) {
          s.groupWeight[doc] = w;
          s.groupMask[doc] = and;
        }
      }
    }
    for (const doc of touched) record(doc, g.idf, s.groupWeight[doc]!, s.groupMask[doc]!);
  }

  if (common.length > 0) candidates = Array.from(Int32Array.from(candidates).sort());

  // Common groups: looked up for the candidates only, in ascending order.
  for (const g of common) {
    const cursors = g.alts.map((a) => new Int32Array(a.postings.length));
    for (const doc of candidates) {
      let best = 0;
      let bestMask = 0;
      g.alts.forEach((alt, ai) => {
        let and = 0xff;
        let or = 0;
        const cur = cursors[ai]!;
        for (let o = 0; o < alt.postings.length; o++) {
          const p = alt.postings[o]!;
          const j = seek(p.ids, doc, cur[o]);
          cur[o] = j;
          if (j >= p.ids.length || p.ids[j] !== doc) return;
          and &= p.masks[j]!;
          or |= p.masks[j]!;
        }
        and &= fieldMask;
        or &= fieldMask;
        const w = (and ? MASK_WEIGHT[and]! : MASK_WEIGHT[or]! * SCATTERED) * alt.factor;
        if (w > best) {
          best = w;
          bestMask = and;
        }
      });
      if (best > 0) record(doc, g.idf, best, bestMask);
    }
  }

  // Names and aliases equal to the query (or a synonym variant of it) come first; then names the
  // query contains (无犯罪记录证明需要本人去吗 is about 无犯罪记录证明).
  const exact = segment.exactIndex();
  query.whole.forEach((w, i) => {
    const factor = i === 0 ? 1 : 0.95;
    for (const doc of exact.names.get(w) ?? []) if (s.stamp[doc] === gen) s.score[doc]! += BONUS.exactName * factor;
    for (const doc of exact.aliases.get(w) ?? []) if (s.stamp[doc] === gen) s.score[doc]! += BONUS.exactAlias * factor;
  });
  const literal = query.whole[0] ?? '';
  const seen = new Set<string>();
  // Only a name that is most of what was asked, not a common tail such as 证明书.
  const shortest = Math.max(4, Math.ceil(literal.length / 2));
  for (let from = 0; from < literal.length; from++) {
    for (let to = from + shortest; to <= literal.length && to - from <= 30; to++) {
      const part = literal.slice(from, to);
      if (part === literal || seen.has(part)) continue;
      seen.add(part);
      for (const doc of exact.names.get(part) ?? []) if (s.stamp[doc] === gen) s.score[doc]! += BONUS.nameInQuery;
      for (const doc of exact.aliases.get(part) ?? []) if (s.stamp[doc] === gen) s.score[doc]! += BONUS.nameInQuery * 0.8;
    }
  }

  const need = totalIdf * coverage - 1e-9;
  const all = found.length;
  const out: Scored[] = [];
  for (const doc of candidates) {
    if (s.covered[doc]! < need || s.score[doc]! <= 0) continue;
    let score = s.score[doc]! - segment.texts[doc]!.name.length * 0.05;
    if (s.inName[doc]! >= all) score += BONUS.allInName;
    else if (s.inAlias[doc]! >= all) score += BONUS.allInAlias;
    out.push({ segment: segIndex, doc, score });
  }
  return out;
}

const byScore = (a: Scored, b: Scored) => b.score - a.score || a.segment - b.segment || a.doc - b.doc;

/** The best `limit` hits, best first (ties: earlier segment, then earlier document). */
export function topHits(all: Scored[], limit: number): Scored[] {
  if (all.length <= limit * 4) return all.sort(byScore).slice(0, limit);
  const kept: Scored[] = [];
  let floor = -Infinity;
  for (const hit of all) {
    if (kept.length >= limit && hit.score < floor) continue;
    kept.push(hit);
    if (kept.length >= limit * 4) {
      kept.sort(byScore).length = limit;
      floor = kept[limit - 1]!.score;
    }
  }
  return kept.sort(byScore).slice(0, limit);
}
