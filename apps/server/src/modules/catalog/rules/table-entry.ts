/**
 * Rules on what the proof is and on the disposition itself: name, issuer, service items, legal
 * basis (rule 1) and cancellation. Order here is the order the reviewer reads the findings in.
 */
import { CANCEL_RULES } from '@pfc/contracts';
import {
  CANCEL_REASON_MIN,
  FAMILY_PROOF,
  JUDICIAL,
  NAME_MAX_LENGTH,
  ODD_PROOF,
  SELF_ISSUER,
  VAGUE_ISSUER,
  basisWithoutArticle,
  hasStatutoryBasis,
  highestRank,
  isCancelled,
  isRetained,
  meaningfulLength,
  nameIsInvalid,
  nameIsStandard,
  nameIsTooLong,
  outOfScopeKeyword,
  rankLabel,
  trimmed,
  unknownServiceItems,
} from './facts';
import type { RuleDefinition } from './types';

export const ENTRY_RULES: readonly RuleDefinition[] = [
  {
    code: 'NAME_MISSING', level: 'error', field: 'name', rule: null, source: '002 问答十五',
    zh: '尚未填写证明名称，请准确填写证明材料名称。',
    en: 'The proof name is not filled in yet; enter the exact name of the proof.',
    applies: (e) => trimmed(e.name) === '',
  },
  {
    code: 'NAME_INVALID', level: 'error', field: 'name', rule: null, source: '002 问答十五',
    zh: '证明名称只有标点、数字或符号，请准确填写证明材料名称。',
    en: 'The proof name is only punctuation, digits or symbols; enter the exact name of the proof.',
    applies: (e) => trimmed(e.name) !== '' && nameIsInvalid(e.name),
  },
  {
    code: 'NAME_TOO_LONG', level: 'error', field: 'name', rule: null, source: '002 问答十五',
    zh: '证明名称超过{max}个字，请只写名称，把证明内容写入“证明内容”栏。',
    en: 'The proof name is longer than {max} characters; give only the name and put the facts proved under "content".',
    applies: (e) => nameIsTooLong(e.name),
    params: () => ({ max: String(NAME_MAX_LENGTH) }),
  },
  {
    code: 'NAME_NOT_STANDARD', level: 'warning', field: 'name', rule: null, source: '002 问答十五',
    zh: '证明名称表述不规范（通常以“证明”“证明书”“证”等结尾），请按规范名称填写，俗称放入“别名”。',
    en: 'The proof name is not in standard form (it usually ends in 证明, 证明书, 证 …); use the standard name and put colloquial names under aliases.',
    applies: (e) => !nameIsInvalid(e.name) && !nameIsStandard(e.name),
  },
  {
    code: 'OUT_OF_SCOPE', level: 'warning', field: 'name', rule: null, source: '002 §三.2；问答六',
    zh: '“{keyword}”属于自有证照、审核材料、司法文书或诉讼证据，不在本次证明事项清理范围内，请核实是否应当登记。',
    en: '"{keyword}" is the applicant\'s own licence, an approval form, a judicial document or litigation evidence, outside this clean-up; check whether it belongs in the inventory.',
    applies: (e) => outOfScopeKeyword(e.name) !== null,
    params: (e) => ({ keyword: outOfScopeKeyword(e.name) ?? '' }),
  },
  {
    code: 'ODD_PROOF', level: 'warning', field: 'name', rule: null, source: '002 问答七',
    zh: '该证明与实务问答列举的“奇葩”证明相同，保留前请重新审查其必要性，原则上应当取消。',
    en: 'This proof matches an absurd proof named in the Q&A; review whether it is needed at all, and cancel it as a rule.',
    applies: (e) => isRetained(e) && ODD_PROOF.test(e.name),
  },
  {
    code: 'RULE2_OWN_CERTIFICATE', level: 'warning', field: 'name', rule: 2, source: '002 §一 第2条；问答七',
    zh: '申请人持有的户口簿、结婚证、低保证等证照可能已能证明该事实，请依“七个一律”第2条核实是否应当取消。',
    en: 'The applicant\'s own household register, marriage or subsistence certificate may already prove this; check under always-cancel rule 2 whether it must be cancelled.',
    applies: (e) => isRetained(e) && FAMILY_PROOF.test(e.name),
  },
  {
    code: 'ISSUER_MISSING', level: 'error', field: 'issuingUnitName', rule: null, source: '002 §二.4；问答十五',
    zh: '尚未填写开具单位，请写明出具该证明的具体单位。',
    en: 'The issuing unit is not filled in yet; name the unit that issues this proof.',
    applies: (e) => trimmed(e.issuingUnitName) === '',
  },
  {
    code: 'ISSUER_VAGUE', level: 'warning', field: 'issuingUnitName', rule: null, source: '002 问答十五',
    zh: '开具单位表述不明确（如“相关部门”），请写明具体单位名称。',
    en: 'The issuing unit is vague (e.g. "the relevant department"); name the specific unit.',
    applies: (e) => VAGUE_ISSUER.test(trimmed(e.issuingUnitName)),
  },
  {
    code: 'SELF_ISSUED', level: 'warning', field: 'issuingUnitName', rule: null, source: '002 问答五、十',
    zh: '由申请人自行出具的材料不是第三方开具的证明，与办理事项无关联的应当取消，请核实是否应当作为证明事项登记。',
    en: 'Material the applicant writes themselves is not a third-party proof and must go if unrelated to the matter; check whether it belongs in the inventory.',
    applies: (e) => SELF_ISSUER.test(trimmed(e.issuingUnitName)),
  },
  {
    code: 'SERVICE_ITEM_MISSING', level: 'error', field: 'serviceItemIds', rule: null, source: '002 §三.2；问答十六',
    zh: '建议保留的证明未关联任何政务服务事项，请选择需要该证明的事项，无事项需要的应当取消。',
    en: 'The proof is proposed for retention but no service item needs it; link the items that require it, or cancel it.',
    applies: (e) => isRetained(e) && e.serviceItemIds.length === 0,
  },
  {
    code: 'SERVICE_ITEM_UNKNOWN', level: 'error', field: 'serviceItemIds', rule: null, source: '002 §三.2',
    zh: '有{count}个关联的政务服务事项在本地事项目录中不存在，请重新选择。',
    en: '{count} linked service item(s) do not exist in this region\'s catalogue; choose them again.',
    applies: (e, ctx) => unknownServiceItems(e, ctx.knownServiceItemIds).length > 0,
    params: (e, _lang, ctx) => ({ count: String(unknownServiceItems(e, ctx.knownServiceItemIds).length) }),
  },
  {
    code: 'LEGAL_BASIS_NO_ARTICLE', level: 'warning', field: 'legalBasis', rule: null, source: '002 问答十五',
    zh: '设定依据《{instrument}》未写明条款，请完整引用到具体条、款、项。',
    en: 'The basis "{instrument}" gives no article; cite it completely down to the article and paragraph.',
    applies: (e) => basisWithoutArticle(e) !== null,
    params: (e) => ({ instrument: (basisWithoutArticle(e) ?? '').replace(/^《|》$/g, '') }),
  },
  // 规章 (departmental and local-government rules) do NOT count as a basis. Seed 002 says 法律法规
  // throughout, 问答八 answers "证明 set by departments and localities" — which is what 规章 are —
  // with "没有法律法规规定的一律取消", and 问答十四 names 规章 alongside 规范性文件 as what is
  // *below* 法律法规. 地方性法规 are 法规 (made by local people's congresses), so they count.
  {
    code: 'RULE1_NO_LEGAL_BASIS', level: 'error', field: 'legalBasis', rule: 1, source: '002 §一 第1条；问答八、十四',
    zh: '依据“七个一律”第1条应当取消：没有法律法规明确规定（现有最高依据：{rank}），请补充法律、行政法规或地方性法规依据，或改为取消。',
    en: 'Under always-cancel rule 1 this proof must be cancelled: no law or regulation sets it (highest basis given: {rank}); cite a law, administrative or local regulation, or cancel it.',
    applies: (e, ctx) => isRetained(e) && !hasStatutoryBasis(e) && ctx.departmentalPublicService !== true,
    params: (e, lang) => ({ rank: rankLabel(highestRank(e), lang) }),
  },
  {
    code: 'RULE1_PUBLIC_SERVICE', level: 'warning', field: 'legalBasis', rule: 1, source: '002 问答十六',
    zh: '部门自设的公共服务项目所需证明没有法律法规依据（现有最高依据：{rank}），只有与项目确有必然联系时才可保留，且须提出替代核查方式。',
    en: 'This proof for a department\'s own public-service project has no statutory basis (highest given: {rank}); keep it only if it is truly necessary for the project, with a substitute check.',
    applies: (e, ctx) => isRetained(e) && !hasStatutoryBasis(e) && ctx.departmentalPublicService === true,
    params: (e, lang) => ({ rank: rankLabel(highestRank(e), lang) }),
  },
  {
    // Only a draft lacks it (the saved entry always has one); the retain and cancel rules wait for it.
    code: 'DISPOSITION_MISSING', level: 'error', field: 'disposition', rule: null, source: '002 §三.3(1)',
    zh: '尚未选择处理意见，请选择建议保留或建议取消，再按“七个一律”逐条核对。',
    en: 'No disposition is chosen yet; propose to retain or to cancel the proof, then check it against the always-cancel rules.',
    applies: (e) => e.disposition === null,
  },
  {
    code: 'RETAIN_WITH_CANCEL_RULE', level: 'warning', field: 'cancelRule', rule: null, source: '002 §三.3(1)',
    zh: '建议保留却选择了“七个一律”第{rule}条，适用该条的证明应当取消，请改为取消或清除该条目。',
    en: 'The proof is proposed for retention yet always-cancel rule {rule} is selected; a proof under that rule must be cancelled, so cancel it or clear the rule.',
    applies: (e) => isRetained(e) && e.cancelRule !== null,
    params: (e) => ({ rule: String(e.cancelRule) }),
  },
  {
    code: 'CANCEL_RULE_MISSING', level: 'error', field: 'cancelRule', rule: null, source: '002 §三.3(1)',
    zh: '建议取消但未选择适用“七个一律”的哪一条，请选择取消依据。',
    en: 'The proof is proposed for cancellation without saying which always-cancel rule applies; choose one.',
    applies: (e) => isCancelled(e) && e.cancelRule === null,
  },
  {
    code: 'CANCEL_RULE1_HAS_LAW_BASIS', level: 'warning', field: 'legalBasis', rule: 1, source: '002 §一 第1条；问答十二',
    zh: '按第1条（没有法律法规规定）取消，但填写了法律法规依据，请核实依据或改用其他条目。',
    en: 'Cancelled under rule 1 (no law or regulation) although a statutory basis is cited; check the basis or choose another rule.',
    applies: (e) => isCancelled(e) && e.cancelRule === 1 && hasStatutoryBasis(e),
  },
  {
    code: 'CANCEL_RULE3_EXCLUDED', level: 'warning', field: 'cancelRule', rule: 3, source: '002 §一 第3条；004 §一.2',
    zh: '按第3条（书面承诺可解决）取消，却标记为不适用告知承诺，两者矛盾，请核实。',
    en: 'Cancelled under rule 3 (a written commitment settles it) yet marked as excluded from commitment; resolve the contradiction.',
    applies: (e) => isCancelled(e) && e.cancelRule === 3 && e.commitmentExcluded,
  },
  {
    code: 'CANCEL_RULE4_JUDICIAL', level: 'warning', field: 'cancelRule', rule: 4, source: '002 §一 第4条',
    zh: '第4条（能被其他材料涵盖或代替）不适用于司法文书，请改用其他条目或核实是否属于清理范围。',
    en: 'Rule 4 (covered by other material) excludes judicial documents; choose another rule or check that the item is in scope.',
    applies: (e) => isCancelled(e) && e.cancelRule === 4 && JUDICIAL.test(e.name),
  },
  {
    code: 'CANCEL_REASON_MISSING', level: 'warning', field: 'cancelReason', rule: null, source: '002 §三.3(1)',
    zh: '尚未填写取消理由，请说明为何适用“{ruleText}”。',
    en: 'No cancel reason is given yet; explain why "{ruleText}" applies.',
    applies: (e) => isCancelled(e) && trimmed(e.cancelReason) === '',
    params: (e, lang) => ({ ruleText: cancelRuleText(e.cancelRule, lang) }),
  },
  {
    code: 'CANCEL_REASON_SHORT', level: 'warning', field: 'cancelReason', rule: null, source: '002 §三.3(1)',
    zh: '取消理由过于简单，请说明为何适用“{ruleText}”。',
    en: 'The cancel reason is too short; explain why "{ruleText}" applies.',
    applies: (e) => isCancelled(e) && trimmed(e.cancelReason) !== '' && meaningfulLength(e.cancelReason) < CANCEL_REASON_MIN,
    params: (e, lang) => ({ ruleText: cancelRuleText(e.cancelRule, lang) }),
  },
];

function cancelRuleText(rule: number | null, lang: 'zh' | 'en'): string {
  const text = rule === null ? undefined : CANCEL_RULES[rule as keyof typeof CANCEL_RULES]?.[lang];
  return text ?? (lang === 'zh' ? '七个一律' : 'the always-cancel rules');
}
