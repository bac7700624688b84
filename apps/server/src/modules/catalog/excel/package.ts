/**
 * Vets an upload as an .xlsx package before ExcelJS loads it, and collects what we read ourselves.
 * ExcelJS loads a whole workbook into memory, so this pass bounds the work it will do: real unpacked
 * bytes, rows per sheet (counted as the XML streams by, stopping early), cells, and merged areas.
 * Merge ranges are collected here because ExcelJS's own merge handling is quadratic in the number of
 * merges (10,000 merges took 8 s in our trial) and a single huge range would make it allocate every
 * covered cell; we give ExcelJS `ignoreNodes: ['mergeCells']` and resolve merges in merges.ts.
 */
import { ExcelFileError } from './errors';
import { HEADER_SEARCH_ROWS } from './headers';
import { BudgetExceeded, inflateEntry, readZipEntries } from './zip';

export interface PackageLimits {
  maxBytes: number;
  /** Most bytes all entries may unpack to. */
  maxUnzippedBytes: number;
  /** Most data rows; a sheet may hold HEADER_SEARCH_ROWS more <row> elements (titles, header). */
  maxRows: number;
  /** Most <c> elements, and most merged-cell area, over the whole workbook. */
  maxCells: number;
}

export interface SheetPart {
  /** Worksheet name as in workbook.xml (what ExcelJS reports as worksheet.name). */
  name: string;
  path: string;
  /** Merge ranges such as "B5:B7", as written in the sheet. */
  merges: string[];
}

const SHEET_PATH = /^xl\/worksheets\/sheet\d+\.xml$/;
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from('PK\x03\x04', 'latin1');
const ENCRYPTED_STREAM = Buffer.from('EncryptedPackage', 'utf16le');
const MAX_INDEX_XML = 4 * 1024 * 1024;

function sniff(buf: Buffer): void {
  if (buf.subarray(0, 8).equals(CFB_MAGIC)) {
    // Excel's "encrypt with password" wraps the xlsx in an OLE container; so does the old .xls format.
    if (buf.includes(ENCRYPTED_STREAM)) throw new ExcelFileError('ENCRYPTED');
    throw new ExcelFileError('NOT_XLSX', { hint: 'xls' });
  }
  if (!buf.subarray(0, 4).equals(ZIP_MAGIC)) throw new ExcelFileError('NOT_XLSX');
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const ROW_TAG = /<row[\s>/]/g;
const CELL_TAG = /<c[\s>/]/g;
const MERGE_TAG = /<mergeCell\s[^>]{0,120}?ref="([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?"/g;
/** Longer than any tag we look for, so a tag split across two chunks is seen whole. */
const CARRY = 200;

class SheetScanner {
  rows = 0;
  readonly merges: string[] = [];
  private carry = '';

  constructor(
    private readonly limits: PackageLimits,
    private readonly totals: { cells: number; mergedArea: number },
  ) {}

  feed(chunk: Buffer): void {
    // latin1 keeps one char per byte, so ASCII tags are found even when a Chinese character is split.
    const text = this.carry + chunk.toString('latin1');
    const seen = this.carry.length;
    const fresh = (m: RegExpMatchArray) => m.index! + m[0].length > seen;
    for (const m of text.matchAll(ROW_TAG)) if (fresh(m)) this.rows++;
    if (this.rows > this.limits.maxRows + HEADER_SEARCH_ROWS) {
      throw new ExcelFileError('TOO_MANY_ROWS', { limit: this.limits.maxRows });
    }
    for (const m of text.matchAll(CELL_TAG)) if (fresh(m)) this.totals.cells++;
    for (const m of text.matchAll(MERGE_TAG)) {
      if (!fresh(m)) continue;
      const [, c1 = 'A', r1 = '1', c2 = c1, r2 = r1] = m;
      const rows = Math.abs(Number(r2) - Number(r1)) + 1;
      const cols = Math.abs(columnNumber(c2) - columnNumber(c1)) + 1;
      this.totals.mergedArea += rows * cols;
      this.merges.push(m[3] ? `${c1}${r1}:${c2}${r2}`.toUpperCase() : `${c1}${r1}`.toUpperCase());
    }
    if (this.totals.cells > this.limits.maxCells || this.totals.mergedArea > this.limits.maxCells) {
      throw new ExcelFileError('TOO_LARGE');
    }
    this.carry = text.slice(-CARRY);
  }
}

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e] ?? '';
  });
}

