import type { NoticeKind } from '@pfc/contracts';
import { type PdfContent, type PdfDocument, renderPdf } from '../../platform/documents/pdf';

/**
 * The printable documents of an application: the commitment letter (告知承诺书: the office's notice
 * and the applicant's pledge) and the notices the deciding office issues. A4 portrait, laid out as an
 * official document; text flows onto further pages and the signature block is never split.
 */
export interface LetterPdfInput {
  number: string;
  title: string;
  regionName: string;
  unitName: string;
  serviceItemName: string;
  proofName: string;
  /** 告知书: what the office tells the applicant, label → text. */
  notice: { label: string; text: string }[];
  /** 承诺书: the applicant's numbered statements. */
  pledge: string[];
  applicant: { name: string; idMasked: string; kind: 'person' | 'organisation' };
  signature: { kind: 'electronic'; signedAt: string; sm3: string; verifyUrl: string } | { kind: 'paper' };
  versions: { template: string; list: string };
  withdrawn?: { at: string; reason: string };
}

export interface NoticePdfInput {
  kind: NoticeKind;
  number: string;
  unitName: string;
  regionName: string;
  applicantName: string;
  serviceItemName: string;
  applicationNumber: string;
  date: string;
  paragraphs: string[];
}

export const NOTICE_TITLES: Record<NoticePdfInput['kind'], string> = {
  acceptance: '受理通知书',
  correction: '补正材料通知书',
  approval: '准予办理决定书',
  rejection: '不予办理决定书',
};

const WITHDRAWN_RED = '#c0392b';
const BLANK = '\u3000'.repeat(8);

