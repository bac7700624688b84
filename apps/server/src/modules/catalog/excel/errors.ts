/**
 * Failures of an inventory import. A whole-file problem throws ExcelFileError (one clear message,
 * nothing imported); a problem in one row becomes a RowError and the other rows still parse.
 * Pure on purpose: the catalogue routes map these codes to AppError/HTTP, this folder never does.
 */

export type ExcelFileErrorCode =
  /** The upload has zero bytes. */
  | 'EMPTY_FILE'
  /** Not an .xlsx (CSV, .xls, .docx, random bytes… renamed). */
  | 'NOT_XLSX'
  /** Password-protected workbook: Excel stores it as an encrypted OLE container. */
  | 'ENCRYPTED'
  /** A zip that cannot be read to the end (truncated upload, corrupt entry, unsupported zip64). */
  | 'DAMAGED'
  /** Over the byte limit, or unpacks to more data / cells than the limits allow (zip bomb guard). */
  | 'TOO_LARGE'
  /** More rows than maxRows. */
  | 'TOO_MANY_ROWS'
  /** The workbook has no worksheet. */
  | 'NO_SHEET'
  /** More than one worksheet holds a filled-in inventory: importing one of them would drop the others. */
  | 'SEVERAL_SHEETS'
  /** Every worksheet is empty. */
  | 'EMPTY_SHEET'
  /** No row among the first rows holds both 证明名称 and 处理意见. */
  | 'NO_HEADER'
  /** The header row lacks required columns. */
  | 'MISSING_COLUMN'
  /** A known column appears twice in the header row, so we cannot tell which one to read. */
  | 'DUPLICATE_COLUMN'
  /** A header but not one data row below it (the blank template uploaded by mistake). */
  | 'NO_ROWS';

export type ErrorParams = Record<string, string | number>;

const FILE_MESSAGES: Record<ExcelFileErrorCode, (p: ErrorParams) => string> = {
  EMPTY_FILE: () => '上传的文件是空的，请选择填好的 Excel 清单文件。',
  NOT_XLSX: (p) =>
    p.hint === 'xls'
      ? '文件是旧版 Excel（.xls）格式，请在 Excel 或 WPS 中“另存为”.xlsx 格式后再上传。'
      : '文件不是 Excel（.xlsx）格式，请上传用 Excel 或 WPS 保存的 .xlsx 文件（CSV、Word 等文件改扩展名无效）。',
  ENCRYPTED: () => '文件设置了打开密码，请在 Excel 中取消密码保护后再上传。',
  DAMAGED: () => '文件已损坏或不完整（可能上传中断），请用 Excel 打开确认无误、重新保存后再上传。',
  TOO_LARGE: (p) =>
    p.limitMiB !== undefined
      ? `文件超过 ${p.limitMiB} MB 的上限，请拆分成多个文件后分批导入。`
      : '文件解压后的内容过大（单元格、合并单元格或嵌入内容过多），请删除多余内容或拆分后再导入。',
  TOO_MANY_ROWS: (p) =>
    `表格超过 ${p.limit} 行的上限（含空白但设置了格式的行），请删除多余行或拆分成多个文件后分批导入。`,
  NO_SHEET: () => '文件中没有工作表，请确认上传的是填写好的清单文件。',
  SEVERAL_SHEETS: (p) =>
    `工作簿中有多个工作表填写了清单（${p.sheets}），一次只能导入一个工作表：请合并到一个工作表，或删除多余的工作表后再上传。`,
  EMPTY_SHEET: () => '工作表中没有任何内容，请填写清单后再上传。',
  NO_HEADER: (p) =>
    `在工作表前 ${p.rows} 行中找不到表头：表头行应至少包含“证明名称”和“处理意见”两列，请按附件4模板填写。`,
  MISSING_COLUMN: (p) => `表头缺少必需的列：${p.columns}。请按附件4模板补齐这些列。`,
  DUPLICATE_COLUMN: (p) => `表头中“${p.column}”列出现了不止一次（${p.columns} 列），请删除或改名多余的列。`,
  NO_ROWS: (p) => `工作表“${p.sheet}”的表头下方没有数据行，请填写清单后再上传。`,
};

