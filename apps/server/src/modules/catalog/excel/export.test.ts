import type { BasisRank, LegalBasis, Substitute, SubstituteMethod } from '@pfc/contracts';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportInventory, safeSheetName } from './export';
import { parseInventory } from './parse';
import { HEADERS } from './test-workbooks';
import type { ExportRow, ImportDisposition, ImportMode } from './types';

const INSTRUMENTS: Record<Exclude<BasisRank, 'none'>, string[]> = {
  law: [
    '《中华人民共和国婚姻法》',
    '《中华人民共和国行政许可法》',
    '《中华人民共和国民法典》',
    '《中华人民共和国社会保险法》',
  ],
  administrative_regulation: [
    '《婚姻登记条例》',
    '《居住证暂行条例》',
    '《优化营商环境条例》',
    '《中华人民共和国户口登记条例》',
    '《城市市容和环境卫生管理条例》',
  ],
  local_regulation: [
    '《山东省人口与计划生育条例》',
    '《济南市城市市容和环境卫生管理条例》',
    '《广西壮族自治区农村五保供养条例》',
    '《山东省实施〈中华人民共和国老年人权益保障法〉办法》',
  ],
  rule: [
    '《山东省行政程序规定》',
    '《医师执业注册管理办法》',
    '《不动产登记暂行条例实施细则》',
    '《最低生活保障审核确认办法（试行）》',
  ],
  normative_document: [
    '《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》',
    '《济宁市全面推行证明事项告知承诺制实施方案》',
    '《山东省人民政府办公厅关于印发山东省全面推行证明事项告知承诺制实施方案的通知》',
  ],
};
const ARTICLES = [
  '',
  '第八条',
  '第五条第二款',
  '第十二条、第十三条',
  '第三十一条第一款第（二）项',
  '第一百零二条',
  '第一条；第三条',
];
const PROOFS = [
  '婚姻状况',
  '户籍',
  '无犯罪记录',
  '亲属关系',
  '居住',
  '收入',
  '健康',
  '出生医学',
  '独生子女',
  '房屋产权',
  '学历',
  '未婚',
  '社保缴纳',
];
const SUFFIXES = ['证明', '证明材料', '情况说明', '证明（原件）', '证明 （复印件）', '“三无”人员证明'];
const ITEMS = [
  '结婚登记',
  '离婚登记',
  '户口迁移',
  '居住证办理',
  '最低生活保障审批',
  '公租房申请',
  '营业执照办理',
  '医师执业注册',
  '不动产登记',
  '高龄津贴发放',
];
const UNITS = [
  '村（居）民委员会',
  '市公安局',
  '街道办事处',
  '市卫生健康委员会',
  '县人民医院',
  '市民政局',
  '市人力资源和社会保障局',
];
const REASONS = [
  '没有法律法规明确规定',
  '能够通过个人现有证照证明',
  '能够采取申请人书面承诺方式解决',
  '能够通过数据共享、部门协助获取',
];
const NOTES = ['公安人口库', '省大数据平台', '不动产登记信息', '由实施机关向开具单位发函'];
const REMARKS = ['', '需本人到场', '原件核验后退还；复印件留存', '第一行说明\n第二行说明'];

const DISPOSITIONS: Record<ImportMode, ImportDisposition[]> = {
  inventory: ['retain', 'cancel'],
  published: ['retain', 'cancel', 'commitment', 'exempt'],
};

const basisArb: fc.Arbitrary<LegalBasis> = fc
  .constantFrom(...(Object.keys(INSTRUMENTS) as Array<keyof typeof INSTRUMENTS>))
  .chain((rank) =>
    fc.record({
      instrument: fc.constantFrom(...INSTRUMENTS[rank]),
      article: fc.constantFrom(...ARTICLES),
      rank: fc.constant(rank),
    }),
  );

const substitutesArb: fc.Arbitrary<Substitute[]> = fc
  .shuffledSubarray<SubstituteMethod>(['commitment', 'data_sharing', 'assistance', 'must_submit'])
  .chain((methods) =>
    fc.tuple(
      ...methods.map((method) =>
        fc.option(fc.constantFrom(...NOTES), { nil: undefined }).map((note) => (note ? { method, note } : { method })),
      ),
    ),
  );

