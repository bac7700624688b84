/**
 * The free-text columns with a fixed vocabulary (处理意见, 替代方式, 核查方式, 办理事项) ↔ values.
 * Units write these by hand, so reading is lenient about wording; writing uses the contract's labels.
 */
import {
  SUBSTITUTE_METHODS,
  VERIFICATION_METHODS,
  type Substitute,
  type SubstituteMethod,
  type VerificationMethod,
} from '@pfc/contracts';
import type { ImportDisposition, ImportMode } from './types';

export const DISPOSITION_LABELS: Record<ImportDisposition, string> = {
  retain: '保留',
  cancel: '取消',
  commitment: '告知承诺',
  exempt: '免提交',
};

const DISPOSITION_WORDS = new Map<string, ImportDisposition>([
  ['保留', 'retain'],
  ['取消', 'cancel'],
  ['直接取消', 'cancel'],
  ['告知承诺', 'commitment'],
  ['承诺', 'commitment'],
  ['免提交', 'exempt'],
  ['免于提交', 'exempt'],
  ['免予提交', 'exempt'],
  ['免交', 'exempt'],
  ['无需提交', 'exempt'],
]);
const PUBLISHED_ONLY = new Set<ImportDisposition>(['commitment', 'exempt']);

export type DispositionRead =
  | { ok: true; value: ImportDisposition }
  | { ok: false; code: 'REQUIRED' | 'UNKNOWN_DISPOSITION' | 'DISPOSITION_NOT_ALLOWED' };

/** "拟保留", "予以取消", "实行告知承诺制", "保留（告知承诺）" are all read by their core word. */
export function readDisposition(text: string, mode: ImportMode): DispositionRead {
  const core = text
    .replace(/\s+/g, '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/^(拟|建议|予以|同意|实行)+/, '')
    .replace(/制$/, '');
  if (core === '') return { ok: false, code: 'REQUIRED' };
  const value = DISPOSITION_WORDS.get(core);
  if (value === undefined) return { ok: false, code: 'UNKNOWN_DISPOSITION' };
  if (mode === 'inventory' && PUBLISHED_ONLY.has(value)) return { ok: false, code: 'DISPOSITION_NOT_ALLOWED' };
  return { ok: true, value };
}

/** Splits on the separators units use between list items, outside brackets. */
function splitList(text: string, separators: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    if (depth === 0 && separators.test(ch)) {
      parts.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current.trim());
  return parts.filter((p) => p !== '');
}

/** 办理事项: split on 、；;,， and newlines; order kept, duplicates dropped. */
export function splitServiceItems(text: string): string[] {
  return [...new Set(splitList(text, /[、；;,，\n]/))];
}

const SUBSTITUTE_KEYWORDS: ReadonlyArray<readonly [RegExp, SubstituteMethod]> = [
  [/告知承诺|书面承诺|承诺/g, 'commitment'],
  [/信息共享|数据共享|电子证照|共享/g, 'data_sharing'],
  [/部门协查|部门协助|协查|协助/g, 'assistance'],
  [/(?:仍需|仍须|需要|需|须)?提交/g, 'must_submit'],
];
// "免提交" and "不再提交" mean the opposite of "仍需提交"; blank them out before matching 提交.
const NEGATED_SUBMIT = /(免于|免予|免|无需|无须|不再|不需|不必|不用)提交/g;
const NOTHING = /^(无|[/／\-—－]+)$/;

export interface SubstitutesRead {
  substitutes: Substitute[];
  /** Items naming no known method, for the row error. */
  unknown: string[];
}

/**
 * 替代方式: "告知承诺；信息共享（公安人口库）；部门协查". Each item may carry a note in brackets; an
 * item naming several methods ("信息共享或部门协查") yields each of them. Order kept, repeats dropped.
 */
export function readSubstitutes(text: string): SubstitutesRead {
  const found: Substitute[] = [];
  const unknown: string[] = [];
  for (const item of splitList(text, /[、；;,，/／+＋|\n]/)) {
    if (NOTHING.test(item)) continue;
    const noted = /^(.*?)[（(](.*)[）)]$/s.exec(item);
    const head = (noted ? noted[1]! : item).replace(NEGATED_SUBMIT, '');
    const note = noted?.[2]?.trim();
    const hits: Array<{ at: number; method: SubstituteMethod }> = [];
    for (const [pattern, method] of SUBSTITUTE_KEYWORDS) {
      for (const m of head.matchAll(pattern)) hits.push({ at: m.index!, method });
    }
    if (hits.length === 0) {
      // "免提交" alone says no substitute is needed: nothing to record, nothing wrong.
      if (head.trim() !== '') unknown.push(item);
      continue;
    }
    hits.sort((a, b) => a.at - b.at);
    const methods = [...new Set(hits.map((h) => h.method))];
    for (const method of methods) {
      // A note belongs to its item; with several methods in one item we cannot tell whose it is.
      found.push(methods.length === 1 && note ? { method, note } : { method });
    }
  }
  const seen = new Set<SubstituteMethod>();
  return { substitutes: found.filter((s) => !seen.has(s.method) && seen.add(s.method)), unknown };
}

export function formatSubstitutes(substitutes: readonly Substitute[]): string {
  return substitutes.map((s) => `${SUBSTITUTE_METHODS[s.method].zh}${s.note ? `（${s.note}）` : ''}`).join('；');
}

/** 核查方式: lenient keyword reading; anything unrecognised is null (the plan is set later). */
export function readVerificationMethod(text: string): VerificationMethod | null {
  if (text === '') return null;
  if (/免于核查|免予核查|免核查|无需核查|不需核查|不核查/.test(text)) return 'exempt';
  if (/在线|网上|电子证照|共享/.test(text)) return 'online';
  if (/协查|协助/.test(text)) return 'assistance';
  if (/现场|实地/.test(text)) return 'on_site';
  if (/免/.test(text)) return 'exempt';
  return null;
}

export function formatVerificationMethod(method: VerificationMethod | null): string {
  return method === null ? '' : VERIFICATION_METHODS[method].zh;
}