/** The same, for clients that ask for English (Accept-Language: en). */
const FILE_MESSAGES_EN: Record<ExcelFileErrorCode, (p: ErrorParams) => string> = {
  EMPTY_FILE: () => 'The uploaded file is empty; choose the filled-in Excel inventory.',
  NOT_XLSX: (p) =>
    p.hint === 'xls'
      ? 'The file is in the old Excel (.xls) format; save it as .xlsx in Excel or WPS and upload again.'
      : 'The file is not an Excel (.xlsx) workbook; renaming a CSV or Word file does not make it one.',
  ENCRYPTED: () => 'The workbook is password-protected; remove the password in Excel and upload again.',
  DAMAGED: () =>
    'The file is damaged or incomplete (perhaps an interrupted upload); open it in Excel, save it again and retry.',
  TOO_LARGE: (p) =>
    p.limitMiB !== undefined
      ? `The file exceeds the ${p.limitMiB} MB limit; split it and import the parts one by one.`
      : 'The workbook unpacks to too much content (cells, merged cells or embedded objects); remove some or split it.',
  TOO_MANY_ROWS: (p) =>
    `The sheet has more than ${p.limit} rows (formatted blank rows count too); delete extra rows or split the file.`,
  NO_SHEET: () => 'The workbook has no worksheet.',
  SEVERAL_SHEETS: (p) =>
    `Several worksheets hold an inventory (${p.sheets}); import one at a time, or merge them into one sheet.`,
  EMPTY_SHEET: () => 'The worksheet is empty.',
  NO_HEADER: (p) =>
    `No header row in the first ${p.rows} rows: it needs at least the columns 证明名称 and 处理意见 (attachment 4).`,
  MISSING_COLUMN: (p) => `The header lacks required columns: ${p.columns}.`,
  DUPLICATE_COLUMN: (p) => `The column ${p.column} appears more than once in the header (columns ${p.columns}).`,
  NO_ROWS: (p) => `The sheet "${p.sheet}" has a header but no data rows below it.`,
};

export class ExcelFileError extends Error {
  override name = 'ExcelFileError';
  constructor(
    readonly code: ExcelFileErrorCode,
    readonly params: ErrorParams = {},
  ) {
    super(FILE_MESSAGES[code](params));
  }

  /** The message in the client's language (Chinese unless it asked for English). */
  messageIn(lang: 'zh' | 'en'): string {
    return lang === 'en' ? FILE_MESSAGES_EN[this.code](this.params) : this.message;
  }
}

export type RowErrorCode =
  /** A required cell is blank. */
  | 'REQUIRED'
  /** Text longer than the field allows. */
  | 'TOO_LONG'
  /** A list (办理事项, 设定依据) has more items than allowed. */
  | 'TOO_MANY'
  /** The same 证明名称 (for the same 实施机关) appears on an earlier row. */
  | 'DUPLICATE_NAME'
  /** 处理意见 is not one of the accepted words. */
  | 'UNKNOWN_DISPOSITION'
  /** 告知承诺/免提交 in an inventory (they belong to published lists only). */
  | 'DISPOSITION_NOT_ALLOWED'
  /** 取消 without 取消理由. */
  | 'CANCEL_REASON_REQUIRED'
  /** A 替代方式 item names no known method. */
  | 'UNKNOWN_SUBSTITUTE'
  /** A 设定依据 item could not be split into a document and an article. */
  | 'UNREADABLE_BASIS'
  /** The cell holds an Excel error value such as #N/A. */
  | 'CELL_ERROR'
  /** A formula without a cached result (never calculated); we never evaluate formulas. */
  | 'FORMULA_NO_RESULT'
  /** A cell value of a kind we cannot turn into text. */
  | 'UNREADABLE_CELL'
  /** Text the one rule for text input refuses (a broken character; a direction or zero-width character in a name). */
  | 'FORBIDDEN_CHARACTER';

export interface RowError {
  /** Row number as Excel shows it. */
  rowNumber: number;
  /** The header text of the column at fault, when there is one. */
  column?: string;
  code: RowErrorCode;
  /** One Chinese sentence saying what to fix. */
  message: string;
}
