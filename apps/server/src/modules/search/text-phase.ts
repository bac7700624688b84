/**
 * The first half of building a segment, in the server's thread: each distinct text once, folded and
 * split into units (names, service items, units and laws repeat across thousands of entries); each
 * document as its (text, field) pairs; name lengths and the exact-name maps. Documents can be added
 * a page at a time. The postings are then built from the result (postings.ts).
 */
import type { PostingsInput } from './postings';
import { FIELD, FIELD_NAMES, type IndexedText } from './fields';
import { foldFast, unitsInto } from './text';

export class TextPhase<D> {
  private readonly textIds = new Map<string, number>();
  private units = new Int32Array(1 << 14);
  private unitCount = 0;
  private textStart = new Int32Array(1 << 10);
  private docTexts = new Int32Array(1 << 12);
  private pairs = 0;
  private docStart = new Int32Array(1 << 10);
  private nameLengths = new Uint16Array(1 << 10);
  private readonly names = new Map<string, number[]>();
  private readonly aliases = new Map<string, number[]>();
  private documents = 0;

  constructor(
    private readonly textOf: (doc: D) => IndexedText,
    /** Awaited now and then, to let queries through. */
    private readonly pause: () => Promise<void>,
  ) {}

  async add(docs: readonly D[]): Promise<void> {
    if (this.documents + docs.length + 1 > this.docStart.length) {
      const size = (this.documents + docs.length + 1) * 2;
      this.docStart = grown(this.docStart, size);
      this.nameLengths = grown(this.nameLengths, size);
    }
    for (const doc of docs) {
      const d = this.documents++;
      this.docStart[d] = this.pairs;
      const text = this.textOf(doc);
      this.nameLengths[d] = Math.min(text.name.length, 0xffff);
      pushTo(this.names, text.name, d);
      for (const a of text.aliases) pushTo(this.aliases, a, d);
      for (const field of FIELD_NAMES) {
        for (const value of text.fields[field] ?? []) {
          if (!value) continue;
          const t = this.textId(value);
          if (this.pairs + 2 > this.docTexts.length) this.docTexts = grown(this.docTexts, this.docTexts.length * 2);
          this.docTexts[this.pairs++] = t;
          this.docTexts[this.pairs++] = FIELD[field];
        }
      }
      if ((d & 63) === 63) await this.pause();
    }
    this.docStart[this.documents] = this.pairs;
  }

  /** The id of a distinct text, split into units the first time it is met. */
  private textId(value: string): number {
    let t = this.textIds.get(value);
    if (t !== undefined) return t;
    t = this.textIds.size;
    this.textIds.set(value, t);
    const folded = foldFast(value);
    if (this.unitCount + folded.length > this.units.length)
      this.units = grown(this.units, (this.unitCount + folded.length) * 2);
    this.unitCount += unitsInto(folded, this.units.subarray(this.unitCount));
    if (t + 2 > this.textStart.length) this.textStart = grown(this.textStart, this.textStart.length * 2);
    this.textStart[t + 1] = this.unitCount;
    return t;
  }

  result(): {
    input: PostingsInput;
    nameLengths: Uint16Array;
    exact: { names: Map<string, number[]>; aliases: Map<string, number[]> };
  } {
    const n = this.documents;
    const input: PostingsInput = {
      documents: n,
      units: this.units.subarray(0, this.unitCount),
      textStart: this.textStart.subarray(0, this.textIds.size + 1),
      docTexts: this.docTexts.subarray(0, this.pairs),
      docStart: this.docStart.slice(0, n + 1),
    };
    return { input, nameLengths: this.nameLengths.slice(0, n), exact: { names: this.names, aliases: this.aliases } };
  }
}

function grown<T extends Int32Array | Uint16Array>(array: T, length: number): T {
  const next = new (array.constructor as new (n: number) => T)(length);
  next.set(array);
  return next;
}

function pushTo(map: Map<string, number[]>, key: string, doc: number): void {
  const list = map.get(key);
  if (list) list.push(doc);
  else map.set(key, [doc]);
}