function attribute(tag: string, name: RegExp): string | undefined {
  const m = tag.match(name);
  return m?.[1] === undefined ? undefined : decodeXml(m[1]);
}

/** Sheet names in tab order with their part paths, from workbook.xml and its relationships. */
function sheetIndex(workbookXml: string, relsXml: string): Array<{ name: string; path: string }> {
  const targets = new Map<string, string>();
  for (const [tag] of relsXml.matchAll(/<Relationship\s[^>]*>/g)) {
    const id = attribute(tag, /\sId="([^"]*)"/);
    const target = attribute(tag, /\sTarget="([^"]*)"/);
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets: Array<{ name: string; path: string }> = [];
  for (const [tag] of workbookXml.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)) {
    const name = attribute(tag, /\sname="([^"]*)"/);
    const rid = attribute(tag, /\s\w+:id="([^"]*)"/);
    const path = rid === undefined ? undefined : targets.get(rid);
    if (name !== undefined && path !== undefined) sheets.push({ name, path });
  }
  return sheets;
}

/** Throws a typed ExcelFileError for anything that is not a sane, bounded .xlsx. */
export async function vetPackage(buf: Buffer, limits: PackageLimits): Promise<SheetPart[]> {
  if (buf.length === 0) throw new ExcelFileError('EMPTY_FILE');
  if (buf.length > limits.maxBytes) {
    throw new ExcelFileError('TOO_LARGE', { limitMiB: Math.round((limits.maxBytes / 1024 / 1024) * 10) / 10 });
  }
  sniff(buf);
  const entries = readZipEntries(buf);
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) throw new ExcelFileError('NOT_XLSX');
  if (entries.some((e) => e.encrypted)) throw new ExcelFileError('ENCRYPTED');
  if (!entries.some((e) => SHEET_PATH.test(e.name))) throw new ExcelFileError('NO_SHEET');
  // Deflate cannot expand more than ~1032×; a bigger claim is a corrupt size field, not a big file.
  if (entries.some((e) => e.declaredSize > e.compressedSize * 1100 + 1024)) throw new ExcelFileError('DAMAGED');
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > limits.maxUnzippedBytes) throw new ExcelFileError('TOO_LARGE');

  const totals = { cells: 0, mergedArea: 0 };
  const scanners = new Map<string, SheetScanner>();
  const indexXml = new Map<string, Buffer[]>([
    ['xl/workbook.xml', []],
    ['xl/_rels/workbook.xml.rels', []],
  ]);
  let budget = limits.maxUnzippedBytes;
  try {
    for (const entry of entries) {
      let onChunk: (chunk: Buffer) => void = () => {};
      if (SHEET_PATH.test(entry.name)) {
        const scanner = new SheetScanner(limits, totals);
        scanners.set(entry.name, scanner);
        onChunk = (chunk) => scanner.feed(chunk);
      } else if (indexXml.has(entry.name) && entry.declaredSize <= MAX_INDEX_XML) {
        const parts = indexXml.get(entry.name)!;
        onChunk = (chunk) => parts.push(chunk);
      }
      // Every entry is inflated, not only sheets: ExcelJS would inflate them all. The declared
      // sizes fit the budget (checked above), so capping each entry at its own claim suffices.
      budget -= await inflateEntry(buf, entry, Math.min(budget, entry.declaredSize), onChunk);
    }
  } catch (error) {
    // More output than the zip declares: corrupt, or a zip bomb lying about its size.
    if (error instanceof BudgetExceeded) throw new ExcelFileError('DAMAGED');
    throw error;
  }

  const text = (path: string) => Buffer.concat(indexXml.get(path) ?? []).toString('utf8');
  const index = sheetIndex(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'));
  return index.map(({ name, path }) => ({ name, path, merges: scanners.get(path)?.merges ?? [] }));
}