const rowArb = (mode: ImportMode): fc.Arbitrary<ExportRow> =>
  fc
    .record({
      seq: fc.option(fc.integer({ min: 1, max: 99_999 }), { nil: undefined }),
      name: fc.tuple(fc.constantFrom(...PROOFS), fc.constantFrom(...SUFFIXES)).map(([a, b]) => a + b),
      serviceItemNames: fc.uniqueArray(fc.constantFrom(...ITEMS), { minLength: 1, maxLength: 4 }),
      legalBasis: fc.array(basisArb, { maxLength: 3 }),
      issuingUnitName: fc.constantFrom(...UNITS),
      implementingUnitName: fc.constantFrom('', ...UNITS),
      disposition: fc.constantFrom(...DISPOSITIONS[mode]),
      cancelReason: fc.constantFrom(...REASONS),
      substitutes: substitutesArb,
      verificationMethod: fc.constantFrom(null, 'online', 'assistance', 'on_site', 'exempt' as const),
      remarks: fc.constantFrom(...REMARKS),
    })
    .map(({ seq, ...row }) => (seq === undefined ? row : { seq, ...row }));

describe('round trip', () => {
  it('parse(export(rows)) gives back the same rows', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom<ImportMode>('inventory', 'published')
          .chain((mode) =>
            fc.tuple(
              fc.constant(mode),
              fc.uniqueArray(rowArb(mode), { maxLength: 25, selector: (r) => `${r.name}|${r.implementingUnitName}` }),
              fc.option(
                fc.constantFrom(
                  '附件4 本单位要求行政相对人或服务对象提供的证明材料汇总表',
                  '某市证明事项保留清单（2021年）',
                ),
                { nil: undefined },
              ),
            ),
          ),
        async ([mode, rows, title]) => {
          const report = await parseInventory(await exportInventory(rows, { title, sheetName: '证明清单' }), { mode });
          expect(report.errors).toEqual([]);
          expect(report.headerRow).toBe(title ? 2 : 1);
          expect(report.rows.map((r) => r.rowNumber)).toEqual(rows.map((_, i) => report.headerRow + 1 + i));
          expect(report.rows.map(({ rowNumber: _r, sourceText: _s, ...rest }) => rest)).toEqual(rows);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('export format', () => {
  const row: ExportRow = {
    seq: 1,
    name: '=HYPERLINK("http://evil")',
    serviceItemNames: ['结婚登记'],
    legalBasis: [{ instrument: '婚姻登记条例', article: '第五条', rank: 'administrative_regulation' }],
    issuingUnitName: '村（居）民委员会\u0007',
    implementingUnitName: '',
    disposition: 'cancel',
    cancelReason: '没有法律法规明确规定',
    substitutes: [],
    verificationMethod: null,
    remarks: '',
  };

  it('writes a bold frozen header with widths and wrapped text under a merged title', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await exportInventory([row], {
        title: '某市证明事项清单',
        sheetName: '清单/2021:第一批',
      })) as unknown as ExcelJS.Buffer,
    );
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('清单_2021_第一批');
    expect(sheet.getCell('A1').value).toBe('某市证明事项清单');
    expect(sheet.getCell('K1').isMerged).toBe(true);
    expect(HEADERS.map((_, i) => sheet.getRow(2).getCell(i + 1).value)).toEqual(HEADERS);
    expect(sheet.getCell('B2').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.getColumn(4).width).toBe(40);
    expect(sheet.getCell('D3').alignment?.wrapText).toBe(true);
    // Text that looks like a formula stays text; the legal basis gets its 《》 back.
    expect(sheet.getCell('B3').value).toBe('=HYPERLINK("http://evil")');
    expect(sheet.getCell('D3').value).toBe('《婚姻登记条例》第五条');
    expect(sheet.getCell('E3').value).toBe('村（居）民委员会');
    expect(sheet.getCell('G3').value).toBe('取消');
  });

  it('exports an empty list as a header that parses to no rows', async () => {
    const report = await parseInventory(await exportInventory([], {}), { mode: 'inventory' });
    expect(report).toMatchObject({ sheetName: '证明事项清单', headerRow: 1, rows: [], errors: [], totalRows: 0 });
  });

  it('keeps sheet names within Excel rules', () => {
    expect(safeSheetName(undefined)).toBe('证明事项清单');
    expect(safeSheetName("'*?'")).toBe('__');
    expect([...safeSheetName('很'.repeat(40))]).toHaveLength(31);
  });
});
