/**
 * Rules on how a retained proof is replaced (002 问答十二: "法有规定无需提交"): substitutes, the
 * commitment exclusion, public disclosure of commitment letters and the verification plan, plus the
 * fields a cancellation makes meaningless.
 */
import { EXCLUSION_CATEGORIES } from '@pfc/contracts';
import {
  MUST_SUBMIT_REASON_MIN,
  PRIVATE_FACT,
  SECRET_CATEGORIES,
  duplicatedMethods,
  isCancelled,
  isRetained,
  meaningfulLength,
  methodLabels,
  methodsOf,
  offers,
  outOfPreferenceOrder,
  trimmed,
} from './facts';
import type { RuleDefinition, RuleEntry } from './types';

const disclosesSecret = (e: RuleEntry): boolean =>
  e.disclosure && e.exclusionCategory !== null && SECRET_CATEGORIES.has(e.exclusionCategory);

export const RETAINED_RULES: readonly RuleDefinition[] = [
  {
    code: 'SUBSTITUTE_MISSING',
    level: 'error',
    field: 'substitutes',
    rule: null,
    source: '002 问答十二、十五',
    zh: '保留的证明未明确任何替代方式，请选择告知承诺、信息共享或部门协查；确无替代方式的选择“仍需提交”并详细说明理由。',
    en: 'The retained proof has no substitute method; choose commitment, data sharing or departmental assistance, or "must still be submitted" with a detailed reason.',
    applies: (e) => isRetained(e) && e.substitutes.length === 0,
  },
  {
    code: 'SUBSTITUTE_DUPLICATE',
    level: 'error',
    field: 'substitutes',
    rule: null,
    source: '002 问答十三',
    zh: '替代方式“{methods}”重复填写，请每种方式只保留一次。',
    en: 'The substitute method(s) {methods} are listed more than once; keep each method once.',
    applies: (e) => isRetained(e) && duplicatedMethods(e).length > 0,
    params: (e, lang) => ({ methods: methodLabels(duplicatedMethods(e), lang) }),
  },
  {
    code: 'MUST_SUBMIT_NO_REASON',
    level: 'error',
    field: 'mustSubmitReason',
    rule: null,
    source: '002 问答十五',
    zh: '选择“仍需提交”但未书面详细说明理由（至少{min}个字），该意见不予接受，请说明为何没有任何替代方式。',
    en: '"Must still be submitted" is refused without a written reason of at least {min} characters; explain why no substitute method works.',
    applies: (e) =>
      isRetained(e) && offers(e, 'must_submit') && meaningfulLength(e.mustSubmitReason) < MUST_SUBMIT_REASON_MIN,
    params: () => ({ min: String(MUST_SUBMIT_REASON_MIN) }),
  },
  {
    code: 'MUST_SUBMIT_MIXED',
    level: 'warning',
    field: 'substitutes',
    rule: null,
    source: '002 问答十五',
    zh: '“仍需提交”与其他替代方式同时选择，前后矛盾，请只保留其一。',
    en: '"Must still be submitted" is chosen together with substitute methods, which contradict each other; keep one or the other.',
    applies: (e) =>
      isRetained(e) && offers(e, 'must_submit') && methodsOf(e).some((method) => method !== 'must_submit'),
  },
  {
    code: 'SUBSTITUTE_ORDER',
    level: 'warning',
    field: 'substitutes',
    rule: null,
    source: '002 问答十三',
    zh: '替代方式未按“告知承诺优先、信息共享其次、部门协查兜底”的顺序排列，请调整顺序。',
    en: 'The substitutes are not in the order commitment first, data sharing second, departmental assistance last; reorder them.',
    applies: (e) => isRetained(e) && outOfPreferenceOrder(e),
  },
  {
    code: 'COMMITMENT_NOT_CHOSEN',
    level: 'warning',
    field: 'substitutes',
    rule: null,
    source: '002 问答十三；004 §一.2',
    zh: '未选择告知承诺，也未标记为不适用告知承诺；告知承诺是首选替代方式，请补充或说明不适用的类别。',
    en: 'Commitment is neither offered nor marked as excluded; it is the first-choice substitute, so add it or name the exclusion category.',
    applies: (e) =>
      isRetained(e) &&
      !e.commitmentExcluded &&
      e.substitutes.length > 0 &&
      !offers(e, 'commitment') &&
      !offers(e, 'must_submit'),
  },
  {
    code: 'EXCLUSION_NO_CATEGORY',
    level: 'error',
    field: 'exclusionCategory',
    rule: null,
    source: '004 §一.2；001 §二',
    zh: '标记为不适用告知承诺但未选择类别，请选择国家安全、公共安全等具体类别。',
    en: 'The proof is excluded from commitment without a category; choose one such as national security or public safety.',
    applies: (e) => isRetained(e) && e.commitmentExcluded && e.exclusionCategory === null,
  },
  {
    code: 'EXCLUSION_WITH_COMMITMENT',
    level: 'error',
    field: 'substitutes',
    rule: null,
    source: '004 §一.2；001 §二',
    zh: '已标记为不适用告知承诺，替代方式中却有告知承诺，请删除告知承诺或取消该标记。',
    en: 'The proof is excluded from commitment yet commitment is listed as a substitute; remove it or clear the exclusion.',
    applies: (e) => isRetained(e) && e.commitmentExcluded && offers(e, 'commitment'),
  },
  {
    code: 'CATEGORY_WITHOUT_EXCLUSION',
    level: 'warning',
    field: 'exclusionCategory',
    rule: null,
    source: '004 §一.2',
    zh: '选择了不适用类别“{category}”但未标记为不适用告知承诺，请核实二者是否一致。',
    en: 'The exclusion category "{category}" is set but the proof is not marked as excluded from commitment; make the two agree.',
    applies: (e) => isRetained(e) && !e.commitmentExcluded && e.exclusionCategory !== null,
    params: (e, lang) => ({
      category: e.exclusionCategory ? (EXCLUSION_CATEGORIES[e.exclusionCategory]?.[lang] ?? e.exclusionCategory) : '',
    }),
  },
  {
    code: 'NOTICE_CONTENT_MISSING',
    level: 'error',
    field: 'content',
    rule: null,
    source: '002 §四.1',
    zh: '实行告知承诺的证明未填写证明内容，告知书必须写明证明内容，请补充该证明证明什么事实。',
    en: 'A proof replaced by commitment has no content, which the notification letter must state; describe what fact it proves.',
    applies: (e) => isRetained(e) && offers(e, 'commitment') && trimmed(e.content) === '',
  },
  {
    code: 'DISCLOSURE_SECRET',
    level: 'error',
    field: 'disclosure',
    rule: null,
    source: '003 §(二)3',
    zh: '涉及国家秘密或国家安全的证明事项不得公示承诺书，请取消公示。',
    en: 'Commitments on a proof involving state secrets or national security must never be disclosed; turn disclosure off.',
    applies: disclosesSecret,
  },
  {
    code: 'DISCLOSURE_PRIVACY',
    level: 'warning',
    field: 'disclosure',
    rule: null,
    source: '003 §(二)3',
    zh: '该证明涉及个人隐私（如健康、婚姻、收入、犯罪记录），承诺书不予公示，请核实或取消公示。',
    en: 'This proof concerns private facts (health, marriage, income, criminal record) whose commitments are not disclosed; check or turn disclosure off.',
    applies: (e) => isRetained(e) && e.disclosure && PRIVATE_FACT.test(e.name),
  },
  {
    code: 'DISCLOSURE_WITHOUT_COMMITMENT',
    level: 'warning',
    field: 'disclosure',
    rule: null,
    source: '004 §二.7',
    zh: '设置了公示承诺书，但该证明不实行告知承诺，没有承诺书可公示，请取消公示。',
    en: 'Disclosure is on but the proof is not replaced by commitment, so there is no commitment letter to disclose; turn it off.',
    applies: (e) => e.disclosure && !disclosesSecret(e) && (isCancelled(e) || !offers(e, 'commitment')),
  },
  {
    code: 'VERIFICATION_PLAN_MISSING',
    level: 'warning',
    field: 'verificationPlan',
    rule: null,
    source: '002 §三.3(2)；004 §三.8',
    zh: '实行告知承诺的证明未制定核查方案，请明确核查方式、时限和比例。',
    en: 'A proof replaced by commitment has no verification plan; set the method, time limit and sampling share.',
    applies: (e) => isRetained(e) && offers(e, 'commitment') && e.verificationPlan === null,
  },
  {
    code: 'VERIFICATION_NO_SAMPLING',
    level: 'warning',
    field: 'verificationPlan',
    rule: null,
    source: '004 §三.8',
    zh: '核查比例为0，实际上不会核查任何承诺，请设置核查比例或明确免于核查。',
    en: 'The sampling share is 0, so no commitment would ever be checked; set a share or mark the plan as exempt.',
    applies: (e) =>
      isRetained(e) &&
      e.verificationPlan !== null &&
      e.verificationPlan.samplingShare === 0 &&
      e.verificationPlan.method !== 'exempt',
  },
  {
    code: 'VERIFICATION_EXEMPT',
    level: 'warning',
    field: 'verificationPlan',
    rule: null,
    source: '004 §三.10',
    zh: '免于核查的事项须加强事中事后监管，办理单位与行业监管部门不一致的须征求其意见，请在备注中说明。',
    en: 'An exemption from verification needs stronger ongoing supervision and, where another body supervises the sector, its opinion; record both in the remarks.',
    // Silent once the remarks explain the supervision, so the reviewer is not nagged twice.
    applies: (e) => isRetained(e) && e.verificationPlan?.method === 'exempt' && trimmed(e.remarks) === '',
  },
  {
    code: 'CANCEL_HAS_SUBSTITUTES',
    level: 'warning',
    field: 'substitutes',
    rule: null,
    source: '002 问答三',
    zh: '取消的证明不再需要替代方式，所填替代方式将被忽略。',
    en: 'A cancelled proof needs no substitute; the substitutes given will be ignored.',
    applies: (e) => isCancelled(e) && e.substitutes.length > 0,
  },
  {
    code: 'CANCEL_HAS_VERIFICATION_PLAN',
    level: 'warning',
    field: 'verificationPlan',
    rule: null,
    source: '002 问答三',
    zh: '取消的证明无需核查，所填核查方案将被忽略。',
    en: 'A cancelled proof needs no verification; the plan given will be ignored.',
    applies: (e) => isCancelled(e) && e.verificationPlan !== null,
  },
];
