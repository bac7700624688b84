// Identifier validation and display masking shared by the server and the browser app.
// Pure string maths only: no Node APIs, no Intl, no locale-dependent calls.

export type ValidationFailure = 'length' | 'format' | 'birthdate' | 'region' | 'checksum';
export type ValidationResult = { ok: true; value: string } | { ok: false; reason: ValidationFailure };

const ZERO_WIDTH = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/g;

/**
 * Canonical form of a typed or pasted identifier. Chinese IMEs produce full-width characters and
 * copy-paste from PDFs and web pages brings zero-width and no-break spaces, so validation works on
 * this form, never on the raw input.
 */
export function normalizeIdentifier(s: string): string {
  if (typeof s !== 'string') return '';
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    // U+FF01..U+FF5E mirror ASCII 0x21..0x7E (０-９, Ａ-Ｚ, ａ-ｚ incl. ｘ).
    out += cp >= 0xff01 && cp <= 0xff5e ? String.fromCharCode(cp - 0xfee0) : ch;
  }
  // ASCII-only upper-casing: toUpperCase() would expand e.g. 'ß' and change the length.
  return out
    .replace(ZERO_WIDTH, '')
    .replace(/\s+/g, '')
    .replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 32));
}

const codePointLength = (s: string): number => Array.from(s).length;

// ---------------------------------------------------------------- resident ID (GB 11643-1999)

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_CHARS = '10X98765432';

/** Check character for the first 17 digits (ISO 7064 MOD 11-2). Throws on non-digit input. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('residentIdCheckChar needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK_CHARS[sum % 11] ?? '';
}

/** Today's date as YYYYMMDD in China Standard Time (UTC+8, no DST since 1991), whatever the host zone. */
function chinaDateNumber(now: Date): number {
  const t = new Date(now.getTime() + 8 * 3_600_000);
  return t.getUTCFullYear() * 10_000 + (t.getUTCMonth() + 1) * 100 + t.getUTCDate();
}

function isRealBirthDate(yyyymmdd: string, now: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= monthDays && Number(yyyymmdd) <= chinaDateNumber(now);
}

export interface ResidentIdOptions {
  /** Clock for the "birth date not in the future" rule; defaults to the current time. */
  now?: Date;
}

export function validateResidentId(s: string, options: ResidentIdOptions = {}): ValidationResult {
  const value = normalizeIdentifier(s);
  if (codePointLength(value) !== 18) return { ok: false, reason: 'length' };
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, reason: 'format' };
  if (!/^[1-8]/.test(value)) return { ok: false, reason: 'region' };
  if (!isRealBirthDate(value.slice(6, 14), options.now ?? new Date())) return { ok: false, reason: 'birthdate' };
  if (residentIdCheckChar(value.slice(0, 17)) !== value[17]) return { ok: false, reason: 'checksum' };
  return { ok: true, value };
}

export function isValidResidentId(s: string, options?: ResidentIdOptions): boolean {
  return validateResidentId(s, options).ok;
}

// ------------------------------------------------------- unified social credit code (GB 32100-2015)

