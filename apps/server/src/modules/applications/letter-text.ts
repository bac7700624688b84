import { BASIS_RANKS, type LetterText, type PublishedEntry, VERIFICATION_METHODS } from '@pfc/contracts';
import { canonicalJson } from '../../platform/audit/canonical';

/** Bump when the wording below changes: old letters keep saying what they said (pinned). */
export const LETTER_TEMPLATE = 'PFC-告知承诺书-2026.1';

export interface LetterSources {
  entry: PublishedEntry;
  serviceItemName: string;
  unitName: string;
  applicant: { kind: 'natural' | 'legal' };
  disclosure: boolean;
}

function basisText(entry: PublishedEntry): string {
  if (entry.legalBasis.length === 0) return '无';
  return entry.legalBasis.map((b) => `${b.instrument}${b.article}（${BASIS_RANKS[b.rank].zh}）`).join('；');
}

function verificationText(entry: PublishedEntry): string {
  const plan = entry.verificationPlan;
  if (!plan || plan.method === 'exempt') return '该证明事项免于核查；行政机关仍可依法对承诺内容进行监督检查。';
  const share = plan.samplingShare >= 1 ? '逐件' : `按${Math.round(plan.samplingShare * 100)}%的比例随机抽取`;
  return `行政机关将在作出决定之日起${plan.timeLimitDays}个工作日内，${share}通过${VERIFICATION_METHODS[plan.method].zh}方式对承诺内容进行核查。`;
}

/**
 * The notification (告知书) and commitment (承诺书) for one proof, with the contents seed 002 §4.1
 * requires: service item, legal basis, proof content, way of committing, liability for a false
 * commitment; and the applicant's four statements. Built from the published snapshot, never from
 * the live catalogue, and pinned to it.
 */
export function buildLetterText(src: LetterSources): LetterText {
  const { entry } = src;
  const self = src.applicant.kind === 'legal' ? '本单位' : '本人';
  const content = entry.content.trim() || `${entry.name}所证明的事项`;
  const notice = [
    { label: '办理事项', text: `${src.serviceItemName}（实施机关：${src.unitName}）` },
    { label: '证明名称', text: `${entry.name}（开具单位：${entry.issuingUnitName}）` },
    { label: '设定依据', text: basisText(entry) },
    { label: '证明内容', text: content },
    {
      label: '承诺方式',
      text: '申请人选择告知承诺的，对照本告知书以书面形式（电子签署或手写签字）作出承诺，行政机关不再索要该证明，依承诺办理。申请人不愿承诺或者无法承诺的，应当提交该证明。在行政机关作出决定前，申请人可以撤回承诺，改为提交证明。',
    },
    { label: '核查方式', text: verificationText(entry) },
    {
      label: '虚假承诺的法律责任',
      text: '申请人作出不实承诺的，行政机关将依法终止办理、责令限期整改或者撤销已作出的决定，依法给予行政处罚；涉嫌犯罪的，移送司法机关处理。虚假承诺情况记入申请人信用记录，在信用修复前不再适用告知承诺制。',
    },
  ];
  if (src.disclosure) {
    notice.push({
      label: '承诺书公示',
      text: '本证明事项的承诺书将在平台向社会公示，公示时隐去申请人姓名的部分文字及证件号码、联系电话、住址等个人信息。申请人不同意公示的，应当提交该证明。',
    });
  }
  return {
    title: '证明事项告知承诺书',
    notice,
    pledge: [
      `${self}已知晓行政机关告知的全部内容，包括办理事项、设定依据、证明内容、承诺方式和虚假承诺的法律责任。`,
      `${self}符合上述证明所要证明的条件：${content}。`.replace(/。。$/, '。'),
      `${self}愿意承担不实承诺、虚假承诺的法律责任。`,
      `${self}所作承诺是${self === '本人' ? '本人' : '本单位'}真实的意思表示。`,
    ],
    pins: {
      template: LETTER_TEMPLATE,
      listVersionId: entry.source!.id,
      listVersion: `${entry.source!.regionName}证明事项清单第${entry.source!.versionNo}版（${entry.source!.documentNumber}，${entry.source!.effectiveDate}起施行）`,
      legalBasis: basisText(entry),
    },
  };
}

/** The exact string whose SM3 digest identifies the text. */
export const letterCanonical = (text: LetterText): string => canonicalJson(text);

export interface SignedPayloadFields {
  number: string;
  textSm3: string;
  applicantId: string;
  applicantName: string;
  signedAt: string;
  method: 'electronic' | 'paper';
  scanSm3: string | null;
}

/** What the platform's SM2 signature covers: the text (by digest), who, when, how. */
export const signedPayload = (fields: SignedPayloadFields): string => canonicalJson(fields);
