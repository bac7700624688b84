import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceItemOf } from '../../../test/catalog-fixtures';
import { FIXTURE_PASSWORD, type OrgFixture, createFixtureApp } from '../../../test/fixtures';
import { type Client, signIn, type TestPlatform } from '../../../test/harness';
import { importProbe, type InventoryReport } from '../../../test/import-fuzz';
import type { App } from '../../../platform/http/schemas';
import { type ExportRow, exportInventory } from '../excel';
import {
  addInventorySheet,
  bufferOf,
  entry,
  handMadeXlsx,
  headerRowXml,
  inlineCell,
  inventoryFile,
  withParts,
  zipOf,
} from '../excel/test-workbooks';

const ITEM = '律师执业许可';
const MiB = 1024 * 1024;

function exportRow(name: string): ExportRow {
  return {
    name,
    serviceItemNames: [ITEM],
    legalBasis: [{ instrument: '《中华人民共和国律师法》', article: '第五条', rank: 'law' }],
    issuingUnitName: '公安机关',
    implementingUnitName: '济宁市民政局',
    disposition: 'retain',
    cancelReason: '',
    substitutes: [{ method: 'commitment' }],
    verificationMethod: 'online',
    remarks: '',
  };
}

/** Deterministic noise, so a failure can be replayed. */
function noise(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  for (let i = 0, s = seed; i < length; i++) out[i] = (s = (s * 1103515245 + 12345) % 2 ** 31) >>> 16;
  return out;
}

