/**
 * An immutable inverted index over one set of documents (one published list version, or the Q&A).
 * Each key (a character or a pair of neighbouring characters, see text.ts) maps to the sorted ids
 * of the documents containing it, with a bit mask of the fields it occurs in. Built in slices that
 * yield to the event loop, so a rebuild never holds up the queries answered from the old index.
 */
import { bigramKey, foldFast, unigramKey, units } from './text';

/** Searchable fields, one bit each, with the weight a match in that field adds to the score. */
export const FIELD = { name: 1, alias: 2, item: 4, content: 8, unit: 16, basis: 32 } as const;
export type FieldName = keyof typeof FIELD;
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

export interface IndexedText {
  /** Folded name and aliases, for exact-match ranking. */
  name: string;
  aliases: string[];
  fields: Partial<Record<FieldName, string>>;
}

export interface Posting {
  ids: Int32Array;
  masks: Uint8Array;
}

class PostingBuilder {
  ids: number[] = [];
  masks: number[] = [];
  last = -1;
  add(doc: number, field: number): void {
    if (this.last === doc) {
      this.masks[this.masks.length - 1]! |= field;
    } else {
      this.ids.push(doc);
      this.masks.push(field);
      this.last = doc;
    }
  }
}

export class Segment<D> {
  private constructor(
    readonly docs: readonly D[],
    readonly texts: readonly IndexedText[],
    private readonly postings: Map<number, Posting>,
  ) {}

  get size(): number {
    return this.docs.length;
  }

  private exact: { names: Map<string, number[]>; aliases: Map<string, number[]> } | undefined;

  /** Documents by exact folded name and by exact folded alias (built on first use). */
  exactIndex() {
    if (!this.exact) {
      const names = new Map<string, number[]>();
      const aliases = new Map<string, number[]>();
      const push = (map: Map<string, number[]>, key: string, doc: number) => {
        const list = map.get(key);
        if (list) list.push(doc);
        else map.set(key, [doc]);
      };
      this.texts.forEach((t, doc) => {
        push(names, t.name, doc);
        for (const a of t.aliases) push(aliases, a, doc);
      });
      this.exact = { names, aliases };
    }
    return this.exact;
  }

  posting(key: number): Posting | undefined {
    return this.postings.get(key);
  }

  /** Document frequency of a key (0 when absent). */
  df(key: number): number {
    return this.postings.get(key)?.ids.length ?? 0;
  }

  static async build<D>(docs: readonly D[], textOf: (doc: D) => IndexedText, options: { sliceMs?: number } = {}): Promise<Segment<D>> {
    const sliceMs = options.sliceMs ?? 8;
    const builders = new Map<number, PostingBuilder>();
    const texts: IndexedText[] = new Array<IndexedText>(docs.length);
    const add = (key: number, doc: number, field: number) => {
      let b = builders.get(key);
      if (!b) builders.set(key, (b = new PostingBuilder()));
      b.add(doc, field);
    };
    let sliceStart = performance.now();
    for (let d = 0; d < docs.length; d++) {
      const text = textOf(docs[d]!);
      texts[d] = text;
      for (const [field, value] of Object.entries(text.fields) as Array<[FieldName, string | undefined]>) {
        if (!value) continue;
        const bit = FIELD[field];
        const u = units(foldFast(value));
        for (let i = 0; i < u.length; i++) {
          const a = u[i]!;
          if (a < 0) continue;
          add(unigramKey(a), d, bit);
          const b = u[i + 1];
          if (b !== undefined && b >= 0) add(bigramKey(a, b), d, bit);
        }
      }
      if ((d & 255) === 255 && performance.now() - sliceStart > sliceMs) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
    const postings = new Map<number, Posting>();
    for (const [key, b] of builders) postings.set(key, { ids: Int32Array.from(b.ids), masks: Uint8Array.from(b.masks) });
    return new Segment(docs, texts, postings);
  }
}

/** The first position at or after `from` whose id is ≥ `doc` (galloping, then binary search). */
export function seek(ids: Int32Array, doc: number, from = 0): number {
  let lo = from;
  if (lo >= ids.length || ids[lo]! >= doc) return lo;
  let step = 1;
  let hi = lo + 1;
  while (hi < ids.length && ids[hi]! < doc) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  if (hi > ids.length) hi = ids.length;
  // ids[lo] < doc, and ids[hi] ≥ doc or hi = length
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid]! < doc) lo = mid;
    else hi = mid;
  }
  return hi;
}
