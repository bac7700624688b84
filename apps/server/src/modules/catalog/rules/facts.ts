/**
 * Small pure readings of a proof entry shared by the rule table. Keyword lists live here, next to
 * the seed passage they come from, so a reviewer can see why a name triggers a rule.
 */
import {
  BASIS_RANKS,
  ProofEntryFields,
  SUBSTITUTE_METHODS,
  type BasisRank,
  type ExclusionCategory,
  type SubstituteMethod,
} from '@pfc/contracts';
import type { Lang, RuleEntry } from './types';

/** 法律 / 行政法规 / 地方性法规: what the seeds call 法律法规 (see RULE1 in table-entry.ts). */
export const STATUTORY_RANKS: ReadonlySet<BasisRank> = new Set([
  'law',
  'administrative_regulation',
  'local_regulation',
]);

/** The contract's own limit, so the rule and the schema never disagree. */
export const NAME_MAX_LENGTH: number = ProofEntryFields.name.maxLength ?? 100;
/** 002 问答十五 asks for a 详细 reason; ten meaningful characters is about one real clause. */
export const MUST_SUBMIT_REASON_MIN = 10;
/** A cancel reason of fewer characters than this cannot say anything ("无", "取消"). */
export const CANCEL_REASON_MIN = 4;

/** Seed 002 问答十三: commitment first, data sharing second, departmental assistance as fallback. */
export const PREFERENCE: readonly SubstituteMethod[] = ['commitment', 'data_sharing', 'assistance'];

/** 003 §(二)3: no disclosure for 国家机密; national-security matters are classified as a rule. */
export const SECRET_CATEGORIES: ReadonlySet<ExclusionCategory> = new Set(['state_secrets', 'national_security']);

/**
 * 002 §三.2 and 问答六: the applicant's own licences and certificates, approval forms, judicial
 * documents and litigation evidence are not proofs of this clean-up. `(?!明)` keeps 身份证明,
 * 离婚证明 … (real proofs) out of the match.
 */
const OUT_OF_SCOPE =
  /身份证(?!明)|户口簿|户口本|户籍簿|学生证(?!明)|营业执照|不动产权证(?!明)|房产证(?!明)|结婚证(?!明)|离婚证(?!明)|驾驶证(?!明)|行驶证(?!明)|护照|审批表|公证书|判决书|裁定书|调解书|裁决书|诉讼证据/;
/** 002 §一 第4条 excepts judicial documents from "covered by other material". */
export const JUDICIAL = /公证书|判决书|裁定书|调解书|裁决书/;
/** 002 问答七 names these as absurd (奇葩) proofs. */
export const ODD_PROOF = /品行端正|风力|正常人|就业未成功|(母亲|父亲)是(他|她|其)的?(母亲|父亲)/;
/** 002 问答七: family, marriage and low-income proofs demanded although 户籍簿、结婚证、低保证 were shown. */
export const FAMILY_PROOF = /亲属关系|家庭关系|家庭成员关系|婚姻关系|夫妻关系|父母子女关系|低收入/;
/** 003 §(二)3: personal privacy is never disclosed; these words mark sensitive personal facts. */
export const PRIVATE_FACT = /疾病|病历|病情|健康|体检|残疾|医学|诊断|精神|生育|妊娠|收入|存款|婚姻|犯罪|低保/;
/** 002 问答十五 complains of 出具证明的部门不明确. */
export const VAGUE_ISSUER =
  /(相关|有关|其他|其它)(部门|单位|机构)|等(部门|单位|机构)|^(行业)?主管(部门|单位)$|^(各|多个)/;
/** 002 问答五、十: a proof is issued by a third party; what applicants write themselves is not one. */
export const SELF_ISSUER = /^(申请人|申请单位|本人|当事人|个人|自己|承诺人)(本人)?(自行出具|自述|自书)?$|自行出具/;

/**
 * Endings of well-formed proof names (002 问答十五 "准确表述证明材料名称"). Generous on purpose:
 * 证明书, 鉴定报告, 审核意见, 回执单 … are all fine; only names like "无犯罪记录" or
 * "他母亲是他母亲" are flagged.
 */
