/**
 * From what a person types ("户口证明还要开吗", "開無犯罪證明") to what the index is asked: folded
 * text, synonym groups found anywhere in it (低保 = 最低生活保障), the remaining words with the
 * colloquial filler removed (还要, 开, 吗), and the core phrase used to put an exact name first.
 */
import { fold, phraseKeys } from './text';

/** One thing the query asks for, satisfied by any of its alternatives (a phrase and its synonyms). */
export interface QueryGroup {
  /** What the person typed for it. */
  text: string;
  alternatives: string[];
  /** The index keys each alternative must contain, in the order of `alternatives`. */
  keys: number[][];
}

export interface ParsedQuery {
  folded: string;
  groups: QueryGroup[];
  /** The query without filler and its synonym variants, literal first: compared with names. */
  whole: string[];
}

/** At most this many characters of a query are looked at; a pasted essay is not a question. */
export const MAX_QUERY_CHARS = 64;
/** Ways of saying the whole query compared with names (synonym combinations beyond this are dropped). */
const MAX_WHOLE = 32;

/**
 * Words that carry no meaning in a question about a proof. Only whole words from the segmenter
 * are dropped, so 开 goes in "还要开吗" but 开户 stays.
 */
const FILLER = new Set(
  (
    '我 我们 你 您 他 她 要 还要 还 需要 需 得 什么 啥 哪些 哪个 哪 怎么 怎样 如何 吗 呢 吧 啊 呀 了 的 地 是 是否 是不是 有没有 ' +
    '开 开具 出具 办 办理 去 到 在 哪里 哪儿 能 能否 可以 不用 用 请问 查询 查 一下 提供 提交 时候 时 和 与 及 或 给 让 被 就 都 也 ' +
    '该 应该 必须 怎么办 还用 需不需要 要不要 现在 以后 仍 仍然 再 又 个 份 张 这 那 这个 那个 上 下 里 中 对 为 为了 一个 多少 ' +
    '当 带 要带 带什么 不要 我要 我还 开个 家里 本人 去吗 找 还得 需要带 ' +
    'how what do i need the a an to of for is'
  ).split(' '),
);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Equivalent phrases (synonym groups), folded, found in queries by longest match. A phrase in
 * several groups expands to all of them (婚姻状况证明 is what both 结婚证明 and 单身证明 mean).
 */
export class SynonymTable {
  private readonly byFirstChar = new Map<string, string[]>();
  private readonly expansions = new Map<string, string[]>();

  constructor(groups: readonly (readonly string[])[]) {
    for (const raw of groups) {
      const group = [...new Set(raw.map((p) => fold(p).trim()).filter(Boolean))];
      if (group.length < 2) continue;
      for (const phrase of group)
        this.expansions.set(phrase, [...new Set([...(this.expansions.get(phrase) ?? []), ...group])]);
    }
    for (const phrase of this.expansions.keys()) {
      const list = this.byFirstChar.get(phrase[0]!) ?? [];
      list.push(phrase);
      this.byFirstChar.set(phrase[0]!, list);
    }
    for (const list of this.byFirstChar.values()) list.sort((a, b) => b.length - a.length);
  }

  get size(): number {
    return this.expansions.size;
  }

  /** The longest synonym phrase starting at `at`, if any. */
  matchAt(text: string, at: number): string | undefined {
    return this.byFirstChar.get(text[at]!)?.find((phrase) => text.startsWith(phrase, at));
  }

  /** All equivalents of a phrase, the phrase itself first: a literal match ranks before a synonym. */
  alternatives(phrase: string): string[] {
    return [phrase, ...(this.expansions.get(phrase) ?? []).filter((p) => p !== phrase)];
  }
}

function groupOf(text: string, alternatives: string[]): QueryGroup | undefined {
  const keys = alternatives.map(phraseKeys);
  if (keys.every((k) => k.length === 0)) return undefined;
  return { text, alternatives, keys };
}

/** Words of a stretch of text without filler; neighbouring single characters join (准/生/证 → 准生证). */
function words(text: string): string[] {
  const out: string[] = [];
  let singles = '';
  const flush = () => {
    if (singles) out.push(singles);
    singles = '';
  };
  for (const s of segmenter.segment(text)) {
    if (!s.isWordLike || FILLER.has(s.segment)) {
      flush();
      continue;
    }
    if ([...s.segment].length === 1 && /\p{Script=Han}/u.test(s.segment)) {
      singles += s.segment;
    } else {
      flush();
      out.push(s.segment);
    }
  }
  flush();
  return out;
}

export function parseQuery(raw: string, synonyms: SynonymTable): ParsedQuery {
  const folded = [...fold(raw)].slice(0, MAX_QUERY_CHARS).join('').trim();
  const groups: QueryGroup[] = [];
  const coreParts: string[] = [];
  let plain = '';
  const flushPlain = () => {
    for (const w of words(plain)) {
      const g = groupOf(w, [w]);
      if (g) {
        groups.push(g);
        coreParts.push(w);
      }
    }
    plain = '';
  };
  for (let i = 0; i < folded.length; ) {
    const m = synonyms.matchAt(folded, i);
    if (!m) {
      plain += folded[i];
      i++;
      continue;
    }
    flushPlain();
    const g = groupOf(m, synonyms.alternatives(m));
    if (g) {
      groups.push(g);
      coreParts.push(m);
    }
    i += m.length;
  }
  flushPlain();
  // The query without filler, and each way of saying it with synonyms (户口证明 → 户籍证明).
  let whole = coreParts.length > 0 ? [''] : [];
  groups.forEach((g) => {
    whole = whole.flatMap((prefix) => g.alternatives.map((o) => prefix + o)).slice(0, MAX_WHOLE);
  });
  return { folded, groups, whole };
}
