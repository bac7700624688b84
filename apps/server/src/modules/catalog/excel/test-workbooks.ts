/**
 * Test-only builders: every test workbook is made in code (no binary fixtures in git), with ExcelJS
 * for real workbooks and a tiny zip writer for hostile packages ExcelJS would never produce.
 */
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { readZipEntries } from './zip';

export const HEADERS = [
  '序号',
  '证明名称',
  '办理事项',
  '设定依据',
  '开具单位',
  '实施机关',
  '处理意见',
  '取消理由',
  '替代方式',
  '核查方式',
  '备注',
];

export type RowValues = Record<string, ExcelJS.CellValue>;

/** A valid retained entry; override any column by its header. */
export function entry(name: string, overrides: RowValues = {}): RowValues {
  return {
    证明名称: name,
    办理事项: '结婚登记',
    设定依据: '《婚姻登记条例》第五条',
    开具单位: '村（居）民委员会',
    实施机关: '市民政局',
    处理意见: '保留',
    替代方式: '告知承诺',
    核查方式: '在线核查',
    ...overrides,
  };
}

export interface SheetSpec {
  rows: RowValues[];
  headers?: string[];
  /** Lines written above the header (each merged across the table). */
  titles?: string[];
  sheetName?: string;
  /** Last-minute changes on the sheet (merges, odd cells); `at(row, header)` finds a cell. */
  edit?: (sheet: ExcelJS.Worksheet, at: (row: number, header: string) => ExcelJS.Cell) => void;
}

export function addInventorySheet(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const headers = spec.headers ?? HEADERS;
  const sheet = workbook.addWorksheet(spec.sheetName ?? '清单');
  const titles = spec.titles ?? [];
  titles.forEach((title, i) => {
    sheet.getCell(i + 1, 1).value = title;
    sheet.mergeCells(i + 1, 1, i + 1, headers.length);
  });
  const headerRow = titles.length + 1;
  headers.forEach((h, i) => (sheet.getCell(headerRow, i + 1).value = h));
  spec.rows.forEach((values, r) => {
    headers.forEach((h, c) => {
      // Only own keys: a header such as "__proto__" or "constructor" must not read Object.prototype.
      const value = Object.hasOwn(values, h) ? values[h] : undefined;
      if (value !== undefined) sheet.getCell(headerRow + 1 + r, c + 1).value = value;
    });
  });
  const at = (row: number, header: string) => sheet.getCell(row, headers.indexOf(header) + 1);
  spec.edit?.(sheet, at);
  return sheet;
}

export async function bufferOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function inventoryFile(spec: SheetSpec): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  addInventorySheet(workbook, spec);
  return bufferOf(workbook);
}

export interface RawZipEntry {
  name: string;
  data: Buffer;
  /** Store instead of deflate. */
  stored?: boolean;
  /** Lie about the unpacked size in the central directory. */
  declaredSize?: number;
}

/** A minimal zip writer, so tests can build packages that no spreadsheet program would. */
export function zipOf(entries: RawZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = e.stored ? e.data : zlib.deflateRawSync(e.data);
    const method = e.stored ? 0 : 8;
    const crc = zlib.crc32(e.data);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/></Types>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
  '<sheet name="清单" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '</Relationships>';

/** A bare-bones workbook around the given sheet XML body (what goes inside <worksheet>), plus any extra parts. */
export function handMadeXlsx(
  sheetBody: string,
  sheetEntry: Partial<RawZipEntry> = {},
  extra: RawZipEntry[] = [],
): Buffer {
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheetBody}</worksheet>`;
  return zipOf([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: 'xl/workbook.xml', data: Buffer.from(WORKBOOK) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(WORKBOOK_RELS) },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheet), ...sheetEntry },
    ...extra,
  ]);
}

/** The parts of a package, unpacked: to rebuild it with a part changed (or every part stored). */
export function unzipParts(buf: Buffer): RawZipEntry[] {
  return readZipEntries(buf).map((e) => {
    const data = buf.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    return { name: e.name, data: e.method === 0 ? Buffer.from(data) : zlib.inflateRawSync(data) };
  });
}

/** The package again with `edit` applied to the text of the parts it names (others unchanged). */
export function withParts(
  buf: Buffer,
  edit: Record<string, (xml: string) => string>,
  options: { stored?: boolean } = {},
): Buffer {
  return zipOf(
    unzipParts(buf).map((part) => ({
      ...part,
      ...(options.stored ? { stored: true } : {}),
      ...(Object.hasOwn(edit, part.name) ? { data: Buffer.from(edit[part.name]!(part.data.toString('utf8'))) } : {}),
    })),
  );
}

/** An inline-string cell, for hand-made sheets. */
export function inlineCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

/** The header row of attachment 4 as hand-made sheet XML, in row `r`. */
export function headerRowXml(r: number): string {
  const cells = HEADERS.map((h, i) => inlineCell(`${String.fromCharCode(65 + i)}${r}`, h)).join('');
  return `<row r="${r}">${cells}</row>`;
}
