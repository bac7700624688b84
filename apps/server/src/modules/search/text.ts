/**
 * Text folding and the units the index is built from. Chinese has no spaces, so the index keeps
 * every character and every pair of neighbouring characters (unigrams and bigrams): any word of a
 * query, however the query was phrased, is found as the bigrams it is made of, without a dictionary.
 * Runs of Latin letters and digits count as one unit (ICP, 12345).
 */
import * as OpenCC from 'opencc-js/t2cn';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

// Zero-width and formatting characters a pasted query may carry (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen).
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g;

/**
 * Full-width to half-width (NFKC: ＡＢＣ１２３ → ABC123, compatibility ideographs → unified), lower
 * case, invisible characters removed, traditional characters folded to simplified.
 */
export function fold(text: string): string {
  const nfkc = text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
  return hasHan(nfkc) ? toSimplified(nfkc) : nfkc;
}

/** Folding for catalogue text, which is written in simplified characters: no conversion table. */
export function foldFast(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
}

const HAN = /\p{Script=Han}/u;
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x3134f) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    cp === 0x3007
  );
}

/**
 * Unit ids. A Han character is its own code point (below 2^18), so the ids of Chinese text need no
 * table; a Latin/digit word gets the next free id above that, from a table shared by every index
 * in the process so that keys built at different times agree.
 */
const WORD_BASE = 1 << 18;
const wordIds = new Map<string, number>();
export const MAX_UNITS = 1 << 21;

function wordId(word: string): number {
  let id = wordIds.get(word);
  if (id === undefined) {
    id = WORD_BASE + wordIds.size + 1;
    if (id >= MAX_UNITS) return 0; // practically unreachable; unit 0 matches nothing useful
    wordIds.set(word, id);
  }
  return id;
}

/**
 * Writes the unit ids of folded text into `out` from position 0 and returns how many: Han
 * characters one by one, Latin/digit runs whole, anything else a separator (-1). `out` must hold
 * `folded.length` values (a text never has more units than UTF-16 code units).
 */
export function unitsInto(folded: string, out: Int32Array): number {
  let n = 0;
  let wordStart = -1;
  const length = folded.length;
  for (let i = 0; i < length; i++) {
    let cp = folded.charCodeAt(i);
    if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a)) {
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (wordStart >= 0) {
      out[n++] = wordId(folded.slice(wordStart, i));
      wordStart = -1;
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < length) {
      const low = folded.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    out[n++] = isHan(cp) ? cp : -1;
  }
  if (wordStart >= 0) out[n++] = wordId(folded.slice(wordStart));
  return n;
}

let scratch = new Int32Array(256);

/** Splits folded text into unit ids: Han characters one by one, Latin/digit runs whole; the rest are separators (-1). */
export function units(folded: string): number[] {
  if (scratch.length < folded.length) scratch = new Int32Array(folded.length * 2);
  const n = unitsInto(folded, scratch);
  return Array.from(scratch.subarray(0, n));
}

/** The index key of one unit. */
export function unigramKey(a: number): number {
  return a;
}

/** The index key of two neighbouring units (distinct from every unigram key). */
export function bigramKey(a: number, b: number): number {
  return (a + 1) * MAX_UNITS + b;
}

/** A key as the two 32-bit integers an index stores: 0 and the unit, or the first unit + 1 and the second. */
export function keyHigh(key: number): number {
  return Math.floor(key / MAX_UNITS);
}
export function keyLow(key: number): number {
  return key % MAX_UNITS;
}

/**
 * The keys a phrase must all contain to match: its bigrams, or its one unigram when it is a single
 * unit. Separators split the phrase into parts, each contributing its own keys.
 */
export function phraseKeys(folded: string): number[] {
  const u = units(folded);
  const keys = new Set<number>();
  let runStart = 0;
  for (let i = 0; i <= u.length; i++) {
    if (i < u.length && u[i]! >= 0) continue;
    const run = u.slice(runStart, i);
    if (run.length === 1) keys.add(unigramKey(run[0]!));
    for (let j = 0; j + 1 < run.length; j++) keys.add(bigramKey(run[j]!, run[j + 1]!));
    runStart = i + 1;
  }
  return [...keys];
}
