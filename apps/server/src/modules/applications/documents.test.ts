import { describe, expect, it } from 'vitest';
import { extractText, squash } from '../../platform/documents/text-extract';
import {
  beijingTime,
  chineseDate,
  type LetterPdfInput,
  type NoticePdfInput,
  NOTICE_TITLES,
  renderLetterPdf,
  renderNoticePdf,
} from './documents';

const SM3 = '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0';

function newLetter(overrides: Partial<LetterPdfInput> = {}): LetterPdfInput {
  return {
    number: 'GZ-370811-20261122-000123',
    title: '证明事项告知承诺书',
    regionName: '济宁市任城区',
    unitName: '任城区民政局',
    serviceItemName: '最低生活保障审核确认',
    proofName: '无犯罪记录证明',
    notice: [
      { label: '办理事项', text: '最低生活保障审核确认' },
      { label: '证明名称', text: '无犯罪记录证明' },
      { label: '设定依据', text: '《社会救助暂行办法》第十一条' },
      { label: '证明内容', text: '申请人在申请之日前未受过刑事处罚。' },
      { label: '承诺方式', text: '申请人书面承诺或者电子签署承诺。' },
      { label: '核查方式', text: '作出决定后30个工作日内通过数据共享核查。' },
      { label: '虚假承诺的法律责任', text: '作出不实承诺的，撤销已作出的决定，记入信用记录。' },
      { label: '公示', text: '本告知承诺书在政府网站公示。' },
    ],
    pledge: [
      '本人已经知晓行政机关告知的全部内容。',
      '本人能够满足行政机关告知的条件、标准和要求。',
      '本人愿意承担不实承诺、违反承诺的法律责任。',
    ],
    applicant: { name: '王𪚥', idMasked: '370811********1234', kind: 'person' },
    signature: {
      kind: 'electronic',
      signedAt: '2026-11-22T02:15:03Z',
      sm3: SM3,
      verifyUrl: 'https://pfc.example.gov.cn/verify/GZ-370811-20261122-000123',
    },
    versions: { template: 'v1', list: '济宁市任城区 第3版 任政办发〔2026〕3号' },
    ...overrides,
  };
}

function newNotice(overrides: Partial<NoticePdfInput> = {}): NoticePdfInput {
  return {
    kind: 'correction',
    number: 'BZ-370811-20261122-000007',
    unitName: '任城区民政局',
    regionName: '济宁市任城区',
    applicantName: '𠮷野一郎',
    serviceItemName: '最低生活保障审核确认',
    applicationNumber: 'SQ-370811-20261122-000123',
    date: '2026-11-22',
    paragraphs: ['你提交的申请材料不齐全，请于5个工作日内补正下列材料：', '户口簿复印件；家庭收入情况说明。'],
    ...overrides,
  };
}

const expectAll = (text: string, parts: string[]): void => {
  for (const part of parts) expect(text, part).toContain(squash(part));
};

