import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceItemOf } from '../../../test/catalog-fixtures';
import { FIXTURE_PASSWORD, type OrgFixture, createFixtureApp } from '../../../test/fixtures';
import { type Client, json, signIn, type TestPlatform } from '../../../test/harness';
import { type InventoryReport, importProbe, XLSX } from '../../../test/import-fuzz';
import type { App } from '../../../platform/http/schemas';
import {
  addInventorySheet,
  bufferOf,
  entry,
  HEADERS,
  handMadeXlsx,
  headerRowXml,
  inlineCell,
  inventoryFile,
  type RowValues,
} from '../excel/test-workbooks';
import { proofEntries } from '../tables';

/** The fixture's one service item: rows must name it to be importable. */
const ITEM = '律师执业许可';
const LONG = '证'.repeat(100_000);

/** Values of every kind a cell can hold, and text that has broken parsers before. */
const HOSTILE: Array<[label: string, value: ExcelJS.CellValue]> = [
  ['number', 42.5],
  ['huge number', 1e21],
  ['date', new Date(Date.UTC(2021, 5, 8, 9, 30))],
  ['boolean', true],
  ['error value', { error: '#N/A' }],
  ['rich text', { richText: [{ text: '律师' }, { font: { bold: true }, text: '执业许可' }] }],
  ['hyperlink', { text: ITEM, hyperlink: 'https://example.org/item?id=1' }],
  ['100k characters', LONG],
  ['only spaces', '   '],
  ['only full-width spaces', '\u3000\u3000'],
  ['full-width letters', 'ＡＢＣ证明１２３'],
  ['zero-width characters', '律师\u200B执业\u200D许可\uFEFF'],
  ['__proto__', '__proto__'],
  ['constructor', 'constructor'],
  ['formula-looking text', '=HYPERLINK("http://x","点我")'],
  ['Excel escape', '_x0007_证明_x000D_'],
  ['astral characters', '𠮷野家😀'],
];

