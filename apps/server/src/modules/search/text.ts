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

function isWordChar(cp: number): boolean {
  return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a);
}

/**
 * Unit ids: every distinct character or Latin word gets a small integer, shared by every index in
 * the process so that keys built at different times agree.
 */
const unitIds = new Map<string, number>();
export const MAX_UNITS = 1 << 21;

function unitId(unit: string): number {
  let id = unitIds.get(unit);
  if (id === undefined) {
    id = unitIds.size + 1;
    if (id >= MAX_UNITS) return 0; // practically unreachable; unit 0 matches nothing useful
    unitIds.set(unit, id);
  }
  return id;
}

/** Splits folded text into unit ids: Han characters one by one, Latin/digit runs whole; the rest are separators (-1). */
export function units(folded: string): number[] {
  const out: number[] = [];
  let word = '';
  for (const ch of folded) {
    const cp = ch.codePointAt(0)!;
    if (isWordChar(cp)) {
      word += ch;
      continue;
    }
    if (word) {
      out.push(unitId(word));
      word = '';
    }
    out.push(isHan(cp) ? unitId(ch) : -1);
  }
  if (word) out.push(unitId(word));
  return out;
}

/** The index key of one unit. */
export function unigramKey(a: number): number {
  return a;
}

/** The index key of two neighbouring units (distinct from every unigram key). */
export function bigramKey(a: number, b: number): number {
  return (a * MAX_UNITS + b) * 2 + MAX_UNITS * 2;
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