describe('commitment letter PDF', () => {
  it('shows the title, number, notice, pledge and an electronic signature on one page', async () => {
    const input = newLetter();
    const { text, pages, items } = await extractText(await renderLetterPdf(input));
    expect(pages).toBe(1);
    expectAll(text, [
      input.title,
      `编号：${input.number}`,
      input.regionName,
      input.unitName,
      '一、告知书',
      '二、承诺书',
    ]);
    expectAll(
      text,
      input.notice.flatMap(({ label, text: body }) => [label, body]),
    );
    expectAll(text, input.pledge);
    // pdfmake draws a list's markers after its items.
    expect(items.filter((item) => /^\d\.$/.test(item.text.trim())).map((item) => item.text.trim())).toEqual([
      '1.',
      '2.',
      '3.',
    ]);
    expectAll(text, [
      '承诺人（签字/盖章）：王𪚥（电子签署）',
      '证件号码：370811********1234',
      '电子签署时间：2026-11-22 10:15:03（北京时间）',
    ]);
    expectAll(text, [
      'SM3 摘要：',
      SM3.slice(0, 32),
      SM3.slice(32),
      `核验：${(input.signature as { verifyUrl: string }).verifyUrl}`,
    ]);
    expectAll(text, ['文书模板 v1', '清单版本 济宁市任城区 第3版 任政办发〔2026〕3号', '第 1 页 / 共 1 页']);
    expect(text).not.toContain('已撤回');
  });

  it('prints blank signature and date lines for signing on paper', async () => {
    const { text } = await extractText(await renderLetterPdf(newLetter({ signature: { kind: 'paper' } })));
    expectAll(text, ['承诺人（签字/盖章）：', '证件号码：370811********1234', '日期：年月日', '申请人：王𪚥']);
    expect(text).not.toContain('（电子签署）');
    expect(text).not.toContain('电子签署时间');
    expect(text).not.toContain(SM3.slice(0, 32));
  });

  it('writes for an organisation with its credit code', async () => {
    const applicant = { name: '济宁市𠮷祥商贸有限公司', idMasked: '91370811MA********', kind: 'organisation' as const };
    const { text } = await extractText(await renderLetterPdf(newLetter({ applicant })));
    expectAll(text, [
      '本单位已知晓任城区民政局告知的全部内容',
      '统一社会信用代码：91370811MA********',
      '济宁市𠮷祥商贸有限公司（电子签署）',
    ]);
  });

  it('marks a withdrawn letter clearly', async () => {
    const { text } = await extractText(
      await renderLetterPdf(newLetter({ withdrawn: { at: '2026-11-23T01:00:00Z', reason: '申请人主动撤回申请' } })),
    );
    expectAll(text, ['已撤回', '2026-11-23 09:00:00（北京时间）', '原因：申请人主动撤回申请']);
  });

  it('draws rare characters of names with the fallback fonts', async () => {
    const letter = newLetter({ applicant: { name: '王𪚥、𠮷野、䶮', idMasked: '370811********1234', kind: 'person' } });
    const { text, items } = await extractText(await renderLetterPdf(letter));
    expectAll(text, ['申请人：王𪚥、𠮷野、䶮', '王𪚥、𠮷野、䶮（电子签署）']);
    const fontsOf = (char: string): Set<string> =>
      new Set(items.filter((item) => item.text.includes(char)).map((item) => item.font.replace(/^[A-Z]{6}\+/, '')));
    expect(fontsOf('𪚥')).toEqual(new Set(['PFCRareHanB-Regular']));
    expect(fontsOf('𠮷')).toEqual(new Set(['PFCRareHanB-Regular']));
    expect(fontsOf('䶮')).toEqual(new Set(['PFCRareHanA-Regular']));
  });

  it('flows long text onto a second page and keeps the signature block together', async () => {
    const long = '行政机关在作出决定后30个工作日内通过数据共享核查，无法共享的，发函协查。'.repeat(12);
    const letter = newLetter({
      notice: [...newLetter().notice, { label: '其他事项', text: long }, { label: '附注', text: long }],
    });
    const { pages, text, items } = await extractText(await renderLetterPdf(letter));
    expect(pages).toBe(2);
    expect(text).toContain(squash(long));
    expectAll(text, ['第 1 页 / 共 2 页', '第 2 页 / 共 2 页']);
    const pageOf = (part: string): number[] => [
      ...new Set(items.filter((item) => squash(item.text).includes(part)).map((item) => item.page)),
    ];
    expect(pageOf('编号：')).toEqual([1, 2]);
    expect(pageOf('承诺人（签字/盖章）')).toEqual([2]);
    expect(pageOf('核验：')).toEqual([2]);
  });
});

describe('notice PDFs', () => {
  it.each(Object.entries(NOTICE_TITLES))(
    'titles a %s notice 「%s」 and signs it with the unit and date',
    async (kind, title) => {
      const input = newNotice({ kind: kind as NoticePdfInput['kind'] });
      const { text, pages } = await extractText(await renderNoticePdf(input));
      expect(pages).toBe(1);
      expectAll(text, [
        title,
        `编号：${input.number}`,
        `${input.applicantName}：`,
        input.serviceItemName,
        input.applicationNumber,
        ...input.paragraphs,
      ]);
      expect(text).toMatch(new RegExp(`${input.unitName}（印章）2026年11月22日`));
    },
  );
});

describe('dates on documents', () => {
  it('prints an instant in Beijing time and a date in Chinese', () => {
    expect(beijingTime('2026-11-22T16:30:00Z')).toBe('2026-11-23 00:30:00（北京时间）');
    expect(beijingTime('not a date')).toBe('not a date');
    expect(chineseDate('2026-01-05')).toBe('2026年1月5日');
  });
});
