/**
 * The attachment-4 columns (附件4《本单位要求行政相对人或服务对象提供的证明材料汇总表》) and how we find
 * them: header order is free, extra columns are ignored, titles may sit above the header row.
 */
import { ExcelFileError } from './errors';

export type ColumnKey =
  | 'seq'
  | 'name'
  | 'serviceItems'
  | 'legalBasis'
  | 'issuingUnit'
  | 'implementingUnit'
  | 'disposition'
  | 'cancelReason'
  | 'substitutes'
  | 'verification'
  | 'remarks';

export interface ColumnSpec {
  key: ColumnKey;
  /** The header as the template writes it; also what the export writes. */
  header: string;
  /** Other spellings seen in units' forms (compared after headerKey()). */
  aliases: readonly string[];
  /** Missing from the header row → MISSING_COLUMN. */
  required: boolean;
  width: number;
}

/** In template order; the export writes them in this order. */
export const COLUMNS: readonly ColumnSpec[] = [
  { key: 'seq', header: '序号', aliases: [], required: false, width: 6 },
  { key: 'name', header: '证明名称', aliases: ['证明材料名称', '证明事项名称', '证明事项'], required: true, width: 24 },
  {
    key: 'serviceItems',
    header: '办理事项',
    aliases: ['涉及事项', '涉及的办理事项', '政务服务事项', '事项名称'],
    required: true,
    width: 30,
  },
  { key: 'legalBasis', header: '设定依据', aliases: ['依据', '法律依据', '设定依据及条款'], required: true, width: 40 },
  {
    key: 'issuingUnit',
    header: '开具单位',
    aliases: ['开具部门', '出具单位', '出具部门', '开具机构'],
    required: true,
    width: 18,
  },
  {
    key: 'implementingUnit',
    header: '实施机关',
    aliases: ['实施单位', '实施部门', '索要单位'],
    required: false,
    width: 18,
  },
  {
    key: 'disposition',
    header: '处理意见',
    aliases: ['清理意见', '处理意见建议', '清理意见建议', '拟处理意见'],
    required: true,
    width: 10,
  },
  { key: 'cancelReason', header: '取消理由', aliases: ['取消依据', '取消原因'], required: false, width: 30 },
  {
    key: 'substitutes',
    header: '替代方式',
    aliases: ['替代措施', '取消后替代方式', '替代办法'],
    required: false,
    width: 20,
  },
  { key: 'verification', header: '核查方式', aliases: ['核验方式', '核查方法'], required: false, width: 18 },
  { key: 'remarks', header: '备注', aliases: ['说明'], required: false, width: 20 },
];

/** The header row must be among the first rows; anything lower is almost surely not a header. */
export const HEADER_SEARCH_ROWS = 10;

/**
 * Canonical form for matching: no whitespace, no notes in brackets ("处理意见（保留/取消）"), no
 * required-field stars or trailing colons.
 */
export function headerKey(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[（(【[][^）)】\]]*[）)】\]]/g, '')
    .replace(/[*＊:：]/g, '');
}

const KEY_BY_HEADER = new Map<string, ColumnKey>(
  COLUMNS.flatMap((c) => [c.header, ...c.aliases].map((h) => [headerKey(h), c.key] as const)),
);

export function columnKeyOf(headerText: string): ColumnKey | undefined {
  return KEY_BY_HEADER.get(headerKey(headerText));
}

export interface HeaderLayout {
  headerRow: number;
  /** Column number of each known column found. */
  columnOf: Map<ColumnKey, number>;
  /** Every non-blank header cell, in sheet order: the keys of sourceText. */
  titles: Array<{ col: number; title: string }>;
}

/** A header-row candidate: the row's non-blank texts by column number. */
export interface RowTexts {
  rowNumber: number;
  texts: Map<number, string>;
}

/** True when the row has the two columns that identify an inventory header. */
export function looksLikeHeader(row: RowTexts): boolean {
  const keys = new Set([...row.texts.values()].map(columnKeyOf));
  return keys.has('name') && keys.has('disposition');
}

/** Column letters as Excel shows them (1 → A, 28 → AB): what users look for in messages. */
export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Maps a header row to columns; throws DUPLICATE_COLUMN / MISSING_COLUMN. */
export function layoutOf(row: RowTexts): HeaderLayout {
  const columnOf = new Map<ColumnKey, number>();
  const titles: HeaderLayout['titles'] = [];
  const seenTitles = new Set<string>();
  for (const [col, title] of [...row.texts].sort(([a], [b]) => a - b)) {
    const key = columnKeyOf(title);
    if (key !== undefined) {
      const first = columnOf.get(key);
      if (first !== undefined) {
        const columns = `${columnLetters(first)}、${columnLetters(col)}`;
        throw new ExcelFileError('DUPLICATE_COLUMN', { column: COLUMNS.find((c) => c.key === key)!.header, columns });
      }
      columnOf.set(key, col);
    }
    // Two extra columns with one title: keep the first, as sourceText keys must be unique.
    if (!seenTitles.has(title)) {
      seenTitles.add(title);
      titles.push({ col, title });
    }
  }
  const missing = COLUMNS.filter((c) => c.required && !columnOf.has(c.key)).map((c) => `“${c.header}”`);
  if (missing.length > 0) throw new ExcelFileError('MISSING_COLUMN', { columns: missing.join('、') });
  return { headerRow: row.rowNumber, columnOf, titles };
}
