/**
 * Scoring a parsed query against segments. Each query group adds its inverse document frequency
 * times the weight of the best field it occurs in; a document must cover most of the query's
 * weight to count as a hit, so a word every entry contains (证明) neither finds nor blocks
 * anything on its own. Exact names and aliases come first, then names containing the whole query.
 *
 * Documents are visited once each, in ascending order ("document at a time"): the groups rare in
 * the segment are walked along the shortest postings of each of their alternatives, merged; the
 * common ones are only looked up for the documents found (a byte read for keys most documents
 * have, a galloping cursor otherwise). A document whose best possible score cannot enter the
 * page being asked for is only counted, not scored. Exact: the same hits and total as scoring
 * every document.
 */
import { addBonuses } from './bonus';
import type { TopHits } from './hits';
import type { ParsedQuery } from './query';
import { FIELD, MASK_WEIGHT, seek, type Segment } from './segment';
import { keyHigh, keyLow } from './text';

/** Share of the query's weight a document must match. */
const COVERAGE = 0.6;
/** A group found in more than this share of a segment's documents is checked, not enumerated. */
const COMMON = 0.2;
/** Keys of one alternative found in the document but in different fields. */
const SCATTERED = 0.3;
/** A synonym counts a little less than what was typed. */
const SYNONYM = 0.9;
const BONUS = { allInName: 150, allInAlias: 100 };
/** The highest field weight (a name), for upper bounds. */
const MAX_WEIGHT = 10;
const END = 0x7fffffff;
/** Margin for bounds summed in another order than the scores they bound (far above rounding). */
const SLACK = 1e-7;

export interface RankOptions {
  /** Only matches in these fields count (type-ahead looks at names and aliases only). */
  fieldMask?: number;
  /** Coverage required, 0–1. */
  coverage?: number;
}

/**
 * One way of saying a group in one segment: the postings range of its rarest key (walked when
 * the group is enumerated), and how to check a document for the others.
 */
class Alternative {
  /** Next driver position to read, and the driver's end. */
  pos: number;
  /** The document the alternative is at (END when done), with the AND and OR of its key masks. */
  doc = -1;
  and = 0;
  or = 0;
  constructor(
    readonly driverStart: number,
    readonly driverEnd: number,
    readonly driverDense: Uint8Array | undefined,
    readonly dense: Uint8Array[],
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly cursors: Int32Array,
    readonly factor: number,
  ) {
    this.pos = driverStart;
  }
}

function alternativesOf(segment: Segment<unknown>, keys: number[][]): Alternative[] {
  const out: Alternative[] = [];
  keys.forEach((k, i) => {
    if (k.length === 0) return;
    const found: number[] = [];
    for (const key of k) {
      const index = segment.find(keyHigh(key), keyLow(key));
      if (index < 0) return;
      found.push(index);
    }
    found.sort((a, b) => segment.df(a) - segment.df(b));
    const [driver, ...others] = found as [number, ...number[]];
    const ranged = others.filter((o) => !segment.dense(o));
    const starts = Int32Array.from(ranged, (o) => segment.offsets[o]!);
    out.push(
      new Alternative(
        segment.offsets[driver]!,
        segment.offsets[driver + 1]!,
        segment.dense(driver),
        others.flatMap((o) => segment.dense(o) ?? []),
        starts,
        Int32Array.from(ranged, (o) => segment.offsets[o + 1]!),
        // One cursor per ranged key, and one for the driver when it is looked up instead of walked.
        Int32Array.from([...starts, segment.offsets[driver]!]),
        i === 0 ? 1 : SYNONYM,
      ),
    );
  });
  return out;
}

/** (AND << 8) | OR of the masks of `doc` for the alternative's non-driver keys, or -1 when one is missing. */
function othersAt(alt: Alternative, doc: number, ids: Int32Array, masks: Uint8Array): number {
  let and = 0xff;
  let or = 0;
  const dense = alt.dense;
  for (let o = 0; o < dense.length; o++) {
    const m = dense[o]![doc]!;
    if (m === 0) return -1;
    and &= m;
    or |= m;
  }
  const { starts, ends, cursors } = alt;
  for (let o = 0; o < starts.length; o++) {
    const end = ends[o]!;
    const j = seek(ids, doc, cursors[o]!, end);
    cursors[o] = j;
    if (j >= end || ids[j] !== doc) return -1;
    and &= masks[j]!;
    or |= masks[j]!;
  }
  return (and << 8) | or;
}

/** Moves an enumerated alternative to its next document that has all its keys. */
function advance(alt: Alternative, ids: Int32Array, masks: Uint8Array): void {
  for (let i = alt.pos; i < alt.driverEnd; i++) {
    const doc = ids[i]!;
    const rest = othersAt(alt, doc, ids, masks);
    if (rest < 0) continue;
    alt.pos = i + 1;
    alt.doc = doc;
    alt.and = masks[i]! & (rest >> 8);
    alt.or = masks[i]! | (rest & 0xff);
    return;
  }
  alt.pos = alt.driverEnd;
  alt.doc = END;
}

/** (AND << 8) | OR for a looked-up alternative at `doc` (documents asked in ascending order), or -1. */
function lookup(alt: Alternative, doc: number, ids: Int32Array, masks: Uint8Array): number {
  let m: number;
  if (alt.driverDense) {
    m = alt.driverDense[doc]!;
    if (m === 0) return -1;
  } else {
    const c = alt.cursors.length - 1;
    const j = seek(ids, doc, alt.cursors[c]!, alt.driverEnd);
    alt.cursors[c] = j;
    if (j >= alt.driverEnd || ids[j] !== doc) return -1;
    m = masks[j]!;
  }
  const rest = othersAt(alt, doc, ids, masks);
  return rest < 0 ? -1 : ((m & (rest >> 8)) << 8) | (m | (rest & 0xff));
}