/** An ISO instant as Beijing time (UTC+8, no daylight saving), as printed on Chinese documents. */
export function beijingTime(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const shifted = new Date(instant.getTime() + 8 * 3600_000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 19)}（北京时间）`;
}

/** 2026-11-22 → 2026年11月22日 (GB/T 9704 writes the date in Arabic numerals). */
export function chineseDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : date;
}

const idLabel = (kind: LetterPdfInput['applicant']['kind']): string =>
  kind === 'organisation' ? '统一社会信用代码' : '证件号码';
const heading = (text: string): PdfContent => ({ text, style: 'heading', headlineLevel: 1 });

const pageSetup: Pick<
  PdfDocument,
  'pageSize' | 'pageOrientation' | 'pageMargins' | 'pageBreakBefore' | 'styles' | 'defaultStyle'
> = {
  pageSize: 'A4',
  pageOrientation: 'portrait',
  pageMargins: [56, 64, 56, 56],
  // A section heading never stays alone at the foot of a page.
  pageBreakBefore: (node, page) => node.headlineLevel === 1 && page.getFollowingNodesOnPage().length === 0,
  styles: {
    issuer: { fontSize: 12, alignment: 'center', margin: [0, 0, 0, 4] },
    title: { fontSize: 20, bold: true, alignment: 'center', margin: [0, 0, 0, 12] },
    heading: { fontSize: 13, bold: true, margin: [0, 10, 0, 4] },
    body: { fontSize: 11, lineHeight: 1.5, leadingIndent: 22 },
    label: { bold: true, alignment: 'center', fillColor: '#f2f2f2' },
    small: { fontSize: 8, color: '#555555' },
  },
  defaultStyle: { fontSize: 11, lineHeight: 1.35 },
};

const tableLines = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  hLineColor: () => '#666666',
  vLineColor: () => '#666666',
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

function numberHeader(number: string): PdfDocument['header'] {
  return () => ({ text: `编号：${number}`, alignment: 'right', fontSize: 9, margin: [56, 30, 56, 0] });
}

function pageFooter(number: string): PdfDocument['footer'] {
  return (page, count) => ({
    text: `${number}\u3000第 ${page} 页 / 共 ${count} 页`,
    alignment: 'center',
    fontSize: 8,
    color: '#555555',
    margin: [0, 24, 0, 0],
  });
}

function signatureBlock(input: LetterPdfInput): PdfContent {
  const { applicant, signature } = input;
  const id = `${idLabel(applicant.kind)}：${applicant.idMasked}`;
  if (signature.kind === 'paper') {
    const lines = [`承诺人（签字/盖章）：${BLANK}${BLANK}`, id, `日期：${BLANK}年\u3000\u3000月\u3000\u3000日`];
    return { stack: lines, margin: [200, 20, 0, 0], lineHeight: 2, unbreakable: true };
  }
  const half = Math.ceil(signature.sm3.length / 2);
  return {
    stack: [
      `承诺人（签字/盖章）：${applicant.name}（电子签署）`,
      id,
      `电子签署时间：${beijingTime(signature.signedAt)}`,
      {
        columns: [
          { text: 'SM3 摘要：', width: 'auto' },
          { stack: [signature.sm3.slice(0, half), signature.sm3.slice(half)], fontSize: 9, width: '*' },
        ],
        columnGap: 0,
      },
      { text: `核验：${signature.verifyUrl}`, fontSize: 9 },
    ],
    margin: [200, 16, 0, 0],
    unbreakable: true,
  };
}

function withdrawnMark(withdrawn: NonNullable<LetterPdfInput['withdrawn']>): PdfContent {
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            text: `已撤回\u3000${beijingTime(withdrawn.at)}\u3000原因：${withdrawn.reason}`,
            color: WITHDRAWN_RED,
            bold: true,
            margin: [6, 2, 6, 2],
          },
        ],
      ],
    },
    layout: {
      hLineColor: () => WITHDRAWN_RED,
      vLineColor: () => WITHDRAWN_RED,
      hLineWidth: () => 1.2,
      vLineWidth: () => 1.2,
    },
    margin: [0, 0, 0, 12],
  };
}

export async function renderLetterPdf(input: LetterPdfInput): Promise<Buffer> {
  const { applicant } = input;
  const self = applicant.kind === 'organisation' ? '本单位' : '本人';
  return renderPdf({
    ...pageSetup,
    info: { title: `${input.title} ${input.number}`, author: input.unitName, subject: input.serviceItemName },
    header: numberHeader(input.number),
    footer: pageFooter(input.number),
    ...(input.withdrawn && { watermark: { text: '已撤回', color: WITHDRAWN_RED, opacity: 0.12, bold: true } }),
    content: [
      ...(input.withdrawn ? [withdrawnMark(input.withdrawn)] : []),
      { text: `${input.regionName}\u3000${input.unitName}`, style: 'issuer' },
      { text: input.title, style: 'title' },
      {
        text: `申请人：${applicant.name}\u3000${idLabel(applicant.kind)}：${applicant.idMasked}`,
        margin: [0, 0, 0, 2],
      },
      heading('一、告知书'),
      {
        text: `根据证明事项告知承诺制的规定，${input.unitName}就申请人办理“${input.serviceItemName}”所需的“${input.proofName}”一次性告知如下：`,
        style: 'body',
        margin: [0, 0, 0, 6],
      },
      {
        table: {
          widths: [100, '*'],
          body: input.notice.map(({ label, text }) => [{ text: label, style: 'label' }, text]),
        },
        layout: tableLines,
      },
      heading('二、承诺书'),
      { text: `${self}已知晓${input.unitName}告知的全部内容，现郑重承诺：`, style: 'body', margin: [0, 0, 0, 6] },
      { ol: input.pledge, lineHeight: 1.5, margin: [22, 0, 0, 0] },
      signatureBlock(input),
      {
        text: `文书模板 ${input.versions.template}\u3000清单版本 ${input.versions.list}`,
        style: 'small',
        margin: [0, 16, 0, 0],
      },
    ],
  });
}

export async function renderNoticePdf(input: NoticePdfInput): Promise<Buffer> {
  const title = NOTICE_TITLES[input.kind];
  return renderPdf({
    ...pageSetup,
    info: { title: `${title} ${input.number}`, author: input.unitName, subject: input.serviceItemName },
    header: numberHeader(input.number),
    footer: pageFooter(input.number),
    content: [
      { text: `${input.regionName}\u3000${input.unitName}`, style: 'issuer' },
      { text: title, style: 'title' },
      { text: `${input.applicantName}：`, margin: [0, 0, 0, 6] },
      {
        text: `申请事项：${input.serviceItemName}\u3000申请编号：${input.applicationNumber}`,
        style: 'body',
        margin: [0, 0, 0, 6],
      },
      ...input.paragraphs.map((text) => ({ text, style: 'body', margin: [0, 0, 0, 6] })),
      {
        // The seal is stamped over the issuing unit and the date, both centred in the right column.
        columns: [
          { text: '', width: '*' },
          { stack: [input.unitName, '（印章）', chineseDate(input.date)], alignment: 'center', width: 180 },
        ],
        lineHeight: 1.8,
        margin: [0, 36, 0, 0],
        unbreakable: true,
      },
    ],
  });
}
