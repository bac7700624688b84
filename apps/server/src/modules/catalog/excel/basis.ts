/**
 * 设定依据 text ↔ LegalBasis[]. Units write it as "《中华人民共和国婚姻法》第八条；《婚姻登记条例》第五条",
 * sometimes without 《》, sometimes continuing an instrument after a semicolon ("…第一条；第三条").
 * The rank (效力层级) is not in the file; it is inferred from the instrument's name, which is how a
 * reviewer reads it too. The inference is a first guess the legality review can correct.
 */
import type { BasisRank, LegalBasis } from '@pfc/contracts';

const NONE_WORDS = /^(无|暂无|没有|不详|无依据|无明确依据|无设定依据|无法律依据|无法定依据|[/／\-—－]+)[。.]?$/;
const SEGMENT_SEPARATORS = new Set(['；', ';', '\n', '。']);
const EDGE_PUNCTUATION = /^[\s、，,：:；;。]+|[\s、，,：:；;。]+$/g;
const ARTICLE = /^(.*?)(第[〇零一二三四五六七八九十百千两\d]+条.*)$/s;
const TRAILING_CONNECTOR = /(?:[\s、，,。；;]|以及|和|及|与)+$/;
const LEAD_WORDS = /^(根据|依据|按照|依照|参照)/;

export interface BasisParse {
  bases: LegalBasis[];
  /** Pieces we could not attribute to any instrument (an article with no document before it). */
  unreadable: string[];
}

/** Splits at separators outside 《》, so a semicolon inside a document title does not split it. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '《') depth++;
    else if (ch === '》') depth = Math.max(0, depth - 1);
    if (depth === 0 && SEGMENT_SEPARATORS.has(ch)) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((p) => p.replace(EDGE_PUNCTUATION, '')).filter((p) => p !== '');
}

function cleanArticle(raw: string): string {
  return raw.replace(EDGE_PUNCTUATION, '').replace(TRAILING_CONNECTOR, '');
}

function basis(instrument: string, article: string): LegalBasis {
  return { instrument, article, rank: inferRank(instrument) };
}

/** A segment without 《》: "婚姻登记条例第五条", or "第三条" continuing the previous instrument. */
function parsePlain(segment: string, out: LegalBasis[], unreadable: string[]): void {
  const m = ARTICLE.exec(segment);
  const name = (m ? m[1]! : segment).replace(LEAD_WORDS, '').replace(EDGE_PUNCTUATION, '');
  const article = m ? cleanArticle(m[2]!) : '';
  if (name !== '') {
    out.push(basis(`《${name}》`, article));
    return;
  }
  const previous = out.at(-1);
  if (previous) previous.article = previous.article ? `${previous.article}；${article}` : article;
  else unreadable.push(segment);
}

/** A segment with one or more 《…》; text after each title up to the next one is its article. */
function parseBracketed(segment: string, out: LegalBasis[], unreadable: string[]): void {
  let open = segment.indexOf('《');
  // Text before the first title is usually "根据"; anything more is an instrument written plainly.
  const lead = cleanArticle(segment.slice(0, open).replace(LEAD_WORDS, ''));
  if (lead !== '') parsePlain(lead, out, unreadable);
  while (open >= 0) {
    let depth = 0;
    let close = -1;
    for (let i = open; i < segment.length; i++) {
      if (segment[i] === '《') depth++;
      else if (segment[i] === '》' && --depth === 0) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      // An unclosed 《: read the rest as if it had no brackets at all.
      parsePlain(segment.slice(open + 1), out, unreadable);
      return;
    }
    const next = segment.indexOf('《', close + 1);
    const instrument = segment.slice(open, close + 1);
    const article = cleanArticle(segment.slice(close + 1, next < 0 ? undefined : next));
    if (instrument === '《》') unreadable.push(segment);
    else out.push(basis(instrument, article));
    open = next;
  }
}

export function parseLegalBasis(text: string): BasisParse {
  const bases: LegalBasis[] = [];
  const unreadable: string[] = [];
  if (NONE_WORDS.test(text.trim())) return { bases, unreadable };
  for (const segment of splitTopLevel(text)) {
    if (NONE_WORDS.test(segment)) continue;
    if (segment.includes('《')) parseBracketed(segment, bases, unreadable);
    else parsePlain(segment, bases, unreadable);
  }
  return { bases, unreadable };
}

export function formatLegalBasis(bases: readonly LegalBasis[]): string {
  return bases
    .map((b) => {
      const instrument =
        b.instrument.startsWith('《') && b.instrument.endsWith('》') ? b.instrument : `《${b.instrument}》`;
      return `${instrument}${b.article}`;
    })
    .join('；');
}

const PROVINCES =
  '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|' +
  '四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门';
const PROVINCE_PREFIX = new RegExp(`^(${PROVINCES})`);
// "济南市…", "延边朝鲜族自治州…", "深圳经济特区…": a place name of 2–7 characters, then its level.
// Ordinary words that contain 市 or 县 ("城市", "县级") start national titles, hence the exclusions.
const LOCAL_PREFIX = /^[\u4e00-\u9fa5]{2,7}?(省|自治区|市|自治州|盟|县|自治县|经济特区|特别行政区)/;
const NATIONAL_PREFIX = /^(中华人民共和国|国务院|全国|国家|城市|城镇|城乡|县级|乡镇|地方)/;

function isLocal(name: string): boolean {
  if (NATIONAL_PREFIX.test(name)) return false;
  return PROVINCE_PREFIX.test(name) || LOCAL_PREFIX.test(name);
}

/**
 * Rank from the title: …法 → law; 《…条例》 national → administrative regulation, with a province or
 * city in front → local regulation; …办法/规定/细则 → rule; 通知/意见/方案 and anything unrecognised →
 * normative document (the many kinds of 规范性文件 have no fixed suffix, so that is the safe default).
 */
export function inferRank(instrument: string): BasisRank {
  const name = instrument
    .trim()
    .replace(/^《|》$/g, '')
    // Edition notes such as "（2019年修正）" or "（试行）" say nothing about the rank.
    .replace(/(\s*[（(][^（）()]*[）)])+$/, '')
    .trim();
  if (name === '') return 'none';
  if (/^(全国人民代表大会|全国人大)/.test(name) && /决定$/.test(name)) return 'law';
  if (/^国务院/.test(name) && /决定$/.test(name)) return 'administrative_regulation';
  // Provincial congresses pass "…实施《中华人民共和国…法》办法" as local regulations.
  if (isLocal(name) && /实施[《〈<].+法[》〉>]办法$/.test(name)) return 'local_regulation';
  // 办法 ends in 法, so the rule suffixes are checked before the law suffix.
  if (/(办法|规定|细则|规则)$/.test(name)) return 'rule';
  if (/(法典|(?<![方办做用说手看想写])法)$/.test(name)) return 'law';
  if (/条例$/.test(name)) return isLocal(name) ? 'local_regulation' : 'administrative_regulation';
  return 'normative_document';
}
