import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ExcelFileError } from './errors';
import { parseInventory } from './parse';
import { addInventorySheet, bufferOf, entry, HEADERS, inventoryFile } from './test-workbooks';

const inventory = (buffer: Buffer) => parseInventory(buffer, { mode: 'inventory' });
const fileError = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExcelFileError);
  return error as ExcelFileError;
};

describe('layout', () => {
  it('reads a plain attachment-4 inventory', async () => {
    const file = await inventoryFile({
      rows: [
        entry('婚姻状况证明', { 序号: 1, 办理事项: '结婚登记、离婚登记；补领婚姻登记证' }),
        entry('亲属关系证明', {
          序号: 2,
          设定依据: '无',
          处理意见: '取消',
          取消理由: '没有法律法规明确规定（七个一律第一条）',
          替代方式: '',
          核查方式: '',
        }),
      ],
    });
    const report = await inventory(file);
    expect(report).toMatchObject({ sheetName: '清单', headerRow: 1, totalRows: 2, errors: [] });
    expect(report.rows[0]).toMatchObject({
      rowNumber: 2,
      seq: 1,
      name: '婚姻状况证明',
      serviceItemNames: ['结婚登记', '离婚登记', '补领婚姻登记证'],
      legalBasis: [{ instrument: '《婚姻登记条例》', article: '第五条', rank: 'administrative_regulation' }],
      issuingUnitName: '村（居）民委员会',
      implementingUnitName: '市民政局',
      disposition: 'retain',
      substitutes: [{ method: 'commitment' }],
      verificationMethod: 'online',
    });
    expect(report.rows[1]).toMatchObject({
      rowNumber: 3,
      legalBasis: [],
      disposition: 'cancel',
      verificationMethod: null,
    });
  });

  it('finds a shuffled header under title rows and ignores extra columns', async () => {
    const headers = [
      '处理意见',
      '填报人',
      '证明名称',
      '备注',
      '设定依据',
      '开具单位',
      '办理事项',
      '联系电话',
      '实施机关',
      '取消理由',
    ];
    const file = await inventoryFile({
      headers,
      titles: ['附件4', '本单位要求行政相对人或服务对象提供的证明材料汇总表'],
      rows: [entry('出生医学证明', { 填报人: '张三', 联系电话: 13800000000 })],
    });
    const report = await inventory(file);
    expect(report.headerRow).toBe(3);
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0]).toMatchObject({ rowNumber: 4, name: '出生医学证明', implementingUnitName: '市民政局' });
    expect(report.rows[0]!.sourceText).toMatchObject({ 填报人: '张三', 联系电话: '13800000000', 处理意见: '保留' });
    expect(report.rows[0]).not.toHaveProperty('填报人');
  });

  it('accepts header spellings with notes, stars, line breaks and full-width spaces', async () => {
    const headers = [
      '序 号',
      '*证明名称',
      '办理\n事项',
      '设定依据（法律法规名称及条款）',
      '开具单位',
      '处理意见（保留/取消）',
      '取消理由：',
      '\u3000备注\u3000',
    ];
    const file = await inventoryFile({
      headers,
      rows: [
        {
          '*证明名称': '居住证明',
          '办理\n事项': '户籍登记',
          '设定依据（法律法规名称及条款）': '《居住证暂行条例》第九条',
          开具单位: '社区居民委员会',
          '处理意见（保留/取消）': '保留',
        },
      ],
    });
    const report = await inventory(file);
    expect(report.errors).toEqual([]);
    expect(report.rows[0]).toMatchObject({ name: '居住证明', serviceItemNames: ['户籍登记'], disposition: 'retain' });
    expect(report.rows[0]!.legalBasis[0]!.rank).toBe('administrative_regulation');
    expect(Object.keys(report.rows[0]!.sourceText)).toEqual(headers.map((h) => h.replace('\n', '').trim()));
  });

  it('reads the first sheet that has a header, after an instructions sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('填表说明').getCell('A1').value = '请按附件4填写，处理意见填保留或取消。';
    addInventorySheet(workbook, { sheetName: '证明清单', rows: [entry('独生子女证明')] });
    const report = await inventory(await bufferOf(workbook));
    expect(report.sheetName).toBe('证明清单');
    expect(report.rows.map((r) => r.name)).toEqual(['独生子女证明']);
  });

  it('reports a header below the search window, missing columns and duplicate columns', async () => {
    const low = await inventoryFile({
      titles: Array.from({ length: 10 }, (_, i) => `标题 ${i + 1}`),
      rows: [entry('甲')],
    });
    expect((await fileError(inventory(low))).code).toBe('NO_HEADER');

    const missing = await inventoryFile({ headers: ['证明名称', '处理意见', '备注'], rows: [entry('乙')] });
    const m = await fileError(inventory(missing));
    expect(m.code).toBe('MISSING_COLUMN');
    expect(m.message).toContain('“办理事项”、“设定依据”、“开具单位”');

    const twice = await inventoryFile({ headers: [...HEADERS, '证明材料名称'], rows: [entry('丙')] });
    const d = await fileError(inventory(twice));
    expect(d.code).toBe('DUPLICATE_COLUMN');
    expect(d.params).toMatchObject({ column: '证明名称', columns: 'B、L' });
    expect(d.message).toBe('表头中“证明名称”列出现了不止一次（B、L 列），请删除或改名多余的列。');
  });

  it('skips empty rows and template rows whose formulas show nothing', async () => {
    const file = await inventoryFile({
      rows: [
        entry('甲证明'),
        {},
        { 备注: '   \u3000 ' },
        entry('乙证明'),
        { 序号: { formula: 'IF(B6="","",ROW()-1)' } },
      ],
    });
    const report = await inventory(file);
    expect(report.errors).toEqual([]);
    expect(report.rows.map((r) => [r.rowNumber, r.name])).toEqual([
      [2, '甲证明'],
      [5, '乙证明'],
    ]);
    expect(report.totalRows).toBe(2);
  });
});