describe('Excel import fuzz: broken files, zip bombs, 10,000 rows and random damage through the API', () => {
  let platform: TestPlatform;
  let app: App;
  let fx: OrgFixture;
  let officer: Client;
  let probe: ReturnType<typeof importProbe>;
  let valid: Buffer;
  beforeAll(async () => {
    ({ platform, app, fx } = await createFixtureApp());
    await serviceItemOf(platform, fx.unitA);
    officer = await signIn(app, fx.users.catalog_officer, FIXTURE_PASSWORD);
    probe = importProbe(platform, officer);
    // exportInventory writes shared strings and styles, the parts an XML fuzz should reach.
    valid = await exportInventory(
      [exportRow('损坏测试证明甲'), exportRow('损坏测试证明乙'), exportRow('损坏测试证明丙')],
      { title: '证明材料汇总表' },
    );
  });
  afterAll(async () => {
    await app?.close();
    await platform?.close();
  });
  const url = (partial = false) =>
    `/api/v1/catalog/units/${fx.unitA}/inventory/import${partial ? '?partial=true' : ''}`;
  /** The file is refused with IMPORT_FILE_INVALID; returns the message. */
  const refused = async (file: Buffer) => {
    const outcome = await probe.inventory(url(), file);
    expect(outcome.error?.code, JSON.stringify(outcome.report ?? outcome.error)).toBe('IMPORT_FILE_INVALID');
    return outcome.error!.message;
  };

  it('refuses files that are not an .xlsx with a clear reason', async () => {
    const docx = zipOf([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
    ]);
    const noSheetPart = zipOf([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
    ]);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(2000, 3)]);
    const cases: Array<[string, Buffer, string]> = [
      ['empty body', Buffer.alloc(0), '空的'],
      ['random bytes', noise(64 * 1024, 1), '不是 Excel'],
      ['a PNG', png, '不是 Excel'],
      ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\n'), '不是 Excel'],
      ['a CSV', Buffer.from('\uFEFF证明名称,处理意见\n户籍证明,取消\n'), '不是 Excel'],
      ['a Word document', docx, '不是 Excel'],
      ['a zip with a workbook but no sheet', noSheetPart, '没有工作表'],
      [
        'an old .xls',
        Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]),
        '另存为',
      ],
      ['garbage before the zip', Buffer.concat([Buffer.from('garbage'), valid]), '不是 Excel'],
      ['only the zip magic', Buffer.from('PK\x03\x04'), '损坏'],
    ];
    for (const cut of [0.1, 0.5, 0.9])
      cases.push([`cut at ${cut * 100}%`, valid.subarray(0, Math.floor(valid.length * cut)), '损坏']);
    cases.push(['last byte missing', valid.subarray(0, valid.length - 1), '损坏']);
    for (const [label, body, reason] of cases) expect(await refused(body), label).toContain(reason);
    // Trailing bytes after the end record do not hide a sound workbook.
    expect((await probe.inventory(url(), Buffer.concat([valid, Buffer.from('tail')]))).status).toBeLessThan(500);
  });

  it('refuses malformed XML in shared strings, sheet, styles and workbook parts, and never expands entities', async () => {
    const sheet = 'xl/worksheets/sheet1.xml';
    const cases: Array<[string, Record<string, (xml: string) => string>]> = [
      ['shared strings cut short', { 'xl/sharedStrings.xml': (x) => x.slice(0, Math.floor(x.length / 2)) }],
      ['shared strings unclosed', { 'xl/sharedStrings.xml': (x) => x.replace('</si>', '') }],
      ['shared strings empty', { 'xl/sharedStrings.xml': () => '' }],
      ['shared strings not XML', { 'xl/sharedStrings.xml': () => '这不是XML<<<&&&' }],
      [
        'shared string index out of range',
        {
          [sheet]: (x) =>
            x
              .replace(/<v>\d+<\/v>/, '<v>999999</v>')
              .replace(/<v>\d+<\/v>/, '<v>-1</v>')
              .replace(/<v>\d+<\/v>/, '<v>abc</v>'),
        },
      ],
      ['sheet cut short', { [sheet]: (x) => x.slice(0, Math.floor(x.length * 0.7)) }],
      ['sheet not XML', { [sheet]: () => '\u0000\u0001 binary' }],
      ['styles unclosed', { 'xl/styles.xml': (x) => x.replace(/<\/cellXfs>/, '') }],
      ['workbook without sheets', { 'xl/workbook.xml': (x) => x.replace(/<sheets>.*<\/sheets>/s, '') }],
      [
        'workbook pointing at a missing part',
        { 'xl/_rels/workbook.xml.rels': (x) => x.replace(/worksheets\/sheet1\.xml/, 'worksheets/sheet9.xml') },
      ],
      ['content types not XML', { '[Content_Types].xml': () => '<Types' }],
      ['deep nesting', { [sheet]: (x) => x.replace('<sheetData>', `<sheetData>${'<row>'.repeat(50_000)}`) }],
      [
        'billion laughs',
        {
          'xl/sharedStrings.xml': (x) =>
            laughs() + x.replace(/^<\?xml[^>]*\?>/, '').replace(/<t>[^<]*<\/t>/, '<t>&lol9;</t>'),
        },
      ],
      [
        'external entity',
        {
          'xl/sharedStrings.xml': (x) =>
            '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
            x.replace(/^<\?xml[^>]*\?>/, '').replace(/<t>[^<]*<\/t>/, '<t>&xxe;</t>'),
        },
      ],
    ];
    for (const [label, edit] of cases) {
      const started = performance.now();
      const outcome = await probe.inventory(url(), withParts(valid, edit));
      expect(performance.now() - started, label).toBeLessThan(10_000);
      expect(JSON.stringify(outcome), label).not.toMatch(/root:|lollollol/);
      if (outcome.error) expect(outcome.error.code, label).toBe('IMPORT_FILE_INVALID');
    }
  });

  it('reports cells that no spreadsheet program writes: odd types, values and references', async () => {
    const cells = [
      '<c r="B2" t="n"><v>abc</v></c>',
      '<c r="B3" t="n"><v>1e999</v></c>',
      '<c r="B4" t="b"><v>7</v></c>',
      '<c r="B5" t="d"><v>not a date</v></c>',
      `<c r="B6" t="e"><v>${'#'.repeat(50_000)}</v></c>`,
      '<c r="B7" t="s"><v>12</v></c>',
      '<c r="B8" t="inlineStr"></c>',
      '<c r="ZZZZ9" t="inlineStr"><is><t>越界列</t></is></c><c r="B9" t="str"><f>1+</f></c>',
      '<c t="inlineStr"><is><t>无引用</t></is></c>',
    ];
    const rows = cells.map(
      (c, i) =>
        `<row r="${i + 2}">${c}${inlineCell(`C${i + 2}`, ITEM)}${inlineCell(`E${i + 2}`, '公安机关')}${inlineCell(`G${i + 2}`, '保留')}</row>`,
    );
    const odd = [
      '<row r="0"><c r="B0" t="inlineStr"><is><t>零行</t></is></c></row>',
      '<row r="-5"/>',
      '<row r="abc"/>',
      '<row r="1048577"><c r="B1048577" t="inlineStr"><is><t>超出</t></is></c></row>',
    ];
    for (const extra of [[], odd.slice(0, 1), odd.slice(1, 2), odd.slice(2, 3), odd.slice(3)]) {
      const outcome = await probe.inventory(
        url(),
        handMadeXlsx(`<sheetData>${headerRowXml(1)}${rows.join('')}${extra.join('')}</sheetData>`),
      );
      if (outcome.error) expect(outcome.error.code).toBe('IMPORT_FILE_INVALID');
      else expect(outcome.report!.problems.length).toBeGreaterThan(0);
    }
  });

  it('stops zip bombs early: honest huge parts, parts lying about their size, overlapping entries, too many entries', async () => {
    const header = `<sheetData>${headerRowXml(1)}</sheetData>`;
    const timed = async (label: string, file: Buffer) => {
      const started = performance.now();
      const message = await refused(file);
      const ms = performance.now() - started;
      console.log(`${label}: ${(file.length / 1024).toFixed(0)} KB packed, refused in ${ms.toFixed(0)} ms`);
      expect(ms, label).toBeLessThan(5_000);
      return message;
    };
    const zeros = Buffer.alloc(120 * MiB);
    expect(
      await timed('120 MiB part', handMadeXlsx(header, {}, [{ name: 'xl/media/image1.png', data: zeros }])),
    ).toContain('过大');
    expect(
      await timed(
        'part lying about its size',
        handMadeXlsx(header, {}, [
          { name: 'xl/media/image1.png', data: zeros.subarray(0, 30 * MiB), declaredSize: 30 * 1024 },
        ]),
      ),
    ).toContain('损坏');
    expect(
      await timed(
        'overlapping entries',
        overlapping(handMadeXlsx(header, {}, [{ name: 'xl/media/image1.png', data: zeros.subarray(0, 10 * MiB) }]), 40),
      ),
    ).toMatch(/过大|损坏/);
    const many = Array.from({ length: 6000 }, (_, i) => ({
      name: `xl/media/m${i}.bin`,
      data: Buffer.from('x'),
      stored: true,
    }));
    expect(await timed('6,000 entries', handMadeXlsx(header, {}, many))).toContain('过大');
    const tooBig = await probe.inventory(url(), noise(21 * MiB, 5));
    expect(tooBig).toMatchObject({ status: 413, error: { code: 'BODY_TOO_LARGE' } });
  });

  it('imports 10,000 rows, reporting the bad ones by row number, within the time a user waits', async () => {
    const bad = new Map<number, [string, ExcelJS.CellValue]>([
      [17, ['处理意见', '作废']],
      [512, ['证明名称', '   ']],
      [2048, ['办理事项', '没有登记的事项']],
      [5000, ['开具单位', { error: '#REF!' }]],
      [7777, ['取消理由', { formula: 'A1' } as ExcelJS.CellFormulaValue]],
      [9000, ['证明名称', '第8999号证明']],
      [9999, ['设定依据', '第三条']],
    ]);
    const rows = Array.from({ length: 10_000 }, (_, i) => {
      const [header, value] = bad.get(i) ?? ['备注', ''];
      return entry(`第${i}号证明`, { 序号: i + 1, 办理事项: ITEM, [header]: value });
    });
    const workbook = new ExcelJS.Workbook();
    addInventorySheet(workbook, { titles: ['证明材料汇总表'], rows });
    const file = await bufferOf(workbook);
    // Data start on row 3 (title, header): row i of the array is Excel row i + 3.
    const expectedRows = [...bad.keys()].map((i) => i + 3);

    let started = performance.now();
    const strict = (await probe.inventory(url(), file)).report!;
    const strictMs = performance.now() - started;
    expect(strict).toMatchObject({ imported: false, totalRows: 10_000, created: 0 });
    expect([...new Set(strict.problems.map((p) => p.rowNumber))]).toEqual(expectedRows);

    started = performance.now();
    const partial: InventoryReport = (await probe.inventory(url(true), file)).report!;
    const partialMs = performance.now() - started;
    console.log(
      `10,000-row import (${(file.length / 1024).toFixed(0)} KB): refused in ${strictMs.toFixed(0)} ms, partial import of ${partial.created} rows in ${partialMs.toFixed(0)} ms`,
    );
    expect(partial).toMatchObject({ imported: true, totalRows: 10_000, created: 9_993, updated: 0, unchanged: 0 });
    expect([...new Set(partial.problems.map((p) => p.rowNumber))]).toEqual(expectedRows);
    expect(partialMs).toBeLessThan(45_000);
  });

  it('never answers random damage to a workbook with a 5xx, a crash or a stray shape (property)', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    // Stored parts put the XML itself under the mutations; the deflated original tests the zip layer.
    const bases = [
      valid,
      withParts(valid, {}, { stored: true }),
      await inventoryFile({ rows: [entry('随机损坏证明', { 办理事项: ITEM })] }),
    ];
    const mutation = fc.oneof(
      fc.record({
        kind: fc.constant('set' as const),
        at: fc.nat(),
        bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
      }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
      }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
    );
    const outcomes = { report: 0, refused: 0 };
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(0, 1, 2),
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          async (which, mutations) => {
            let bytes = Buffer.from(bases[which]!);
            for (const m of mutations) {
              const at = m.at % bytes.length;
              if (m.kind === 'set') bytes.set(m.bytes.subarray(0, bytes.length - at), at);
              else if (m.kind === 'cut') bytes = bytes.subarray(0, at);
              else if (m.kind === 'insert') bytes = Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at)]);
              else bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length)]);
              if (bytes.length === 0) break;
            }
            const outcome = await probe.inventory(url(true), bytes);
            if (outcome.error) expect(outcome.error.code).toBe('IMPORT_FILE_INVALID');
            outcomes[outcome.error ? 'refused' : 'report'] += 1;
          },
        ),
        { numRuns: 240, seed: 20260302 },
      );
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    console.log(`random damage: ${outcomes.report} reports, ${outcomes.refused} refusals`);
    expect(unhandled).toEqual([]);
  });

  it('never answers random damage to the XML inside a sound zip with a 5xx (property)', async () => {
    const parts = [
      'xl/worksheets/sheet1.xml',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      '[Content_Types].xml',
    ];
    const tokens = [
      '<',
      '>',
      '/>',
      '&',
      '&amp;',
      '&#0;',
      '"',
      '=',
      '<c r="B3" t="s"><v>99</v></c>',
      '</row>',
      '<row r="3">',
      '<f>A1</f>',
      't="e"',
      ' r="A0"',
      '\u0000',
      '证',
      '\u200B',
      '\u3000',
      '__proto__',
      '9'.repeat(20),
    ];
    const edit = fc.record({
      part: fc.constantFrom(...parts),
      at: fc.nat(),
      remove: fc.integer({ min: 0, max: 16 }),
      insert: fc.constantFrom(...tokens),
    });
    const outcomes = { report: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
        const byPart: Record<string, (xml: string) => string> = {};
        for (const e of edits) {
          const before = byPart[e.part] ?? ((x: string) => x);
          byPart[e.part] = (xml) => {
            const x = before(xml);
            const at = e.at % (x.length + 1);
            return x.slice(0, at) + e.insert + x.slice(at + e.remove);
          };
        }
        const outcome = await probe.inventory(url(true), withParts(valid, byPart));
        if (outcome.error) expect(outcome.error.code).toBe('IMPORT_FILE_INVALID');
        outcomes[outcome.error ? 'refused' : 'report'] += 1;
      }),
      { numRuns: 150, seed: 20260303 },
    );
    console.log(`random XML damage: ${outcomes.report} reports, ${outcomes.refused} refusals`);
  });
});

