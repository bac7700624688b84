/**
 * An immutable inverted index over one set of documents (one published list version, or the Q&A).
 * Each key (a character or a pair of neighbouring characters, see text.ts) maps to the ascending
 * ids of the documents containing it, with a bit mask of the fields it occurs in.
 *
 * Everything lives in a few typed arrays (postings.ts), so a 100k-entry catalogue is not millions
 * of small objects for the garbage collector, and a query walks plain integer arrays. Building has
 * two halves: here, in slices that yield to the event loop, each distinct text is folded and split
 * into units once (text-phase.ts); the postings are then built in a worker thread for large
 * segments (build-thread.ts), in slices here otherwise. A new version of a segment is derived from
 * the previous one when few documents changed (derive). Queries keep being answered from the old
 * index meanwhile.
 */
import { offThread } from './build-thread';
import { KeyTable, type MergeInput, type PostingsJob, type PostingsOutput, runJob } from './postings';
import type { IndexedText } from './fields';
import { TextPhase } from './text-phase';

export { FIELD, type FieldName, type IndexedText, MASK_WEIGHT } from './fields';

/** Segments at least this large have their postings built in the worker thread. */
const OFF_THREAD_DOCS = 5000;

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
    readonly exact: { readonly names: ReadonlyMap<string, number[]>; readonly aliases: ReadonlyMap<string, number[]> },
    private readonly denseMasks: ReadonlyMap<number, Uint8Array>,
  ) {}

  get size(): number {
    return this.docs.length;
  }

  /** Number of distinct keys. */
  get keyCount(): number {
    return this.table.size;
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

  static build<D>(
    docs: readonly D[],
    textOf: (doc: D) => IndexedText,
    options: BuildOptions = {},
  ): Promise<Segment<D>> {
    return Segment.buildFrom([docs], textOf, options);
  }

  /**
   * A segment of documents handed over in pages (a large version): each page's texts are split as
   * it comes, with pauses for the queries answered meanwhile, then the postings are built.
   */
  static async buildFrom<D>(
    pages: AsyncIterable<readonly D[]> | Iterable<readonly D[]>,
    textOf: (doc: D) => IndexedText,
    options: BuildOptions = {},
  ): Promise<Segment<D>> {
    const pause = slicer(options.sliceMs);
    const texts = new TextPhase(textOf, pause);
    const docs: D[] = [];
    for await (const page of pages) {
      await texts.add(page);
      for (const doc of page) docs.push(doc);
    }
    const { input, nameLengths, exact } = texts.result();
    const p = await postings(docs.length, { kind: 'build', input }, options, pause);
    return Segment.from(docs, nameLengths, p, exact);
  }

  /**
   * The segment of `docs`, reusing this segment's postings for the documents whose text did not
   * change: `origin[d]` is the index here of document d when its indexed text is the same, -1
   * when it is to be indexed afresh. The result is the same as `build(docs)`; its cost is one pass
   * over these postings plus indexing the fresh documents. Kept documents must stay in order
   * (origin ascending where not -1); otherwise, or when most documents are fresh, this is a plain build.
   */
  async derive(
    docs: readonly D[],
    origin: Int32Array,
    textOf: (doc: D) => IndexedText,
    options: BuildOptions = {},
  ): Promise<Segment<D>> {
    const kept = new Int32Array(this.size).fill(-1);
    const freshIds: number[] = [];
    let last = -1;
    for (let d = 0; d < docs.length; d++) {
      const o = origin[d]!;
      if (o < 0) {
        freshIds.push(d);
        continue;
      }
      if (o <= last || o >= this.size) return Segment.build(docs, textOf, options);
      kept[o] = d;
      last = o;
    }
    // The same documents (a republication that changed no entry): the same postings.
    if (freshIds.length === 0 && docs.length === this.size)
      return new Segment(
        docs,
        this.nameLengths,
        this.table,
        this.ids,
        this.masks,
        this.offsets,
        this.exact,
        this.denseMasks,
      );
    // Mostly new documents: carrying the rest over would save little.
    if (freshIds.length * 2 > docs.length) return Segment.build(docs, textOf, options);
    const pause = slicer(options.sliceMs);
    const freshDocs = freshIds.map((d) => docs[d]!);
    const phase = new TextPhase(textOf, pause);
    await phase.add(freshDocs);
    const texts = phase.result();
    const freshPostings = await postings(freshDocs.length, { kind: 'build', input: texts.input }, options, pause);
    const merge: MergeInput = {
      documents: docs.length,
      previous: {
        slots: this.table.slots,
        high: this.table.high,
        low: this.table.low,
        keys: this.table.size,
        offsets: this.offsets,
        ids: this.ids,
        masks: this.masks,
      },
      kept,
      fresh: freshPostings,
      freshIds: Int32Array.from(freshIds),
    };
    const p = await postings(docs.length, { kind: 'merge', input: merge }, options, pause);

    const nameLengths = new Uint16Array(docs.length);
    for (let o = 0; o < kept.length; o++) if (kept[o]! >= 0) nameLengths[kept[o]!] = this.nameLengths[o]!;
    freshIds.forEach((d, f) => (nameLengths[d] = texts.nameLengths[f]!));
    const renumber = (previous: ReadonlyMap<string, number[]>, fresh: ReadonlyMap<string, number[]>) => {
      const out = new Map<string, number[]>();
      for (const [key, list] of previous) {
        const moved: number[] = [];
        for (const o of list) if (kept[o]! >= 0) moved.push(kept[o]!);
        if (moved.length > 0) out.set(key, moved);
      }
      for (const [key, list] of fresh) {
        const moved = list.map((f) => freshIds[f]!);
        const before = out.get(key);
        out.set(key, before ? [...before, ...moved].sort((a, b) => a - b) : moved);
      }
      return out;
    };
    const exact = {
      names: renumber(this.exact.names, texts.exact.names),
      aliases: renumber(this.exact.aliases, texts.exact.aliases),
    };
    return Segment.from(docs, nameLengths, p, exact);
  }

  private static from<D>(
    docs: readonly D[],
    nameLengths: Uint16Array,
    p: PostingsOutput,
    exact: Segment<D>['exact'],
  ): Segment<D> {
    const dense = new Map<number, Uint8Array>();
    p.denseKeys.forEach((k, i) => dense.set(k, p.denseMasks.subarray(i * docs.length, (i + 1) * docs.length)));
    return new Segment(
      docs,
      nameLengths,
      new KeyTable(p.slots, p.high, p.low, p.keys),
      p.ids,
      p.masks,
      p.offsets,
      exact,
      dense,
    );
  }
}

/** The job's postings: in the worker thread for large segments (or when asked), else here in slices. */
async function postings(
  documents: number,
  job: PostingsJob,
  options: BuildOptions,
  pause: () => Promise<void>,
): Promise<PostingsOutput> {
  return ((options.offThread ?? documents >= OFF_THREAD_DOCS) && (await offThread(job))) || runJob(job, pause);
}

/** A pause that yields to the event loop once `sliceMs` (default 8) of work have passed. */
function slicer(sliceMs = 8): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < sliceMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  };
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
