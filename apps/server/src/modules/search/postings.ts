/**
 * The heavy half of building a segment, on plain integer arrays only, so it runs the same in the
 * server's thread (in slices) or in a worker thread (see build-worker.ts): from the units of each
 * distinct text and the texts of each document to every key's postings.
 *
 * A key is a unit or a pair of neighbouring units (text.ts), stored as two 32-bit integers
 * (high, low) in an open-addressing table; postings of all keys lie back to back in one array.
 */

/** What the postings are built from (all transferable). */
export interface PostingsInput {
  documents: number;
  /** Unit ids of every distinct field text back to back; -1 separates. */
  units: Int32Array;
  /** Text t's units are units[textStart[t]] … units[textStart[t + 1] - 1]. */
  textStart: Int32Array;
  /** (text, field bit) pairs; document d's are pairs docStart[d] … docStart[d + 1] - 1. */
  docTexts: Int32Array;
  docStart: Int32Array;
}

/** A built key table and postings (all transferable). */
export interface PostingsOutput {
  slots: Int32Array;
  high: Int32Array;
  low: Int32Array;
  keys: number;
  /** Key k's postings are ids[offsets[k]] … ids[offsets[k + 1] - 1] (ascending), masks alike. */
  offsets: Int32Array;
  ids: Int32Array;
  masks: Uint8Array;
  /** Keys that also have a mask per document, and those masks (`documents` bytes per key). */
  denseKeys: Int32Array;
  denseMasks: Uint8Array;
}

/**
 * Keys in at least this share of a segment's documents also get a mask per document (a byte per
 * document, no more than 3× their postings), so checking a document for 证明 costs one read.
 */
const DENSE_SHARE = 1 / 16;
/** Below this size searching postings is cheap enough. */
const DENSE_MIN_DOCS = 2048;

/** Open addressing over (high, low) key pairs; grows at half load. */
export class KeyTable {
  constructor(
    public slots: Int32Array,
    public high: Int32Array,
    public low: Int32Array,
    public size = 0,
  ) {}

  static withCapacity(capacity: number): KeyTable {
    return new KeyTable(new Int32Array(capacity).fill(-1), new Int32Array(capacity >> 1), new Int32Array(capacity >> 1));
  }

  /** The key's index, or -1. */
  find(high: number, low: number): number {
    const mask = this.slots.length - 1;
    for (let s = hash(high, low) & mask; ; s = (s + 1) & mask) {
      const k = this.slots[s]!;
      if (k < 0 || (this.high[k] === high && this.low[k] === low)) return k;
    }
  }

  /** The key's index, added when new. */
  add(high: number, low: number): number {
    const mask = this.slots.length - 1;
    let s = hash(high, low) & mask;
    for (; ; s = (s + 1) & mask) {
      const k = this.slots[s]!;
      if (k < 0) break;
      if (this.high[k] === high && this.low[k] === low) return k;
    }
    const k = this.size++;
    this.slots[s] = k;
    this.high[k] = high;
    this.low[k] = low;
    if (this.size * 2 >= this.slots.length) this.grow();
    return k;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let k = 0; k < this.size; k++) {
      let s = hash(this.high[k]!, this.low[k]!) & mask;
      while (slots[s]! >= 0) s = (s + 1) & mask;
      slots[s] = k;
    }
    this.slots = slots;
    this.high = grown(this.high, slots.length >> 1);
    this.low = grown(this.low, slots.length >> 1);
  }
}

