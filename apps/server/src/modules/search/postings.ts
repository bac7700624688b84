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

/**
 * Arrays are allocated on SharedArrayBuffers: a segment's postings can then be handed to the
 * worker thread that derives the next segment from them (mergePostings) without a copy, while
 * queries keep reading them here. Nothing ever writes to a built segment's arrays.
 */
export function int32(length: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(length * 4));
}
export function uint8(length: number): Uint8Array {
  return new Uint8Array(new SharedArrayBuffer(length));
}

/** Open addressing over (high, low) key pairs; grows at half load. */
export class KeyTable {
  constructor(
    public slots: Int32Array,
    public high: Int32Array,
    public low: Int32Array,
    public size = 0,
  ) {}

  static withCapacity(capacity: number): KeyTable {
    return new KeyTable(int32(capacity).fill(-1), int32(capacity >> 1), int32(capacity >> 1));
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
    const slots = int32(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let k = 0; k < this.size; k++) {
      let s = hash(this.high[k]!, this.low[k]!) & mask;
      while (slots[s]! >= 0) s = (s + 1) & mask;
      slots[s] = k;
    }
    this.slots = slots;
    this.high = grownShared(this.high, slots.length >> 1);
    this.low = grownShared(this.low, slots.length >> 1);
  }
}

/** MurmurHash3's finaliser over both halves. */
function hash(high: number, low: number): number {
  let h = Math.imul(high, 0x9e3779b1) ^ low;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function grownShared(array: Int32Array, length: number): Int32Array {
  const next = int32(length);
  next.set(array);
  return next;
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
    if (m + 2 * (end - textStart[t]!) > textKeys.length)
      textKeys = grown(textKeys, (m + 2 * (end - textStart[t]!)) * 2);
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
  const offsets = int32(keys + 1);
  for (let k = 0; k < keys; k++) offsets[k + 1] = offsets[k]! + count[k]!;
  const cursor = count; // reused: the next free position of each key
  cursor.set(offsets.subarray(0, keys));
  const ids = int32(tokens);
  const masks = uint8(tokens);
  for (let d = 0; d < documents; d++) {
    for (let t = tokenStart[d]!; t < tokenStart[d + 1]!; t++) {
      const p = cursor[tokenKey[t]!]!++;
      ids[p] = d;
      masks[p] = tokenMask[t]!;
    }
    if (pause && (d & 1023) === 1023) await pause();
  }
  return {
    slots: table.slots,
    high: table.high,
    low: table.low,
    keys,
    offsets,
    ids,
    masks,
    ...denseOf(documents, keys, offsets, ids, masks),
  };
}

/** The per-document masks of the keys most documents have (see DENSE_SHARE). */
function denseOf(
  documents: number,
  keys: number,
  offsets: Int32Array,
  ids: Int32Array,
  masks: Uint8Array,
): { denseKeys: Int32Array; denseMasks: Uint8Array } {
  const dense: number[] = [];
  if (documents >= DENSE_MIN_DOCS)
    for (let k = 0; k < keys; k++) if (offsets[k + 1]! - offsets[k]! >= documents * DENSE_SHARE) dense.push(k);
  const denseMasks = uint8(dense.length * documents);
  dense.forEach((k, i) => {
    const base = i * documents;
    for (let p = offsets[k]!; p < offsets[k + 1]!; p++) denseMasks[base + ids[p]!] = masks[p]!;
  });
  return { denseKeys: Int32Array.from(dense), denseMasks };
}

/**
 * What the next segment is derived from: the previous segment's key table and postings, which of
 * its documents stay (and where), and the postings of the documents indexed afresh.
 */
export interface MergeInput {
  documents: number;
  previous: Omit<PostingsOutput, 'denseKeys' | 'denseMasks'>;
  /** The new id of each previous document, or -1 when it is gone; kept ones stay in order. */
  kept: Int32Array;
  /** The postings of the fresh documents, numbered 0…; fresh document f becomes freshIds[f]. */
  fresh: PostingsOutput;
  freshIds: Int32Array;
}

/**
 * The postings of a segment made of some documents of the previous one and some fresh ones,
 * identical (key for key) to building them all anew in the new order: each key's previous
 * postings are renumbered, dropping documents that left, and merged with the fresh documents'.
 * A republication changing a few entries of 100,000 costs one pass over the postings instead
 * of indexing every text again. Keys no document has any more are left out.
 */
export async function mergePostings(input: MergeInput, pause?: () => Promise<void>): Promise<PostingsOutput> {
  const { documents, previous: old, kept, fresh, freshIds } = input;
  // Documents still there for each previous key.
  const oldCount = new Int32Array(old.keys);
  let gone = false;
  for (let d = 0; d < kept.length; d++) if (kept[d]! < 0) gone = true;
  for (let k = 0; k < old.keys; k++) {
    const from = old.offsets[k]!;
    const to = old.offsets[k + 1]!;
    let n = to - from;
    if (gone) for (let p = from; p < to; p++) if (kept[old.ids[p]!]! < 0) n--;
    oldCount[k] = n;
    if (pause && (k & 16383) === 16383) await pause();
  }

  // The new key table: previous keys that are still used, then the fresh ones not among them.
  const table = KeyTable.withCapacity(1 << Math.max(12, Math.ceil(Math.log2((old.keys + fresh.keys) * 2 + 1))));
  const fromOld = new Int32Array(old.keys + fresh.keys).fill(-1);
  const fromFresh = new Int32Array(old.keys + fresh.keys).fill(-1);
  for (let k = 0; k < old.keys; k++) if (oldCount[k]! > 0) fromOld[table.add(old.high[k]!, old.low[k]!)] = k;
  for (let j = 0; j < fresh.keys; j++) fromFresh[table.add(fresh.high[j]!, fresh.low[j]!)] = j;
  const keys = table.size;
  if (pause) await pause();

  const offsets = int32(keys + 1);
  for (let k = 0; k < keys; k++) {
    const o = fromOld[k]!;
    const f = fromFresh[k]!;
    offsets[k + 1] =
      offsets[k]! + (o >= 0 ? oldCount[o]! : 0) + (f >= 0 ? fresh.offsets[f + 1]! - fresh.offsets[f]! : 0);
  }
  const ids = int32(offsets[keys]!);
  const masks = uint8(offsets[keys]!);
  for (let k = 0; k < keys; k++) {
    let out = offsets[k]!;
    const o = fromOld[k]!;
    const f = fromFresh[k]!;
    let p = o >= 0 ? old.offsets[o]! : 0;
    const pEnd = o >= 0 ? old.offsets[o + 1]! : 0;
    let q = f >= 0 ? fresh.offsets[f]! : 0;
    const qEnd = f >= 0 ? fresh.offsets[f + 1]! : 0;
    while (p < pEnd || q < qEnd) {
      const a = p < pEnd ? kept[old.ids[p]!]! : END;
      if (a < 0) {
        p++;
        continue;
      }
      const b = q < qEnd ? freshIds[fresh.ids[q]!]! : END;
      if (a < b) {
        ids[out] = a;
        masks[out++] = old.masks[p++]!;
      } else {
        ids[out] = b;
        masks[out++] = fresh.masks[q++]!;
      }
    }
    if (pause && (k & 4095) === 4095) await pause();
  }
  return {
    slots: table.slots,
    high: table.high,
    low: table.low,
    keys,
    offsets,
    ids,
    masks,
    ...denseOf(documents, keys, offsets, ids, masks),
  };
}

const END = 0x7fffffff;

/** A piece of postings work: build from texts, or derive from a previous segment's postings. */
export type PostingsJob = { kind: 'build'; input: PostingsInput } | { kind: 'merge'; input: MergeInput };

export function runJob(job: PostingsJob, pause?: () => Promise<void>): Promise<PostingsOutput> {
  return job.kind === 'merge' ? mergePostings(job.input, pause) : buildPostings(job.input, pause);
}

/** The arrays of an output that can be moved to another thread (shared ones are shared anyway), for postMessage's transfer list. */
export function transferables(output: PostingsOutput): ArrayBuffer[] {
  return [
    output.slots,
    output.high,
    output.low,
    output.offsets,
    output.ids,
    output.masks,
    output.denseKeys,
    output.denseMasks,
  ]
    .map((a) => a.buffer)
    .filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}