/** The weight of a match whose key masks AND and OR as given, or 0 outside the fields asked. */
function weightOf(and: number, or: number, fieldMask: number, factor: number): number {
  and &= fieldMask;
  return (and ? MASK_WEIGHT[and]! : MASK_WEIGHT[or & fieldMask]! * SCATTERED) * factor;
}

interface Group {
  alts: Alternative[];
  est: number;
  idf: number;
}

/** Counts every document of one segment that passes and offers those that could rank to `hits`. */
export function scoreSegment(
  segment: Segment<unknown>,
  segIndex: number,
  query: ParsedQuery,
  hits: TopHits,
  options: RankOptions = {},
): void {
  const n = segment.size;
  if (n === 0 || query.groups.length === 0) return;
  const { ids, masks, nameLengths } = segment;
  const fieldMask = options.fieldMask ?? 0xff;
  const groups: Group[] = query.groups.map((g) => {
    const alts = alternativesOf(segment, g.keys);
    const est = alts.reduce((sum, a) => sum + a.driverEnd - a.driverStart, 0);
    return { alts, est, idf: Math.log(1 + n / (1 + est)) };
  });
  // A word no document here contains (我还, a place name) says nothing about which entry is meant:
  // it does not count, unless nothing the query says is found at all.
  const found = groups.filter((g) => g.est > 0);
  // …but what is left must still say something: not only words most entries contain (证明).
  if (found.length === 0 || (found.length < groups.length && found.every((g) => g.est > n * COMMON))) return;
  const totalIdf = found.reduce((sum, g) => sum + g.idf, 0);
  const coverage = options.coverage ?? COVERAGE;
  // Enumerate the rarest groups until a document matching none of them could not cover enough of
  // the query; the others are only looked up for the documents those found.
  const byRarity = [...found].sort((a, b) => a.est - b.est);
  const rare: Group[] = [];
  let enumerated = 0;
  for (const g of byRarity) {
    if (enumerated > totalIdf * (1 - coverage) + 1e-9 && g.est > n * COMMON) break;
    rare.push(g);
    enumerated += g.idf;
  }
  const common = byRarity.slice(rare.length);
  const commonIdf = common.reduce((sum, g) => sum + g.idf, 0);
  const commonBound = common.reduce((sum, g) => sum + g.idf * MAX_WEIGHT, 0);
  const need = totalIdf * coverage - 1e-9;
  const all = found.length;

  const walked = rare.flatMap((g, gi) => g.alts.map((alt) => ({ alt, gi })));
  for (const { alt } of walked) advance(alt, ids, masks);
  const best = new Float64Array(rare.length);
  const bestMask = new Uint8Array(rare.length);
  const { bonus, clear } = addBonuses(segment, query);
  try {
    let doc = END;
    for (const { alt } of walked) if (alt.doc < doc) doc = alt.doc;
    while (doc !== END) {
      // The rare groups at this document: each takes its best alternative (the first on a tie).
      let next = END;
      for (let s = 0; s < walked.length; s++) {
        const { alt, gi } = walked[s]!;
        if (alt.doc === doc) {
          const w = weightOf(alt.and, alt.or, fieldMask, alt.factor);
          if (w > best[gi]!) {
            best[gi] = w;
            bestMask[gi] = alt.and & fieldMask;
          }
          advance(alt, ids, masks);
        }
        if (alt.doc < next) next = alt.doc;
      }
      const current = doc;
      doc = next;

      let score = 0;
      let covered = 0;
      let inName = 0;
      let inAlias = 0;
      for (let gi = 0; gi < rare.length; gi++) {
        const w = best[gi]!;
        if (w === 0) continue;
        const idf = rare[gi]!.idf;
        score += idf * w;
        covered += idf;
        if (bestMask[gi]! & FIELD.name) inName++;
        if (bestMask[gi]! & FIELD.alias) inAlias++;
        best[gi] = 0;
      }
      // Matched only in fields not asked for, or cannot cover enough even with every common group.
      if (covered === 0 || covered + commonIdf < need - SLACK) continue;

      const bonusSum = bonus[current]!;
      const penalty = nameLengths[current]! * 0.05;
      // Passes, but could not rank high enough to be shown: counted only.
      if (covered >= need && score + commonBound + bonusSum - penalty + BONUS.allInName <= hits.threshold - SLACK) {
        hits.count();
        continue;
      }

      for (const g of common) {
        let w = 0;
        let mask = 0;
        for (const alt of g.alts) {
          const m = lookup(alt, current, ids, masks);
          if (m < 0) continue;
          const aw = weightOf(m >> 8, m & 0xff, fieldMask, alt.factor);
          if (aw > w) {
            w = aw;
            mask = (m >> 8) & fieldMask;
          }
        }
        if (w === 0) continue;
        score += g.idf * w;
        covered += g.idf;
        if (mask & FIELD.name) inName++;
        if (mask & FIELD.alias) inAlias++;
      }
      if (covered < need) continue;
      let total = score + bonusSum - penalty;
      if (inName >= all) total += BONUS.allInName;
      else if (inAlias >= all) total += BONUS.allInAlias;
      hits.offer(total, segIndex, current);
    }
  } finally {
    clear();
  }
}