/** MurmurHash3's finaliser over both halves. */
function hash(high: number, low: number): number {
  let h = Math.imul(high, 0x9e3779b1) ^ low;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function grown<T extends Int32Array | Uint8Array>(array: T, length: number): T {
  const next = new (array.constructor as new (n: number) => T)(length);
  next.set(array);
  return next;
}

/** Builds the postings; `pause` (in the server's thread) is awaited now and then to let queries through. */
export async function buildPostings(input: PostingsInput, pause?: () => Promise<void>): Promise<PostingsOutput> {
  const { documents, units, textStart, docTexts, docStart } = input;
  const texts = textStart.length - 1;
  const table = KeyTable.withCapacity(1 << Math.max(12, Math.ceil(Math.log2(texts * 8 + 1))));

  // The key indexes of each text (a text met by many documents is split once).
  const textKeyStart = new Int32Array(texts + 1);
  let textKeys = new Int32Array(Math.max(1024, units.length * 2));
  let m = 0;
  for (let t = 0; t < texts; t++) {
    textKeyStart[t] = m;
    const end = textStart[t + 1]!;
    if (m + 2 * (end - textStart[t]!) > textKeys.length) textKeys = grown(textKeys, (m + 2 * (end - textStart[t]!)) * 2);
    for (let i = textStart[t]!; i < end; i++) {
      const a = units[i]!;
      if (a < 0) continue;
      textKeys[m++] = table.add(0, a);
      const b = i + 1 < end ? units[i + 1]! : -1;
      if (b >= 0) textKeys[m++] = table.add(a + 1, b);
    }
    if (pause && (t & 1023) === 1023) await pause();
  }
  textKeyStart[texts] = m;

  // Pass 1: each document's distinct keys in document order, with their field masks, and the
  // number of documents per key.
  const keys = table.size;
  const count = new Int32Array(keys);
  const lastDoc = new Int32Array(keys).fill(-1);
  const lastToken = new Int32Array(keys);
  let most = 0; // tokens if no document repeated a key
  for (let p = 0; p < docTexts.length; p += 2) most += textKeyStart[docTexts[p]! + 1]! - textKeyStart[docTexts[p]!]!;
  const tokenKey = new Int32Array(most);
  const tokenMask = new Uint8Array(most);
  let tokens = 0;
  const tokenStart = new Int32Array(documents + 1);
  for (let d = 0; d < documents; d++) {
    tokenStart[d] = tokens;
    for (let p = docStart[d]!; p < docStart[d + 1]!; p += 2) {
      const t = docTexts[p]!;
      const bit = docTexts[p + 1]!;
      for (let i = textKeyStart[t]!, to = textKeyStart[t + 1]!; i < to; i++) {
        const k = textKeys[i]!;
        if (lastDoc[k] === d) {
          tokenMask[lastToken[k]!]! |= bit;
          continue;
        }
        lastDoc[k] = d;
        lastToken[k] = tokens;
        tokenKey[tokens] = k;
        tokenMask[tokens] = bit;
        tokens++;
        count[k]!++;
      }
    }
    if (pause && (d & 255) === 255) await pause();
  }
  tokenStart[documents] = tokens;

  // Pass 2: scatter the tokens into each key's range; documents come in ascending order.
  const offsets = new Int32Array(keys + 1);
  for (let k = 0; k < keys; k++) offsets[k + 1] = offsets[k]! + count[k]!;
  const cursor = count; // reused: the next free position of each key
  cursor.set(offsets.subarray(0, keys));
  const ids = new Int32Array(tokens);
  const masks = new Uint8Array(tokens);
  for (let d = 0; d < documents; d++) {
    for (let t = tokenStart[d]!; t < tokenStart[d + 1]!; t++) {
      const p = cursor[tokenKey[t]!]!++;
      ids[p] = d;
      masks[p] = tokenMask[t]!;
    }
    if (pause && (d & 1023) === 1023) await pause();
  }

  const dense: number[] = [];
  if (documents >= DENSE_MIN_DOCS) for (let k = 0; k < keys; k++) if (offsets[k + 1]! - offsets[k]! >= documents * DENSE_SHARE) dense.push(k);
  const denseMasks = new Uint8Array(dense.length * documents);
  dense.forEach((k, i) => {
    const base = i * documents;
    for (let p = offsets[k]!; p < offsets[k + 1]!; p++) denseMasks[base + ids[p]!] = masks[p]!;
  });
  return { slots: table.slots, high: table.high, low: table.low, keys, offsets, ids, masks, denseKeys: Int32Array.from(dense), denseMasks };
}

/** The arrays of an output, for postMessage's transfer list. */
export function transferables(output: PostingsOutput): ArrayBuffer[] {
  return [output.slots, output.high, output.low, output.offsets, output.ids, output.masks, output.denseKeys, output.denseMasks].map((a) => a.buffer as ArrayBuffer);
}