const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const CREDIT_FORMAT = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** Check character for the first 17 characters (ISO 7064 MOD 31-3 style). Throws on bad input. */
export function creditCodeCheckChar(first17: string): string {
  if (!/^[0-9A-HJ-NPQRTUWXY]{17}$/.test(first17)) throw new Error('creditCodeCheckChar needs 17 code characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_ALPHABET.indexOf(first17[i] ?? '') * (CREDIT_WEIGHTS[i] ?? 0);
  return CREDIT_ALPHABET[(31 - (sum % 31)) % 31] ?? '';
}

/*
 * Deliberately NOT enforced: the GB 11714 check character of the embedded organization code
 * (positions 9-17). In every verified real code we tried it holds (91350100M000100Y43,
 * 91110000802100433B, 9144030071526726XG, the ~100 "found online" codes in python-stdnum's
 * tests), but 911100001011215130 passes the mod-31 rule and fails it, and issuance is known to be
 * inconsistent (hutool issues #2020/#4119: real pre-2016 Xiamen codes such as 91350203M0001QKT19
 * even fail the outer mod-31 check). Rejecting a real enterprise locks it out of the platform,
 * while the inner check adds almost nothing: mod 31 already catches every single-character error
 * and every adjacent transposition. It is exported as an advisory hint only.
 */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** GB 11714 check character for an 8-character organization-code body (digits and A-Z). */
export function organizationCodeCheckChar(first8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(first8)) throw new Error('organizationCodeCheckChar needs 8 characters 0-9/A-Z');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(first8[i] ?? '0', 36) * (ORG_WEIGHTS[i] ?? 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Advisory: does the embedded organization code carry a correct GB 11714 check character? */
export function hasConsistentOrganizationCode(s: string): boolean {
  const v = normalizeIdentifier(s);
  if (!CREDIT_FORMAT.test(v)) return false;
  return organizationCodeCheckChar(v.slice(8, 16)) === v[16];
}

export function validateCreditCode(s: string): ValidationResult {
  const value = normalizeIdentifier(s);
  if (codePointLength(value) !== 18) return { ok: false, reason: 'length' };
  if (!CREDIT_FORMAT.test(value)) return { ok: false, reason: 'format' };
  // GB/T 2260 codes start with 1-8; 100000 is the national level (e.g. central SOEs, banks).
  if (!/^[1-8]/.test(value.slice(2, 8))) return { ok: false, reason: 'region' };
  if (creditCodeCheckChar(value.slice(0, 17)) !== value[17]) return { ok: false, reason: 'checksum' };
  return { ok: true, value };
}

export function isValidCreditCode(s: string): boolean {
  return validateCreditCode(s).ok;
}

export function isMainlandMobile(s: string): boolean {
  return /^1[3-9]\d{9}$/.test(normalizeIdentifier(s));
}

// ------------------------------------------------------------------------------------ masking
// Every mask is idempotent (mask(mask(x)) === mask(x)) so that a value masked upstream can pass
// through another masking layer unchanged, and none throws: they run on public pages and exports.

const stars = (n: number): string => '*'.repeat(Math.max(0, n));

/** Keeps only the first and last character: the birth date (positions 7-14) is never shown. */
export function maskResidentId(s: string): string {
  const cps = Array.from(normalizeIdentifier(s));
  if (cps.length <= 2) return stars(cps.length);
  return `${cps[0]}${stars(cps.length - 2)}${cps[cps.length - 1]}`;
}

/** Mainland mobiles as 138****5678; any other number keeps only its last 4 characters. */
export function maskPhone(s: string): string {
  const v = normalizeIdentifier(s).replace(/-/g, '');
  const mobile = /^(?:\+?86)?(1[3-9]\d{9})$/.exec(v)?.[1];
  if (mobile) return `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
  if (/^1[3-9]\d\*{4}\d{4}$/.test(v)) return v; // already masked
  const cps = Array.from(v);
  if (cps.length <= 4) return stars(cps.length);
  return stars(cps.length - 4) + cps.slice(-4).join('');
}

/** 张三 → 张*, 欧阳娜娜 → 欧***, 张 → *. Counts code points so CJK Extension B names stay aligned. */
export function maskPersonName(s: string): string {
  const cps = Array.from(typeof s === 'string' ? s.replace(ZERO_WIDTH, '').trim() : '');
  if (cps.length <= 1) return stars(cps.length);
  return `${cps[0]}${stars(cps.length - 1)}`;
}

const HAN = /^\p{Script=Han}$/u;
// Inside a place name these mean we have reached street, village or building level.
const BELOW_DISTRICT = /[路街巷弄号村镇乡]/;
// 区/市 endings that name a compound, campus or shop rather than an administrative division.
const NOT_A_DIVISION = new Set([
  '小区',
  '社区',
  '园区',
  '校区',
  '景区',
  '厂区',
  '街区',
  '片区',
  '营区',
  '超市',
  '菜市',
  '门市',
  '夜市',
  '集市',
  '早市',
]);
const MAX_ANCHOR = 12;
const MAX_SEGMENT = 8;

/** End index (exclusive) of the province / municipality anchor (…省, …市, …自治区, …特别行政区). */
function findAnchorEnd(cps: string[]): number {
  for (let i = 0; i < Math.min(cps.length, MAX_ANCHOR); i++) {
    const ch = cps[i] ?? '';
    if (!HAN.test(ch) || (i > 0 && BELOW_DISTRICT.test(ch))) return 0;
    if (ch === '省' || ch === '市') return i + 1;
    if (ch === '区' || ch === '县' || ch === '旗') {
      const tail = cps.slice(0, i + 1).join('');
      if (tail.endsWith('自治区') || tail.endsWith('特别行政区')) return i + 1;
      return 0; // a district before any province/city: not an address we can cut safely
    }
  }
  return 0;
}

/** End index (exclusive) of the first 区/县/市/旗 division right after `start`, if plausible. */
function findDivisionEnd(cps: string[], start: number): number | undefined {
  for (let j = start; j < Math.min(cps.length, start + MAX_SEGMENT); j++) {
    const ch = cps[j] ?? '';
    if (!HAN.test(ch) || (j > start && BELOW_DISTRICT.test(ch))) return undefined;
    if (j > start && '区县市旗'.includes(ch)) {
      return NOT_A_DIVISION.has(`${cps[j - 1]}${ch}`) ? undefined : j + 1;
    }
  }
  return undefined;
}

/**
 * Keeps the address down to the district/county (北京市海淀区****, 广东省深圳市****) and hides
 * the rest. When the structure is not recognisable everything is hidden: over-masking is
 * harmless, a leaked street address is not.
 */
export function maskAddress(s: string): string {
  if (typeof s !== 'string') return '';
  const cps = Array.from(s.replace(ZERO_WIDTH, '').replace(/\s+/g, ''));
  if (cps.length === 0) return '';
  const anchorEnd = findAnchorEnd(cps);
  if (anchorEnd === 0) return '****';
  const end = findDivisionEnd(cps, anchorEnd) ?? anchorEnd;
  return `${cps.slice(0, end).join('')}****`;
}