describe('cell kinds', () => {
  it('reads rich text, cached formula results, hyperlinks, dates, numbers and booleans as text', async () => {
    const file = await inventoryFile({
      rows: [
        entry('x', {
          证明名称: { richText: [{ text: '居民' }, { font: { bold: true }, text: '户口簿' }] },
          办理事项: { formula: 'CONCATENATE("户口","迁移")', result: '户口迁移' },
        }),
        entry('x', {
          证明名称: { text: '出生医学证明', hyperlink: 'https://example.org/proofs/1' },
          备注: new Date(Date.UTC(2021, 4, 1)),
        }),
        entry('x', { 序号: { formula: 'ROW()-1', result: 3 }, 证明名称: 12345, 备注: 0.1 + 0.2 }),
        entry('x', { 证明名称: '\u3000\u3000无犯罪\u3000\u3000记录证明\u200b\u00a0 ', 备注: true }),
        entry('x', { 证明名称: '收入证明', 备注: new Date(Date.UTC(2021, 4, 1, 9, 30)) }),
      ],
    });
    const report = await inventory(file);
    expect(report.errors).toEqual([]);
    expect(report.rows.map((r) => r.name)).toEqual([
      '居民户口簿',
      '出生医学证明',
      '12345',
      '无犯罪 记录证明',
      '收入证明',
    ]);
    expect(report.rows[0]!.serviceItemNames).toEqual(['户口迁移']);
    expect(report.rows[1]!.remarks).toBe('2021-05-01');
    expect(report.rows[2]).toMatchObject({ seq: 3, remarks: '0.3' });
    expect(report.rows[3]!.remarks).toBe('TRUE');
    expect(report.rows[4]!.remarks).toBe('2021-05-01 09:30');
  });

  it('reports error values and formulas without a cached result for that cell only', async () => {
    const file = await inventoryFile({
      rows: [
        entry('甲', { 设定依据: { error: '#N/A' } }),
        entry('乙', { 开具单位: { formula: 'VLOOKUP(B3,单位!A:B,2,0)' } as ExcelJS.CellFormulaValue }),
        entry('丙', { 开具单位: { formula: 'NA()', result: { error: '#N/A' } } }),
        entry('丁'),
      ],
    });
    const report = await inventory(file);
    expect(report.errors.map((e) => [e.rowNumber, e.column, e.code])).toEqual([
      [2, '设定依据', 'CELL_ERROR'],
      [3, '开具单位', 'FORMULA_NO_RESULT'],
      [4, '开具单位', 'CELL_ERROR'],
    ]);
    expect(report.errors[0]!.message).toContain('#N/A');
    expect(report.rows.map((r) => r.name)).toEqual(['丁']);
    expect(report.totalRows).toBe(4);
  });
});

describe('merged cells', () => {
  it('gives a value merged down several rows to every row it covers', async () => {
    const file = await inventoryFile({
      rows: [
        entry('户籍证明', { 实施机关: '市公安局', 设定依据: '《户口登记条例》第六条' }),
        entry('暂住证明', { 实施机关: undefined, 设定依据: undefined }),
        entry('迁移证明', { 实施机关: undefined }),
        { 序号: '二、市民政局' },
        entry('婚姻状况证明', { 开具单位: '街道办事处', 实施机关: '市民政局' }),
        entry('收养证明', { 开具单位: undefined }),
        {},
      ],
      edit: (sheet, at) => {
        sheet.mergeCells(`${at(2, '实施机关').address}:${at(4, '实施机关').address}`);
        sheet.mergeCells(`${at(2, '设定依据').address}:${at(3, '设定依据').address}`);
        sheet.mergeCells(`${at(5, '序号').address}:${at(5, '备注').address}`);
        // An over-long merge: row 8 holds nothing of its own and is not a proof.
        sheet.mergeCells(`${at(6, '开具单位').address}:${at(8, '开具单位').address}`);
      },
    });
    const report = await inventory(file);
    expect(report.errors).toEqual([]);
    expect(report.rows.map((r) => [r.rowNumber, r.name, r.implementingUnitName, r.issuingUnitName])).toEqual([
      [2, '户籍证明', '市公安局', '村（居）民委员会'],
      [3, '暂住证明', '市公安局', '村（居）民委员会'],
      [4, '迁移证明', '市公安局', '村（居）民委员会'],
      [6, '婚姻状况证明', '市民政局', '街道办事处'],
      [7, '收养证明', '市民政局', '街道办事处'],
    ]);
    expect(report.rows[1]!.legalBasis).toEqual([
      { instrument: '《户口登记条例》', article: '第六条', rank: 'administrative_regulation' },
    ]);
    expect(report.rows[2]!.legalBasis[0]!.instrument).toBe('《婚姻登记条例》');
    expect(report.rows[1]!.sourceText['实施机关']).toBe('市公安局');
    expect(report.totalRows).toBe(5);
  });

  it('gives a value merged across columns to each column, and reads a merged header once', async () => {
    const file = await inventoryFile({
      titles: ['证明事项清单'],
      rows: [entry('死亡证明', { 开具单位: '市卫生健康委员会', 实施机关: undefined })],
      edit: (sheet, at) => sheet.mergeCells(`${at(3, '开具单位').address}:${at(3, '实施机关').address}`),
    });
    const report = await inventory(file);
    expect(report.rows[0]).toMatchObject({
      issuingUnitName: '市卫生健康委员会',
      implementingUnitName: '市卫生健康委员会',
    });
  });
});
