/**
 * Test fixtures: realistic proof entries drawn from the seed texts, each with the exact set of
 * finding codes it must produce. Kept apart from the tests so the coverage test can walk them all.
 */
import type { ProofEntryDraft, ProofEntryInput } from '@pfc/contracts';
import type { RuleContext } from './types';

export const ITEM_LAWYER = '3f1c2a4e-8b6d-4c1a-9e2f-1a2b3c4d5e6f';
export const ITEM_HOUSING = '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d';

const LAWYERS_ACT = { instrument: '《中华人民共和国律师法》', article: '第五条、第七条', rank: 'law' } as const;

/** A retained proof that passes every rule: the baseline each case changes one thing of. */
export function retainedEntry(overrides: Partial<ProofEntryInput> = {}): ProofEntryInput {
  return {
    name: '无犯罪记录证明',
    aliases: ['无犯罪证明', '开无犯罪证明'],
    content: '申请人在本市居住期间无犯罪记录',
    serviceItemIds: [ITEM_LAWYER],
    issuingUnitName: '市公安局',
    legalBasis: [LAWYERS_ACT],
    disposition: 'retain',
    cancelRule: null,
    cancelReason: '',
    substitutes: [{ method: 'commitment' }, { method: 'data_sharing', note: '公安人口库' }],
    mustSubmitReason: '',
    commitmentExcluded: false,
    exclusionCategory: null,
    disclosure: false,
    verificationPlan: { method: 'online', timeLimitDays: 5, samplingShare: 1 },
    remarks: '',
    ...overrides,
  };
}

/** A cancelled proof that passes every rule. */
export function cancelledEntry(overrides: Partial<ProofEntryInput> = {}): ProofEntryInput {
  return retainedEntry({
    name: '居民养犬证明',
    content: '申请人饲养犬只情况',
    issuingUnitName: '社区居民委员会',
    legalBasis: [],
    disposition: 'cancel',
    cancelRule: 1,
    cancelReason: '无法律法规依据，社区无法调查核实',
    substitutes: [],
    verificationPlan: null,
    ...overrides,
  });
}

export interface RuleCase {
  title: string;
  /** Mostly complete entries; a few drafts with fields still missing, as the live check sees them. */
  entry: ProofEntryDraft;
  ctx?: RuleContext;
  codes: string[];
}

const MUST_SUBMIT_REASON = '法律要求提交原件，且开具单位数据尚未共享、无法协查';
const normative = {
  instrument: '《市居住证管理办法实施细则》',
  article: '第八条',
  rank: 'normative_document',
} as const;

