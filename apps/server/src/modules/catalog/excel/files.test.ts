import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ExcelFileError, type ExcelFileErrorCode } from './errors';
import { parseInventory } from './parse';
import {
  addInventorySheet,
  bufferOf,
  entry,
  handMadeXlsx,
  headerRowXml,
  inlineCell,
  inventoryFile,
  zipOf,
} from './test-workbooks';

async function codeOf(
  buffer: Buffer,
  options: { maxRows?: number; maxBytes?: number } = {},
): Promise<ExcelFileErrorCode> {
  const error = await parseInventory(buffer, { mode: 'inventory', ...options }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExcelFileError);
  expect((error as ExcelFileError).message).toMatch(/[\u4e00-\u9fa5].*。$/);
  return (error as ExcelFileError).code;
}

const rows = (n: number, prefix = '证明') =>
  Array.from({ length: n }, (_, i) => entry(`${prefix}${i + 1}`, { 序号: i + 1 }));

describe('files that are not a usable workbook', () => {
  it('gives one clear error for each kind of unusable file', async () => {
    const valid = await inventoryFile({ rows: rows(3) });
    const noSheets = await bufferOf(new ExcelJS.Workbook());
    const emptySheet = new ExcelJS.Workbook();
    emptySheet.addWorksheet('Sheet1');
    const noHeader = new ExcelJS.Workbook();
    noHeader.addWorksheet('Sheet1').addRows([
      ['姓名', '电话'],
      ['张三', '123'],
    ]);
    const csv = Buffer.from(
      '\uFEFF序号,证明名称,办理事项,设定依据,开具单位,处理意见\n1,户籍证明,落户,无,派出所,取消\n',
    );
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) % 251));
    const docx = zipOf([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
    ]);
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
    const encrypted = Buffer.concat([
      cfb,
      Buffer.from('EncryptionInfo', 'utf16le'),
      Buffer.from('EncryptedPackage', 'utf16le'),
    ]);

    expect(await codeOf(Buffer.alloc(0))).toBe('EMPTY_FILE');
    expect(await codeOf(noSheets)).toBe('NO_SHEET');
    expect(await codeOf(await bufferOf(emptySheet))).toBe('EMPTY_SHEET');
    expect(await codeOf(await bufferOf(noHeader))).toBe('NO_HEADER');
    expect(await codeOf(csv)).toBe('NOT_XLSX');
    expect(await codeOf(random)).toBe('NOT_XLSX');
    expect(await codeOf(docx)).toBe('NOT_XLSX');
    expect(await codeOf(cfb)).toBe('NOT_XLSX');
    expect(await codeOf(encrypted)).toBe('ENCRYPTED');
    expect(await codeOf(valid.subarray(0, Math.floor(valid.length / 2)))).toBe('DAMAGED');
    expect(await codeOf(valid, { maxBytes: valid.length - 1 })).toBe('TOO_LARGE');
    expect(await codeOf('not a buffer' as unknown as Buffer)).toBe('NOT_XLSX');
  });

  it('tells an old .xls apart from other foreign files in its message', async () => {
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
    await expect(parseInventory(xls, { mode: 'inventory' })).rejects.toThrow('另存为');
  });

  it('reports corrupt data inside a sound zip as DAMAGED', async () => {
    const valid = await inventoryFile({ rows: rows(3) });
    const flipped = Buffer.from(valid);
    // Overwrite part of the first entry's compressed bytes, keeping the zip structure intact.
    flipped.fill(0xff, 60, 200);
    expect(['DAMAGED', 'NOT_XLSX']).toContain(await codeOf(flipped));
    expect(await codeOf(handMadeXlsx('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>未闭合'))).toBe('DAMAGED');
  });

  it('never crashes or leaves a rejection unhandled on damaged bytes', async () => {
    const valid = await inventoryFile({ rows: rows(20) });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    try {
      for (let i = 0; i < 60; i++) {
        const bytes = Buffer.from(valid);
        for (let k = 0; k < 1 + (i % 8); k++) bytes[next() % bytes.length] = next() % 256;
        const outcome = await parseInventory(bytes, { mode: 'inventory' }).then(
          () => 'parsed',
          (e: unknown) => (e instanceof ExcelFileError ? e.code : e),
        );
        expect(typeof outcome).toBe('string');
      }
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });
});