describe('Excel import fuzz: cells, merges, formulas and sheet layouts through the API', () => {
  let platform: TestPlatform;
  let app: App;
  let fx: OrgFixture;
  let officer: Client;
  let probe: ReturnType<typeof importProbe>;
  let seq = 0;
  beforeAll(async () => {
    ({ platform, app, fx } = await createFixtureApp());
    await serviceItemOf(platform, fx.unitA);
    officer = await signIn(app, fx.users.catalog_officer, FIXTURE_PASSWORD);
    probe = importProbe(platform, officer);
  });
  afterAll(async () => {
    await app?.close();
    await platform?.close();
  });
  const url = (partial = false) =>
    `/api/v1/catalog/units/${fx.unitA}/inventory/import${partial ? '?partial=true' : ''}`;
  /** A valid, importable row with a name no other test uses. */
  const good = (overrides: RowValues = {}) => entry(`模糊测试证明${++seq}`, { 办理事项: ITEM, ...overrides });
  const report = async (file: Buffer, partial = false): Promise<InventoryReport> => {
    const outcome = await probe.inventory(url(partial), file);
    expect(outcome.error, JSON.stringify(outcome.error)).toBeUndefined();
    return outcome.report!;
  };
  const refusal = async (file: Buffer) => {
    const outcome = await probe.inventory(url(), file);
    expect(outcome.status).toBe(400);
    expect(outcome.error?.code).toBe('IMPORT_FILE_INVALID');
    return outcome.error!.message;
  };
  const problemsAt = (r: InventoryReport, rowNumber: number) =>
    r.problems.filter((p) => p.rowNumber === rowNumber).map((p) => p.message);

  it('reports every wrong cell type in every column by row, and imports the rest on request, once', async () => {
    const rows: RowValues[] = [];
    const where: Array<{ header: string; label: string; rowNumber: number }> = [];
    for (const header of HEADERS) {
      for (const [label, value] of HOSTILE) {
        where.push({ header, label, rowNumber: rows.length + 2 });
        rows.push(good({ [header]: value }));
      }
    }
    const file = await inventoryFile({ rows });
    const strict = await report(file);
    expect(strict).toMatchObject({ imported: false, created: 0, totalRows: rows.length });
    for (const { header, label, rowNumber } of where) {
      const messages = problemsAt(strict, rowNumber);
      if (label === 'error value') expect(messages.join(), `${header} ${label}`).toContain('#N/A');
      if (label.startsWith('only') && ['证明名称', '办理事项', '开具单位', '处理意见'].includes(header)) {
        expect(messages.join(), `${header} ${label}`).toContain('不能为空');
      }
      if (label === '100k characters' && ['证明名称', '开具单位', '实施机关', '取消理由', '备注'].includes(header)) {
        expect(messages.join(), `${header} ${label}`).toMatch(/不能超过 \d+ 个字（现有 100000 个字）/);
      }
      if (
        ['__proto__', 'constructor', 'full-width letters', 'astral characters'].includes(label) &&
        ['证明名称', '备注'].includes(header)
      ) {
        expect(messages, `${header} ${label}`).toEqual([]);
      }
    }

    const partial = await report(file, true);
    expect(partial.imported).toBe(true);
    expect(partial.created).toBeGreaterThan(0);
    const names = (await platform.database.db.select({ name: proofEntries.name }).from(proofEntries)).map(
      (r) => r.name,
    );
    expect(names).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'ＡＢＣ证明１２３', '𠮷野家😀']));
    // Stored names carry no invisible or control characters (the Excel escape _x0007_ included).
    // eslint-disable-next-line no-control-regex -- control characters are what we look for
    expect(names.filter((n) => /[\u200B-\u200D\uFEFF\u0000-\u001F]/.test(n) || n.trim() !== n || n === '')).toEqual([]);
    expect(
      json<{ total: number }>(await officer.get(`/api/v1/catalog/entries?unitId=${fx.unitA}&pageSize=100`)).total,
    ).toBe(names.length);

    // The same file again: nothing new, nothing changed.
    const again = await report(file, true);
    expect(again).toMatchObject({
      imported: true,
      created: 0,
      updated: 0,
      unchanged: partial.created,
      problems: partial.problems,
    });
    const versions = await platform.database.db.select({ version: proofEntries.version }).from(proofEntries);
    expect(versions.every((v) => v.version === 1)).toBe(true);
  });

  it('treats hostile header texts as plain column titles', async () => {
    const headers = [
      '序号',
      '证明\u200B名称',
      '办理事项',
      '\u3000设定依据\u3000',
      '开具单位',
      '处理意见（保留/取消）',
      '__proto__',
      'constructor',
      'toString',
      '=1+1',
    ];
    const rows = [
      good({
        '证明\u200B名称': '原型头证明',
        '\u3000设定依据\u3000': '《律师法》第五条',
        '处理意见（保留/取消）': '保留',
        ['__proto__']: 'x',
        constructor: 1,
        toString: true,
        '=1+1': { error: '#REF!' },
      }),
    ];
    expect(await report(await inventoryFile({ headers, rows }), true)).toMatchObject({
      imported: true,
      created: 1,
      problems: [],
    });
    // A header that only looks like a column is not one: the real column is missing.
    expect(
      await refusal(
        await inventoryFile({ headers: ['__proto__', '证明名称', 'constructor', '处理意见'], rows: [good()] }),
      ),
    ).toContain('表头缺少必需的列');
    expect(await refusal(await inventoryFile({ headers: [...HEADERS, '证明事项'], rows: [good()] }))).toContain(
      '出现了不止一次',
    );
    // One name under two 实施机关: in a unit's inventory that is one proof written twice.
    const twice = await report(
      await inventoryFile({
        rows: [good({ 证明名称: '重名证明', 实施机关: '甲局' }), good({ 证明名称: '重名证明', 实施机关: '乙局' })],
      }),
      true,
    );
    expect(twice).toMatchObject({
      imported: true,
      created: 1,
      problems: [{ rowNumber: 3, column: '证明名称', message: expect.stringContaining('与第 2 行重复') }],
    });
  });

  it('reads merged cells over headers and data rows, vertical and horizontal', async () => {
    // A two-row header: each title merged down over rows 1–2.
    const twoRow = await inventoryFile({
      rows: [{}, good(), good()],
      edit: (sheet) => HEADERS.forEach((_, i) => sheet.mergeCells(1, i + 1, 2, i + 1)),
    });
    const r1 = await report(twoRow, true);
    expect(r1).toMatchObject({ imported: true, created: 2, totalRows: 2 });

    // Data merges: 实施机关 down three rows, a group title across the table, two columns merged in a row,
    // overlapping merges and a merge running far below the last row.
    const data = await inventoryFile({
      rows: [
        good({ 实施机关: '济宁市民政局' }),
        good({ 实施机关: undefined }),
        good({ 实施机关: undefined }),
        { 序号: '二、其他证明' },
        good(),
        good({ 取消理由: '合并单元格' }),
      ],
      edit: (sheet, at) => {
        sheet.mergeCells(`${at(2, '实施机关').address}:${at(4, '实施机关').address}`);
        sheet.mergeCells(`${at(5, '序号').address}:${at(5, '备注').address}`);
        sheet.mergeCells(`${at(7, '取消理由').address}:${at(7, '替代方式').address}`);
        sheet.mergeCells(`${at(6, '备注').address}:${at(40, '备注').address}`);
      },
    });
    const r2 = await report(data);
    expect(r2.totalRows).toBe(5);
    // 替代方式 under a merge shows 取消理由's text, which names no method: a clear row problem.
    expect(problemsAt(r2, 7).join()).toContain('替代方式');
    expect(r2.problems.filter((p) => p.rowNumber !== 7)).toEqual([]);

    // A header merged across its neighbour hides that neighbour's title.
    const wideHeader = await inventoryFile({ rows: [good()], edit: (sheet) => sheet.mergeCells('B1:C1') });
    expect(await refusal(wideHeader)).toContain('“办理事项”');

    // Hand-written merges ExcelJS would never write: reversed, lower case, one cell, overlapping, huge.
    const odd = (merges: string) =>
      handMadeXlsx(
        `<sheetData>${headerRowXml(1)}${rowXml(2, '奇怪合并证明')}</sheetData><mergeCells>${merges}</mergeCells>`,
      );
    const r3 = await report(
      odd('<mergeCell ref="H3:H2"/><mergeCell ref="a2"/><mergeCell ref="f2:f9"/><mergeCell ref="F2:G3"/>'),
    );
    expect(r3.totalRows).toBe(1);
    expect(await refusal(odd('<mergeCell ref="A2:Z1048576"/>'))).toContain('过大');
  });

  it('shows cached formula results and reports formulas without one, shared and array formulas included', async () => {
    const file = await inventoryFile({
      rows: [
        good({ 办理事项: { formula: 'Sheet2!A1', result: ITEM } }),
        good({ 开具单位: { formula: 'VLOOKUP(A3,单位!A:B,2,0)' } as ExcelJS.CellFormulaValue }),
        good({ 备注: { formula: '1/0', result: { error: '#DIV/0!' } } }),
        good({
          序号: { formula: 'ROW()-1', result: 4, shareType: 'shared', ref: 'A5:A7' } as ExcelJS.CellFormulaValue,
        }),
        good({ 序号: { sharedFormula: 'A5', result: 5 } as ExcelJS.CellSharedFormulaValue }),
        good({ 证明名称: { sharedFormula: 'A5' } as ExcelJS.CellSharedFormulaValue }),
        good({
          开具单位: {
            formula: 'UPPER(E2:E3)',
            result: '公安机关',
            shareType: 'array',
            ref: 'E8:E9',
          } as ExcelJS.CellFormulaValue,
        }),
        good({ 处理意见: { formula: 'IF(TRUE,"保留")', result: true } }),
      ],
    });
    const r = await report(file);
    expect(r.totalRows).toBe(8);
    expect(problemsAt(r, 2)).toEqual([]);
    expect(problemsAt(r, 3).join()).toContain('没有计算结果');
    expect(problemsAt(r, 4).join()).toContain('#DIV/0!');
    expect(problemsAt(r, 7).join()).toMatch(/没有计算结果|不能为空/);
    expect(problemsAt(r, 9).join()).toContain('TRUE');

    // The same, hand-written: a shared formula with and without cached values, an array formula.
    const shared = `<row r="2">${inlineCell('B2', '共享公式证明甲')}<c r="C2" t="str"><f t="shared" ref="C2:C4" si="0">"${ITEM}"</f><v>${ITEM}</v></c>${inlineCell('D2', '无')}${inlineCell('E2', '公安机关')}${inlineCell('G2', '保留')}</row>`;
    const clone = `<row r="3">${inlineCell('B3', '共享公式证明乙')}<c r="C3" t="str"><f t="shared" si="0"/><v>${ITEM}</v></c>${inlineCell('E3', '公安机关')}${inlineCell('G3', '保留')}</row>`;
    const bare = `<row r="4">${inlineCell('B4', '共享公式证明丙')}<c r="C4"><f t="shared" si="0"/></c>${inlineCell('E4', '公安机关')}<c r="G4" t="str"><f t="array" ref="G4:G5">IF(1,"保留")</f><v>保留</v></c></row>`;
    const hand = await report(handMadeXlsx(`<sheetData>${headerRowXml(1)}${shared}${clone}${bare}</sheetData>`));
    expect(hand.totalRows).toBe(3);
    expect(hand.problems.map((p) => [p.rowNumber, p.column])).toEqual([[4, '办理事项']]);
  });

  it('answers empty, header-only, shifted, hidden and several-sheet workbooks clearly', async () => {
    expect(await refusal(await bufferOf(new ExcelJS.Workbook()))).toContain('没有工作表');
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet('Sheet1');
    expect(await refusal(await bufferOf(blank))).toContain('没有任何内容');
    expect(await refusal(await inventoryFile({ rows: [] }))).toContain('没有数据行');
    expect(await refusal(await inventoryFile({ rows: [{}, { 备注: '   ' }] }))).toContain('没有数据行');
    expect(
      await refusal(await inventoryFile({ titles: Array.from({ length: 10 }, (_, i) => `标题${i}`), rows: [good()] })),
    ).toContain('找不到表头');

    const shifted = await report(
      await inventoryFile({ titles: ['附件4', '证明材料汇总表', ''], rows: [good(), good({ 处理意见: '作废' })] }),
    );
    expect(shifted.problems.map((p) => [p.rowNumber, p.column])).toEqual([[6, '处理意见']]);

    // A hidden template sheet before the filled-in one: the visible sheet is what the unit filled in.
    const hidden = new ExcelJS.Workbook();
    addInventorySheet(hidden, { sheetName: '模板', rows: [] }).state = 'hidden';
    addInventorySheet(hidden, { sheetName: '隐藏旧表', rows: [good()] }).state = 'veryHidden';
    hidden.addWorksheet('填表说明').getCell('A1').value = '处理意见填保留或取消';
    addInventorySheet(hidden, { sheetName: '本单位清单', rows: [good(), good()] });
    expect(await report(await bufferOf(hidden))).toMatchObject({ imported: true, created: 2, totalRows: 2 });

    // Only a hidden sheet holds data: still read.
    const onlyHidden = new ExcelJS.Workbook();
    onlyHidden.addWorksheet('封面').getCell('A1').value = '封面';
    addInventorySheet(onlyHidden, { sheetName: '数据', rows: [good()] }).state = 'hidden';
    expect(await report(await bufferOf(onlyHidden))).toMatchObject({ imported: true, created: 1 });

    // Two filled-in inventories in one workbook: refused rather than silently importing one of them.
    const two = new ExcelJS.Workbook();
    addInventorySheet(two, { sheetName: '民政', rows: [good()] });
    addInventorySheet(two, { sheetName: '公安', rows: [good()] });
    expect(await refusal(await bufferOf(two))).toMatch(/“民政”.*“公安”/);
  });

  it('refuses a body that is not a workbook with the one error shape, in either language', async () => {
    const file = await inventoryFile({ rows: [good()] });
    const media = async (contentType: string | null, body: Buffer | undefined) =>
      (await probe.inventory(url(), body, { contentType })).error?.code;
    expect(await media('application/json', Buffer.from('{"rows":[]}'))).toBe('IMPORT_MEDIA_TYPE');
    expect(await media('text/plain', Buffer.from('证明名称,处理意见'))).toBe('IMPORT_MEDIA_TYPE');
    expect(await media('text/csv', Buffer.from('证明名称,处理意见'))).toBe('IMPORT_MEDIA_TYPE');
    expect(
      await media(
        'multipart/form-data; boundary=x',
        Buffer.concat([
          Buffer.from('--x\r\nContent-Disposition: form-data; name="file"\r\n\r\n'),
          file,
          Buffer.from('\r\n--x--\r\n'),
        ]),
      ),
    ).toBe('IMPORT_MEDIA_TYPE');
    expect(await media(null, undefined)).toBe('IMPORT_FILE_INVALID');
    expect(await media(null, file)).toBe('IMPORT_MEDIA_TYPE');
    expect(await media(XLSX, undefined)).toBe('IMPORT_FILE_INVALID');
    expect(await media(XLSX, Buffer.alloc(0))).toBe('IMPORT_FILE_INVALID');
    expect((await probe.inventory(url(), file, { contentType: `${XLSX}; charset=binary` })).report?.imported).toBe(
      true,
    );
    expect(
      (
        await probe.inventory(url(), await inventoryFile({ rows: [good()] }), {
          contentType: 'application/octet-stream',
        })
      ).report?.imported,
    ).toBe(true);

    const english = await probe.inventory(url(), Buffer.from('PK\x03\x04 not really'), { lang: 'en' });
    expect(english.error).toMatchObject({ code: 'IMPORT_FILE_INVALID', message: expect.stringContaining('damaged') });
    expect(
      (await probe.inventory(url(), Buffer.from('{}'), { contentType: 'application/json', lang: 'en' })).error?.message,
    ).toContain('.xlsx');
    expect((await probe.inventory(`${url()}?partial=maybe`, file)).error?.code).toBe('VALIDATION_FAILED');
  });

  it('puts the published-list importer through the same files', async () => {
    const leader = importProbe(platform, await signIn(app, fx.users.leadership_office, FIXTURE_PASSWORD));
    const publishedUrl = (doc: string) =>
      `/api/v1/catalog/regions/${fx.cityA}/published/import?documentNumber=${encodeURIComponent(doc)}&effectiveDate=2021-06-08`;
    const rows = HOSTILE.flatMap(([, value]) => [
      good({ 证明名称: value, 实施机关: '济宁市民政局' }),
      good({ 处理意见: value, 实施机关: '济宁市民政局' }),
      good({ 实施机关: value }),
    ]);
    const hostile = await leader.published(publishedUrl('济政字〔2020〕1号'), await inventoryFile({ rows }));
    expect(hostile.report).toMatchObject({ versionId: null, imported: 0, alreadyImported: false });
    expect(hostile.report!.problems.length).toBeGreaterThan(0);
    expect(
      (await leader.published(publishedUrl('济政字〔2020〕2号'), await inventoryFile({ rows: [] }))).error?.code,
    ).toBe('IMPORT_FILE_INVALID');
    expect((await leader.published(publishedUrl('济政字〔2020〕3号'), Buffer.from('garbage'))).error?.code).toBe(
      'IMPORT_FILE_INVALID',
    );
    const valid = await inventoryFile({ rows: [good({ 实施机关: '济宁市民政局' })] });
    for (const date of ['2021-13-45', '2021-02-29', '0000-01-01', '99999-01-01', '２０２１-01-01']) {
      const bad = await leader.published(
        publishedUrl('济政字〔2020〕4号').replace('2021-06-08', encodeURIComponent(date)),
        valid,
      );
      expect(bad.error?.code, date).toBe('VALIDATION_FAILED');
    }

    const file = await inventoryFile({
      rows: [
        good({ 实施机关: '济宁市民政局', 处理意见: '告知承诺' }),
        good({ 实施机关: '济宁市公安局', 处理意见: '免提交' }),
      ],
    });
    const first = await leader.published(publishedUrl('济政字〔2020〕9号'), file);
    expect(first.report).toMatchObject({ imported: 2, alreadyImported: false });
    const second = await leader.published(publishedUrl('济政字〔2020〕9号'), file);
    expect(second.report).toMatchObject({ versionId: first.report!.versionId, imported: 0, alreadyImported: true });
  });
});

/** A data row of a hand-made sheet: valid apart from what the test adds around it. */
function rowXml(r: number, name: string): string {
  const cells: Array<[string, string]> = [
    ['B', name],
    ['C', ITEM],
    ['D', '无'],
    ['E', '公安机关'],
    ['F', '济宁市民政局'],
    ['G', '保留'],
  ];
  return `<row r="${r}">${cells.map(([col, text]) => inlineCell(`${col}${r}`, text)).join('')}</row>`;
}