export const CASES: RuleCase[] = [
  { title: '无犯罪记录证明 on the Lawyers Act with commitment and a plan', entry: retainedEntry(), codes: [] },
  {
    title: '居住证明 on a 规范性文件 only',
    entry: retainedEntry({ name: '居住证明', legalBasis: [normative] }),
    codes: ['RULE1_NO_LEGAL_BASIS'],
  },
  {
    title: '低保家庭证明 on a 规章 only',
    entry: retainedEntry({
      name: '最低生活保障家庭证明',
      legalBasis: [{ instrument: '《社会救助暂行办法》', article: '第十一条', rank: 'rule' }],
    }),
    codes: ['RULE1_NO_LEGAL_BASIS'],
  },
  {
    title: 'retained with no basis at all',
    entry: retainedEntry({ name: '居住证明', legalBasis: [] }),
    codes: ['RULE1_NO_LEGAL_BASIS'],
  },
  {
    title: 'a 地方性法规 is a 法规',
    entry: retainedEntry({
      name: '流动人口居住登记证明',
      legalBasis: [{ instrument: '《甘肃省流动人口服务管理条例》', article: '第十二条', rank: 'local_regulation' }],
    }),
    codes: [],
  },
  {
    title: '问答十六: departmental public-service project',
    entry: retainedEntry({ name: '居住证明', legalBasis: [normative] }),
    ctx: { departmentalPublicService: true },
    codes: ['RULE1_PUBLIC_SERVICE'],
  },
  {
    title: '亲属关系证明 must be submitted, no reason',
    entry: retainedEntry({
      name: '亲属关系证明',
      issuingUnitName: '村民委员会',
      substitutes: [{ method: 'must_submit' }],
    }),
    codes: ['RULE2_OWN_CERTIFICATE', 'MUST_SUBMIT_NO_REASON'],
  },
  {
    title: 'a reason of punctuation only is no reason',
    entry: retainedEntry({
      name: '出生医学证明',
      substitutes: [{ method: 'must_submit' }],
      mustSubmitReason: '无。。。。。。。。。。。……',
    }),
    codes: ['MUST_SUBMIT_NO_REASON'],
  },
  {
    title: '房屋安全鉴定报告 excluded (health and life) and must be submitted with a reason',
    entry: retainedEntry({
      name: '房屋安全鉴定报告',
      issuingUnitName: '市房屋安全鉴定中心',
      substitutes: [{ method: 'must_submit' }],
      mustSubmitReason: MUST_SUBMIT_REASON,
      commitmentExcluded: true,
      exclusionCategory: 'health_and_life',
      verificationPlan: null,
    }),
    codes: [],
  },
  {
    title: 'excluded from commitment without a category',
    entry: retainedEntry({ commitmentExcluded: true, substitutes: [{ method: 'data_sharing' }] }),
    codes: ['EXCLUSION_NO_CATEGORY'],
  },
  {
    title: 'excluded from commitment yet commitment offered',
    entry: retainedEntry({ commitmentExcluded: true, exclusionCategory: 'public_safety' }),
    codes: ['EXCLUSION_WITH_COMMITMENT'],
  },
  {
    title: 'category set, not excluded',
    entry: retainedEntry({ exclusionCategory: 'ecological' }),
    codes: ['CATEGORY_WITHOUT_EXCLUSION'],
  },
  {
    title: "结婚证 is the applicant's own certificate",
    entry: retainedEntry({ name: '结婚证', issuingUnitName: '民政局婚姻登记处' }),
    codes: ['OUT_OF_SCOPE'],
  },
  {
    title: '婚姻状况证明 is a real proof',
    entry: retainedEntry({ name: '婚姻状况证明', issuingUnitName: '民政局婚姻登记处' }),
    codes: [],
  },
  {
    title: '民事判决书 cancelled under rule 4',
    entry: cancelledEntry({
      name: '民事判决书',
      issuingUnitName: '市人民法院',
      cancelRule: 4,
      cancelReason: '可由其他材料代替',
    }),
    codes: ['OUT_OF_SCOPE', 'CANCEL_RULE4_JUDICIAL'],
  },
  { title: '居民养犬证明 cancelled under rule 1', entry: cancelledEntry(), codes: [] },
  { title: 'absurd proof cancelled is fine', entry: cancelledEntry({ name: '品行端正证明' }), codes: [] },
  {
    title: 'absurd proof retained',
    entry: retainedEntry({ name: '品行端正证明', issuingUnitName: '社区居民委员会', legalBasis: [normative] }),
    codes: ['ODD_PROOF', 'RULE1_NO_LEGAL_BASIS'],
  },
  {
    title: '问答七: “他母亲是他母亲”',
    entry: retainedEntry({ name: '他母亲是他母亲', issuingUnitName: '社区居民委员会', legalBasis: [normative] }),
    codes: ['NAME_NOT_STANDARD', 'ODD_PROOF', 'RULE1_NO_LEGAL_BASIS'],
  },
  {
    title: 'cancelled without a rule or reason',
    entry: cancelledEntry({ cancelRule: null, cancelReason: '' }),
    codes: ['CANCEL_RULE_MISSING', 'CANCEL_REASON_MISSING'],
  },
  {
    title: 'cancel reason of one character',
    entry: cancelledEntry({ cancelRule: 6, cancelReason: '无' }),
    codes: ['CANCEL_REASON_SHORT'],
  },
  {
    title: 'cancelled under rule 1 despite a law',
    entry: cancelledEntry({ legalBasis: [LAWYERS_ACT] }),
    codes: ['CANCEL_RULE1_HAS_LAW_BASIS'],
  },
  {
    title: 'cancelled under rule 3 yet excluded',
    entry: cancelledEntry({ cancelRule: 3, commitmentExcluded: true, exclusionCategory: 'public_safety' }),
    codes: ['CANCEL_RULE3_EXCLUDED'],
  },
  {
    title: 'cancelled carrying substitutes, a plan and disclosure',
    entry: cancelledEntry({
      substitutes: [{ method: 'commitment' }],
      verificationPlan: { method: 'online', timeLimitDays: 5, samplingShare: 1 },
      disclosure: true,
    }),
    codes: ['DISCLOSURE_WITHOUT_COMMITMENT', 'CANCEL_HAS_SUBSTITUTES', 'CANCEL_HAS_VERIFICATION_PLAN'],
  },
  { title: 'retained with a cancel rule', entry: retainedEntry({ cancelRule: 5 }), codes: ['RETAIN_WITH_CANCEL_RULE'] },
  { title: 'retained with no substitute', entry: retainedEntry({ substitutes: [] }), codes: ['SUBSTITUTE_MISSING'] },
  {
    title: 'duplicated method',
    entry: retainedEntry({ substitutes: [{ method: 'commitment' }, { method: 'commitment' }] }),
    codes: ['SUBSTITUTE_DUPLICATE'],
  },
  {
    title: 'assistance before commitment',
    entry: retainedEntry({ substitutes: [{ method: 'assistance' }, { method: 'commitment' }] }),
    codes: ['SUBSTITUTE_ORDER'],
  },
  {
    title: 'must_submit mixed with commitment',
    entry: retainedEntry({
      substitutes: [{ method: 'commitment' }, { method: 'must_submit' }],
      mustSubmitReason: MUST_SUBMIT_REASON,
    }),
    codes: ['MUST_SUBMIT_MIXED'],
  },
  {
    title: 'data sharing only, commitment not considered',
    entry: retainedEntry({ substitutes: [{ method: 'data_sharing' }] }),
    codes: ['COMMITMENT_NOT_CHOSEN'],
  },
  {
    title: 'commitment without a plan',
    entry: retainedEntry({ verificationPlan: null }),
    codes: ['VERIFICATION_PLAN_MISSING'],
  },
  {
    title: 'sampling share 0',
    entry: retainedEntry({ verificationPlan: { method: 'on_site', timeLimitDays: 10, samplingShare: 0 } }),
    codes: ['VERIFICATION_NO_SAMPLING'],
  },
  {
    title: 'exempt without remarks',
    entry: retainedEntry({ verificationPlan: { method: 'exempt', timeLimitDays: 0, samplingShare: 0 } }),
    codes: ['VERIFICATION_EXEMPT'],
  },
  {
    title: 'exempt with supervision explained',
    entry: retainedEntry({
      verificationPlan: { method: 'exempt', timeLimitDays: 0, samplingShare: 0 },
      remarks: '纳入“双随机、一公开”日常监管，已征求行业监管部门意见',
    }),
    codes: [],
  },
  {
    title: 'state secrets disclosed',
    entry: retainedEntry({
      name: '涉密人员审查证明',
      issuingUnitName: '市国家保密局',
      substitutes: [{ method: 'assistance' }],
      commitmentExcluded: true,
      exclusionCategory: 'state_secrets',
      disclosure: true,
    }),
    codes: ['DISCLOSURE_SECRET'],
  },
  {
    title: 'criminal-record commitments disclosed',
    entry: retainedEntry({ disclosure: true }),
    codes: ['DISCLOSURE_PRIVACY'],
  },
  {
    title: 'disclosure without commitment',
    entry: retainedEntry({
      name: '纳税证明',
      issuingUnitName: '市税务局',
      substitutes: [{ method: 'data_sharing' }],
      disclosure: true,
    }),
    codes: ['COMMITMENT_NOT_CHOSEN', 'DISCLOSURE_WITHOUT_COMMITMENT'],
  },
  { title: 'blank issuing unit', entry: retainedEntry({ issuingUnitName: '  ' }), codes: ['ISSUER_MISSING'] },
  { title: 'vague issuing unit', entry: retainedEntry({ issuingUnitName: '相关部门' }), codes: ['ISSUER_VAGUE'] },
  {
    title: 'self-issued',
    entry: retainedEntry({ name: '个人情况说明材料', issuingUnitName: '申请人' }),
    codes: ['SELF_ISSUED'],
  },
  { title: 'colloquial name', entry: retainedEntry({ name: '无犯罪记录' }), codes: ['NAME_NOT_STANDARD'] },
  { title: 'blank name', entry: retainedEntry({ name: ' ' }), codes: ['NAME_MISSING'] },
  { title: 'name of punctuation only', entry: retainedEntry({ name: '……' }), codes: ['NAME_INVALID'] },
  { title: 'name over the limit', entry: retainedEntry({ name: '证明'.repeat(51) }), codes: ['NAME_TOO_LONG'] },
  {
    title: 'basis without article',
    entry: retainedEntry({ legalBasis: [{ ...LAWYERS_ACT, article: ' ' }] }),
    codes: ['LEGAL_BASIS_NO_ARTICLE'],
  },
  {
    title: 'retained for no service item',
    entry: retainedEntry({ serviceItemIds: [] }),
    codes: ['SERVICE_ITEM_MISSING'],
  },
  { title: 'cancelled for no service item', entry: cancelledEntry({ serviceItemIds: [] }), codes: [] },
  {
    title: 'unknown service item',
    entry: retainedEntry({ serviceItemIds: [ITEM_LAWYER, ITEM_HOUSING] }),
    ctx: { knownServiceItemIds: new Set([ITEM_LAWYER]) },
    codes: ['SERVICE_ITEM_UNKNOWN'],
  },
  { title: 'commitment without content', entry: retainedEntry({ content: ' ' }), codes: ['NOTICE_CONTENT_MISSING'] },
  // Drafts: what the live check says about a form that is still being filled in.
  { title: 'an empty draft', entry: {}, codes: ['NAME_MISSING', 'ISSUER_MISSING', 'DISPOSITION_MISSING'] },
  {
    title: 'a draft with only a name',
    entry: { name: '无犯罪记录证明' },
    codes: ['ISSUER_MISSING', 'DISPOSITION_MISSING'],
  },
  {
    title: 'a draft proposed for retention and nothing else',
    entry: { disposition: 'retain' },
    codes: ['NAME_MISSING', 'ISSUER_MISSING', 'SERVICE_ITEM_MISSING', 'RULE1_NO_LEGAL_BASIS', 'SUBSTITUTE_MISSING'],
  },
  {
    title: 'a draft proposed for cancellation and nothing else',
    entry: { disposition: 'cancel' },
    codes: ['NAME_MISSING', 'ISSUER_MISSING', 'CANCEL_RULE_MISSING', 'CANCEL_REASON_MISSING'],
  },
  {
    title: 'a complete entry but for its disposition',
    entry: (({ disposition: _disposition, ...rest }) => rest)(retainedEntry()),
    codes: ['DISPOSITION_MISSING'],
  },
];