describe('limits', () => {
  it('stops at maxRows, counting rows as the sheet streams by', async () => {
    const file = await inventoryFile({ rows: rows(80) });
    expect(await codeOf(file, { maxRows: 50 })).toBe('TOO_MANY_ROWS');
    // Within the header allowance of the first pass, the exact count of data rows still applies.
    expect(await codeOf(await inventoryFile({ rows: rows(55) }), { maxRows: 50 })).toBe('TOO_MANY_ROWS');
    const ok = await parseInventory(await inventoryFile({ rows: rows(50) }), { mode: 'inventory', maxRows: 50 });
    expect(ok.rows).toHaveLength(50);
  });

  it('refuses a zip bomb of rows quickly, without building the sheet', async () => {
    const body = `<sheetData>${headerRowXml(1)}${'<row><c t="inlineStr"><is><t>证明</t></is></c></row>'.repeat(1_000_000)}</sheetData>`;
    const bomb = handMadeXlsx(body);
    const started = performance.now();
    expect(await codeOf(bomb)).toBe('TOO_MANY_ROWS');
    console.log(
      `row bomb: ${(bomb.length / 1024).toFixed(0)} KB packed, refused in ${(performance.now() - started).toFixed(0)} ms`,
    );
  });

  it('refuses entries that unpack beyond the budget, or beyond their declared size', async () => {
    // With maxBytes 1 MiB the unpacked budget is its floor, 16 MiB.
    const padding = `<sheetData>${headerRowXml(1)}</sheetData><!--${' '.repeat(20 * 1024 * 1024)}-->`;
    expect(await codeOf(handMadeXlsx(padding), { maxBytes: 1024 * 1024 })).toBe('TOO_LARGE');
    // A liar: declares 20 KB, unpacks to 8 MB. Inflating stops at the claim.
    const liar = `<sheetData>${headerRowXml(1)}</sheetData><!--${' '.repeat(8 * 1024 * 1024)}-->`;
    expect(await codeOf(handMadeXlsx(liar, { declaredSize: 20 * 1024 }))).toBe('DAMAGED');
  });

  it('refuses a merge covering the whole sheet, and too many cells', async () => {
    const merged = `<sheetData>${headerRowXml(1)}</sheetData><mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>`;
    expect(await codeOf(handMadeXlsx(merged))).toBe('TOO_LARGE');
    const wide = `<sheetData>${headerRowXml(1)}<row r="2">${'<c t="inlineStr"><is><t>x</t></is></c>'.repeat(3000)}</row></sheetData>`;
    expect(await codeOf(handMadeXlsx(wide), { maxRows: 10 })).toBe('TOO_LARGE');
  });

  it('reads a hand-made sheet with inline strings, inline rich text and no styles part', async () => {
    const rich = '<c r="B2" t="inlineStr"><is><r><t>居民</t></r><r><rPr><b/></rPr><t>户口簿</t></r></is></c>';
    const row2 = `<row r="2">${rich}${inlineCell('C2', '结婚登记')}${inlineCell('D2', '无')}${inlineCell('E2', '派出所')}${inlineCell('G2', '取消')}${inlineCell('H2', '七个一律第一条')}</row>`;
    const report = await parseInventory(handMadeXlsx(`<sheetData>${headerRowXml(1)}${row2}</sheetData>`), {
      mode: 'inventory',
    });
    expect(report.errors).toEqual([]);
    expect(report.rows[0]).toMatchObject({ name: '居民户口簿', disposition: 'cancel', legalBasis: [] });
  });

  it('is not slowed by a drop-down list on whole columns', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = addInventorySheet(workbook, { rows: rows(20) });
    // ExcelJS has worksheet.dataValidations at run time but not in its type definitions.
    const validations = (
      sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }
    ).dataValidations;
    validations.add('G2:G1048576', { type: 'list', allowBlank: true, formulae: ['"保留,取消"'] });
    const file = await bufferOf(workbook);
    const started = performance.now();
    const report = await parseInventory(file, { mode: 'inventory' });
    expect(report.rows).toHaveLength(20);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('parses a 10,000-row inventory (time printed, not asserted)', async () => {
    const workbook = new ExcelJS.Workbook();
    addInventorySheet(workbook, {
      titles: ['某市证明事项清单'],
      rows: Array.from({ length: 10_000 }, (_, i) =>
        entry(`第${i + 1}号证明材料`, {
          序号: i + 1,
          办理事项: `事项${i % 300}、事项${(i + 1) % 300}`,
          设定依据: '《中华人民共和国行政许可法》第三十一条；《山东省行政程序规定》第二十条',
          开具单位: `第${i % 50}街道办事处`,
          备注: new Date(Date.UTC(2021, i % 12, 1)),
        }),
      ),
    });
    const file = await bufferOf(workbook);
    const started = performance.now();
    const report = await parseInventory(file, { mode: 'inventory' });
    const ms = performance.now() - started;
    console.log(`10,000-row parse: ${ms.toFixed(0)} ms for ${(file.length / 1024).toFixed(0)} KB`);
    expect(report.errors).toEqual([]);
    expect(report.rows).toHaveLength(10_000);
    expect(report.rows[9_999]).toMatchObject({ rowNumber: 10_002, seq: 10_000, name: '第10000号证明材料' });
  });
});
