/**
 * Reads an attachment-4 inventory (or a published list) from .xlsx bytes. Pure: no database, no HTTP.
 * File-level problems throw ExcelFileError; row problems are collected so one bad row never hides
 * the others. The ExcelJS streaming reader is not used: it decodes each zip chunk separately and
 * garbles Chinese characters split across chunks (12 cells in 10,000 rows in our trial).
 */
import ExcelJS from 'exceljs';
import { readCell, shownText, type CellRead } from './cells';
import { ExcelFileError, type RowError } from './errors';
import {
  HEADER_SEARCH_ROWS,
  layoutOf,
  looksLikeHeader,
  type ColumnKey,
  type HeaderLayout,
  type RowTexts,
} from './headers';
import { MergeIndex } from './merges';
import { vetPackage, type SheetPart } from './package';
import { buildRow, DuplicateNames } from './rows';
import type { ParsedRow, ParseOptions, ParseReport } from './types';

export const DEFAULT_MAX_ROWS = 20_000;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Sheet XML compresses 5–15×; this leaves room for any honest inventory, not for a zip bomb. */
const UNZIP_FACTOR = 5;
const MIN_UNZIP_BUDGET = 16 * 1024 * 1024;
/** Attachment 4 has 11 columns; 64 cells a row on average leaves room for extras and styled blanks. */
const CELLS_PER_ROW = 64;
/**
 * Worksheet parts we never need. Some are also costly in ExcelJS: it expands a data validation on a
 * whole column (common for a 保留/取消 drop-down) into a million entries (1.35 s, +200 MB for one),
 * expands each <col> range into column objects, and merges are resolved by us (merges.ts).
 */
const IGNORED_NODES = [
  'mergeCells',
  'dataValidations',
  'conditionalFormatting',
  'cols',
  'autoFilter',
  'rowBreaks',
  'picture',
  'drawing',
  'tableParts',
  'sheetProtection',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'pageMargins',
  'extLst',
];

interface SheetContext {
  sheet: ExcelJS.Worksheet;
  merges: MergeIndex;
  layout: HeaderLayout;
}

async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS declares its own Buffer type (an ArrayBuffer); at run time it takes a Node Buffer.
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORED_NODES });
  } catch {
    // vetPackage already proved the zip sound, so this is malformed XML inside it.
    throw new ExcelFileError('DAMAGED');
  }
  return workbook;
}

/** The value shown at (row, col), looking through merges to the merge's top-left cell. */
function readAt(sheet: ExcelJS.Worksheet, merges: MergeIndex, row: number, col: number): CellRead {
  const source = merges.source(row, col);
  return readCell(sheet.findRow(source.row)?.findCell(source.col)?.value);
}

function headerCandidate(sheet: ExcelJS.Worksheet, merges: MergeIndex, rowNumber: number): RowTexts {
  const texts = new Map<number, string>();
  sheet.findRow(rowNumber)?.eachCell((cell, col) => {
    // A header merged across two columns is one column, not two.
    if (merges.isCovered(rowNumber, col)) return;
    // "证明\n名称" is one header wrapped in its cell; as a sourceText key it reads better joined.
    const text = shownText(readCell(cell.value)).replace(/\s*\n\s*/g, '');
    if (text !== '') texts.set(col, text);
  });
  return { rowNumber, texts };
}

function mergesFor(sheet: ExcelJS.Worksheet, parts: readonly SheetPart[]): MergeIndex {
  const part = parts.find((p) => p.name === sheet.name) ?? (parts.length === 1 ? parts[0] : undefined);
  return new MergeIndex(part?.merges ?? []);
}

/** Hidden sheets are mostly templates, lookup lists and old copies: the visible sheets come first. */
const isVisible = (sheet: ExcelJS.Worksheet) => sheet.state !== 'hidden' && sheet.state !== 'veryHidden';

/** The header of one sheet, or null; a broken header on a visible sheet is the user's to fix. */
function headerOf(sheet: ExcelJS.Worksheet, merges: MergeIndex, seen: { content: boolean }): HeaderLayout | null {
  for (let r = 1; r <= HEADER_SEARCH_ROWS; r++) {
    const candidate = headerCandidate(sheet, merges, r);
    if (candidate.texts.size > 0) seen.content = true;
    if (!looksLikeHeader(candidate)) continue;
    try {
      return layoutOf(candidate);
    } catch (error) {
      if (isVisible(sheet)) throw error;
      return null;
    }
  }
  if (!seen.content) sheet.eachRow(() => (seen.content = true));
  return null;
}

/** True when some row below the header holds a value of its own (the test the row loop applies). */
function hasDataRows({ sheet, merges, layout }: SheetContext): boolean {
  const columns = [...layout.columnOf.values()];
  let found = false;
  sheet.eachRow((row) => {
    if (found || row.number <= layout.headerRow) return;
    const reads = new Map(columns.map((col) => [col, readAt(sheet, merges, row.number, col)]));
    found = hasOwnContent(row.number, merges, columns, reads);
  });
  return found;
}

/**
 * The sheet holding the inventory: the one sheet with a header and data (visible sheets preferred
 * over hidden ones), else the first with a header. Two filled-in inventories are refused: importing
 * one would silently drop the other.
 */