const STANDARD_ENDING = /(证明|证|材料|书|信|报告|鉴定|意见|函|表|单|记录|簿|照|据|票|文件|批复|档案|回执)$/;
/** A name stating an absence (无犯罪记录, 未婚) is the fact proved; only a proof can attest it. */
const ABSENCE = /^(无|未|没有)/;
const PROOF_ENDING = /(证明|证明书|证明材料|证明信|证|书|报告)$/;
/** Trailing qualifiers such as （国内）, (个人), 【新办】 do not change what the name ends with. */
const TRAILING_QUALIFIER = /(\s|\p{P}|（[^（）]*）|\([^()]*\)|【[^【】]*】)+$/u;

export const trimmed = (text: string): string => text.trim();

/** Characters that carry meaning: letters, digits, CJK; not spaces, punctuation or symbols. */
export function meaningfulLength(text: string): number {
  return Array.from(text.replace(/[\s\p{P}\p{S}]/gu, '')).length;
}

export function nameIsInvalid(name: string): boolean {
  return !/\p{L}/u.test(name);
}

export function nameIsTooLong(name: string): boolean {
  return Array.from(name).length > NAME_MAX_LENGTH;
}

export function nameIsStandard(name: string): boolean {
  const core = name.trim().replace(TRAILING_QUALIFIER, '');
  return ABSENCE.test(core) ? PROOF_ENDING.test(core) : STANDARD_ENDING.test(core);
}

export function outOfScopeKeyword(name: string): string | null {
  return OUT_OF_SCOPE.exec(name)?.[0] ?? null;
}

/** Highest rank cited, or null when no basis is given at all. */
export function highestRank(entry: RuleEntry): BasisRank | null {
  const ranks = new Set(entry.legalBasis.map((basis) => basis.rank));
  return (Object.keys(BASIS_RANKS) as BasisRank[]).find((rank) => ranks.has(rank)) ?? null;
}

export function hasStatutoryBasis(entry: RuleEntry): boolean {
  return entry.legalBasis.some((basis) => STATUTORY_RANKS.has(basis.rank));
}

export function rankLabel(rank: BasisRank | null, lang: Lang): string {
  if (rank === null) return lang === 'zh' ? '未填写任何依据' : 'no basis given';
  return BASIS_RANKS[rank]?.[lang] ?? rank;
}

export const isRetained = (entry: RuleEntry): boolean => entry.disposition === 'retain';
export const isCancelled = (entry: RuleEntry): boolean => entry.disposition === 'cancel';

export function methodsOf(entry: RuleEntry): SubstituteMethod[] {
  return entry.substitutes.map((substitute) => substitute.method);
}

export const offers = (entry: RuleEntry, method: SubstituteMethod): boolean => methodsOf(entry).includes(method);

export function duplicatedMethods(entry: RuleEntry): SubstituteMethod[] {
  const methods = methodsOf(entry);
  return [...new Set(methods.filter((method, index) => methods.indexOf(method) !== index))];
}

/** Distinct methods other than must_submit, by first mention, must follow PREFERENCE. */
export function outOfPreferenceOrder(entry: RuleEntry): boolean {
  const ranks = [...new Set(methodsOf(entry))].map((method) => PREFERENCE.indexOf(method)).filter((rank) => rank >= 0);
  return ranks.some((rank, index) => index > 0 && rank < (ranks[index - 1] ?? rank));
}

export function methodLabels(methods: readonly SubstituteMethod[], lang: Lang): string {
  return methods.map((method) => SUBSTITUTE_METHODS[method]?.[lang] ?? method).join(lang === 'zh' ? '、' : ', ');
}

export function basisWithoutArticle(entry: RuleEntry): string | null {
  const basis = entry.legalBasis.find((item) => item.rank !== 'none' && trimmed(item.article) === '');
  return basis ? trimmed(basis.instrument) : null;
}

export function unknownServiceItems(entry: RuleEntry, known: ReadonlySet<string> | undefined): string[] {
  if (!known) return [];
  return [...new Set(entry.serviceItemIds.filter((id) => !known.has(id)))];
}
