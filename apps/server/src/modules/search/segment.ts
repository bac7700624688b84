/**
 * An immutable inverted index over one set of documents (one published list version, or the Q&A).
 * Each key (a character or a pair of neighbouring characters, see text.ts) maps to the ascending
 * ids of the documents containing it, with a bit mask of the fields it occurs in.
 *
 * Everything lives in a few typed arrays (postings.ts), so a 100k-entry catalogue is not millions
 * of small objects for the garbage collector, and a query walks plain integer arrays. Building has
 * two halves: here, in slices that yield to the event loop, each distinct text is folded and split
 * into units once (names, service items and units repeat across thousands of entries); the
 * postings are then built in a worker thread for large segments (build-thread.ts), in slices here
 * otherwise. Queries keep being answered from the old index meanwhile.
 */
import { buildOffThread } from './build-thread';
import { buildPostings, KeyTable, type PostingsInput } from './postings';
import { foldFast, unitsInto } from './text';

/** Searchable fields, one bit each, with the weight a match in that field adds to the score. */
export const FIELD = { name: 1, alias: 2, item: 4, content: 8, unit: 16, basis: 32 } as const;
export type FieldName = keyof typeof FIELD;
const FIELD_NAMES = Object.keys(FIELD) as FieldName[];
const WEIGHTS: Array<[number, number]> = [
  [FIELD.name, 10],
  [FIELD.alias, 8],
  [FIELD.item, 4],
  [FIELD.content, 2],
  [FIELD.unit, 1.5],
  [FIELD.basis, 1],
];
/** Best weight among the fields in a mask, precomputed for every mask. */
export const MASK_WEIGHT = Float64Array.from({ length: 64 }, (_, mask) => Math.max(0, ...WEIGHTS.filter(([bit]) => mask & bit).map(([, w]) => w)));

/** Segments at least this large have their postings built in the worker thread. */
const OFF_THREAD_DOCS = 5000;

export interface IndexedText {
  /** Folded name and aliases, for exact-match ranking. */
  name: string;
  aliases: string[];
  /** The texts of each field; separate texts never form a bigram across their boundary. */
  fields: Partial<Record<FieldName, readonly string[]>>;
}

export interface BuildOptions {
  /** Longest stretch of work before yielding to the event loop. */
  sliceMs?: number;
  /** Build the postings in the worker thread (default: for large segments). */
  offThread?: boolean;
}

export class Segment<D> {
  private constructor(
    readonly docs: readonly D[],
    /** Length of each document's folded name (shorter names rank a little higher). */
    readonly nameLengths: Uint16Array,
    private readonly table: KeyTable,
    /** Key k's postings are ids[offsets[k]] … ids[offsets[k + 1] - 1], ascending; masks alike. */
    readonly ids: Int32Array,
    readonly masks: Uint8Array,
    readonly offsets: Int32Array,
    /** Documents by exact folded name and by exact folded alias. */
    readonly exact: { names: ReadonlyMap<string, number[]>; aliases: ReadonlyMap<string, number[]> },
    private readonly denseMasks: ReadonlyMap<number, Uint8Array>,
  ) {}

  get size(): number {
    return this.docs.length;
  }

  /** The postings index of a key (see text.ts keyHigh/keyLow), or -1 when no document has it. */
  find(high: number, low: number): number {
    return this.table.find(high, low);
  }

  /**
   * The field mask of every document for the key at index `k` (0: not in the document), when the
   * key is in so many documents that a direct lookup beats searching its postings.
   */
  dense(k: number): Uint8Array | undefined {
    return this.denseMasks.get(k);
  }

  /** Document frequency of the key at index `k`. */
  df(k: number): number {
    return this.offsets[k + 1]! - this.offsets[k]!;
  }

  static async build<D>(docs: readonly D[], textOf: (doc: D) => IndexedText, options: BuildOptions = {}): Promise<Segment<D>> {
    const sliceMs = options.sliceMs ?? 8;
    let sliceStart = performance.now();
    const pause = async () => {
      if (performance.now() - sliceStart < sliceMs) return;
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    };

    // Each distinct text once, as units; each document as its (text, field) pairs.
    const textIds = new Map<string, number>();
    let units = new Int32Array(1 << 14);
    let unitCount = 0;
    let textStart = new Int32Array(1 << 10);
    let docTexts = new Int32Array(Math.max(1024, docs.length * 16));
    let pairs = 0;
    const docStart = new Int32Array(docs.length + 1);
    const nameLengths = new Uint16Array(docs.length);
    const names = new Map<string, number[]>();
    const aliases = new Map<string, number[]>();
    for (let d = 0; d < docs.length; d++) {
      docStart[d] = pairs;
      const text = textOf(docs[d]!);
      nameLengths[d] = Math.min(text.name.length, 0xffff);
      pushTo(names, text.name, d);
      for (const a of text.aliases) pushTo(aliases, a, d);
      for (const field of FIELD_NAMES) {
        for (const value of text.fields[field] ?? []) {
          if (!value) continue;
          let t = textIds.get(value);
          if (t === undefined) {
            t = textIds.size;
            textIds.set(value, t);
            const folded = foldFast(value);
            if (unitCount + folded.length > units.length) units = grown(units, (unitCount + folded.length) * 2);
            unitCount += unitsInto(folded, units.subarray(unitCount));
            if (t + 2 > textStart.length) textStart = grown(textStart, textStart.length * 2);
            textStart[t + 1] = unitCount;
          }
          if (pairs + 2 > docTexts.length) docTexts = grown(docTexts, docTexts.length * 2);
          docTexts[pairs++] = t;
          docTexts[pairs++] = FIELD[field];
        }
      }
      if ((d & 63) === 63) await pause();
    }
    docStart[docs.length] = pairs;
    const input: PostingsInput = {
      documents: docs.length,
      units: units.subarray(0, unitCount),
      textStart: textStart.subarray(0, textIds.size + 1),
      docTexts: docTexts.subarray(0, pairs),
      docStart,
    };
    const p = ((options.offThread ?? docs.length >= OFF_THREAD_DOCS) && (await buildOffThread(input))) || (await buildPostings(input, pause));
    const dense = new Map<number, Uint8Array>();
    p.denseKeys.forEach((k, i) => dense.set(k, p.denseMasks.subarray(i * docs.length, (i + 1) * docs.length)));
    return new Segment(docs, nameLengths, new KeyTable(p.slots, p.high, p.low, p.keys), p.ids, p.masks, p.offsets, { names, aliases }, dense);
  }
}

function grown(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(length);
  next.set(array);
  return next;
}

function pushTo(map: Map<string, number[]>, key: string, doc: number): void {
  const list = map.get(key);
  if (list) list.push(doc);
  else map.set(key, [doc]);
}

/** The first position in [from, end) whose id is ≥ `doc`, or `end` (galloping, then binary search). */
export function seek(ids: Int32Array, doc: number, from: number, end: number): number {
  let lo = from;
  if (lo >= end || ids[lo]! >= doc) return lo;
  let step = 1;
  let hi = lo + 1;
  while (hi < end && ids[hi]! < doc) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  if (hi > end) hi = end;
  // ids[lo] < doc, and ids[hi] ≥ doc or hi = end
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid]! < doc) lo = mid;
    else hi = mid;
  }
  return hi;
}