function findSheet(workbook: ExcelJS.Workbook, parts: readonly SheetPart[]): SheetContext {
  const sheets = workbook.worksheets;
  if (sheets.length === 0) throw new ExcelFileError('NO_SHEET');
  const seen = { content: false };
  const found: SheetContext[] = [];
  for (const sheet of [...sheets.filter(isVisible), ...sheets.filter((s) => !isVisible(s))]) {
    const merges = mergesFor(sheet, parts);
    const layout = headerOf(sheet, merges, seen);
    if (layout) found.push({ sheet, merges, layout });
  }
  if (found.length === 0)
    throw new ExcelFileError(seen.content ? 'NO_HEADER' : 'EMPTY_SHEET', { rows: HEADER_SEARCH_ROWS });
  if (found.length === 1) return found[0]!;
  const filled = found.filter(hasDataRows);
  const pool = filled.some((c) => isVisible(c.sheet)) ? filled.filter((c) => isVisible(c.sheet)) : filled;
  if (pool.length > 1)
    throw new ExcelFileError('SEVERAL_SHEETS', { sheets: pool.map((c) => `“${c.sheet.name}”`).join('、') });
  return pool[0] ?? found[0]!;
}

/**
 * A row counts only through its own cells: a value merged down from above fills the row's blanks,
 * but a row holding nothing of its own (e.g. the tail of an over-long merge) is skipped as empty.
 * A formula showing "" reads as blank here, as template rows often carry =IF(…,"",…).
 */
function hasOwnContent(
  rowNumber: number,
  merges: MergeIndex,
  columns: Iterable<number>,
  reads: Map<number, CellRead>,
): boolean {
  for (const col of columns) {
    if (merges.isCovered(rowNumber, col)) continue;
    const read = reads.get(col)!;
    if (read.kind === 'text' ? read.text !== '' : read.code !== 'FORMULA_NO_RESULT') return true;
  }
  return false;
}

export async function parseInventory(buffer: Buffer, options: ParseOptions): Promise<ParseReport> {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // A bad limit is a programming error, not a bad file: fail loudly rather than parse unbounded.
  if (!Number.isSafeInteger(maxRows) || maxRows < 1 || !Number.isSafeInteger(maxBytes) || maxBytes < 1) {
    throw new RangeError('parseInventory: maxRows and maxBytes must be positive integers');
  }
  // Callers from plain JS may hand over anything; a Uint8Array is accepted without copying.
  const input: unknown = buffer;
  if (!(input instanceof Uint8Array)) throw new ExcelFileError('NOT_XLSX');
  const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);

  const parts = await vetPackage(bytes, {
    maxBytes,
    maxUnzippedBytes: Math.max(UNZIP_FACTOR * maxBytes, MIN_UNZIP_BUDGET),
    maxRows,
    maxCells: (maxRows + HEADER_SEARCH_ROWS) * CELLS_PER_ROW,
  });
  const workbook = await loadWorkbook(bytes);
  const { sheet, merges, layout } = findSheet(workbook, parts);
  const nameCol = layout.columnOf.get('name')!;
  const dispositionCol = layout.columnOf.get('disposition')!;

  const rowNumbers: number[] = [];
  sheet.eachRow((row) => {
    if (row.number > layout.headerRow) rowNumbers.push(row.number);
  });
  // Each column is read once per row (through merges) and shared by every use below.
  const readColumns = [...new Set([...layout.columnOf.values(), ...layout.titles.map((t) => t.col)])];

  const rows: ParsedRow[] = [];
  const errors: RowError[] = [];
  const duplicates = new DuplicateNames();
  let totalRows = 0;
  for (const rowNumber of rowNumbers) {
    const reads = new Map(readColumns.map((col) => [col, readAt(sheet, merges, rowNumber, col)]));
    if (!hasOwnContent(rowNumber, merges, layout.columnOf.values(), reads)) continue;
    // A group title ("一、市公安局") merged across the table is a heading, not a proof.
    if (merges.sameMerge(rowNumber, nameCol, dispositionCol)) continue;
    if (++totalRows > maxRows) throw new ExcelFileError('TOO_MANY_ROWS', { limit: maxRows });

    const cells = new Map<ColumnKey, CellRead>();
    for (const [key, col] of layout.columnOf) cells.set(key, reads.get(col)!);
    // Header texts come from the file, so "__proto__" must land as a plain key, not a prototype.
    const sourceText = Object.create(null) as Record<string, string>;
    for (const { col, title } of layout.titles) sourceText[title] = shownText(reads.get(col)!);

    const built = buildRow({ rowNumber, cells, sourceText }, options.mode);
    const name = cells.get('name');
    const unit = cells.get('implementingUnit');
    const duplicate = duplicates.check(
      rowNumber,
      name?.kind === 'text' ? name.text : '',
      unit?.kind === 'text' ? unit.text : '',
    );
    if (duplicate) built.errors.push(duplicate);
    if (built.row && built.errors.length === 0) rows.push(built.row);
    errors.push(...built.errors);
  }
  return { sheetName: sheet.name, headerRow: layout.headerRow, rows, errors, totalRows };
}