/** XML that expands ten levels of ten-fold entities (a billion "lol"s) if a parser honours the DTD. */
function laughs(): string {
  const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
  return `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY lol0 "lol">${levels}]>`;
}

/**
 * The package with `count` extra central-directory records that all point at its last part's data
 * (the "overlapping files" zip bomb: each record unpacks the same bytes again).
 */
function overlapping(zip: Buffer, count: number): Buffer {
  const end = zip.length - 22;
  const dirSize = zip.readUInt32LE(end + 12);
  const dirStart = zip.readUInt32LE(end + 16);
  const records: Buffer[] = [];
  let last = dirStart;
  for (let at = dirStart; at < dirStart + dirSize; at += 46 + zip.readUInt16LE(at + 28)) last = at;
  const template = zip.subarray(last, last + 46);
  for (let i = 0; i < count; i++) {
    const name = Buffer.from(`xl/media/copy${i}.png`);
    const record = Buffer.from(template);
    record.writeUInt16LE(name.length, 28);
    records.push(record, name);
  }
  const directory = Buffer.concat([zip.subarray(dirStart, dirStart + dirSize), ...records]);
  const tail = Buffer.from(zip.subarray(end));
  tail.writeUInt16LE(tail.readUInt16LE(8) + count, 8);
  tail.writeUInt16LE(tail.readUInt16LE(10) + count, 10);
  tail.writeUInt32LE(directory.length, 12);
  return Buffer.concat([zip.subarray(0, dirStart), directory, tail]);
}
