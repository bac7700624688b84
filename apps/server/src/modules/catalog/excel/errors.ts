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
  /** Every worksheet is empty. */
  | 'EMPTY_SHEET'
  /** No row among the first rows holds both 证明名称 and 处理意见. */
  | 'NO_HEADER'
  /** The header row lacks required columns. */
  | 'MISSING_COLUMN'
  /** A known column appears twice in the header row, so we cannot tell which one to read. */
  | 'DUPLICATE_COLUMN';

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
  TOO_MANY_ROWS: (p) => `表格超过 ${p.limit} 行的上限（含空白但设置了格式的行），请删除多余行或拆分成多个文件后分批导入。`,
  NO_SHEET: () => '文件中没有工作表，请确认上传的是填写好的清单文件。',
  EMPTY_SHEET: () => '工作表中没有任何内容，请填写清单后再上传。',
  NO_HEADER: (p) => `在工作表前 ${p.rows} 行中找不到表头：表头行应至少包含“证明名称”和“处理意见”两列，请按附件4模板填写。`,
  MISSING_COLUMN: (p) => `表头缺少必需的列：${p.columns}。请按附件4模板补齐这些列。`,
  DUPLICATE_COLUMN: (p) => `表头中“${p.column}”列出现了不止一次（${p.columns} 列），请删除或改名多余的列。`,
};

export class ExcelFileError extends Error {
  override name = 'ExcelFileError';
  constructor(
    readonly code: ExcelFileErrorCode,
    readonly params: ErrorParams = {},
  ) {
    super(FILE_MESSAGES[code](params));
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
  | 'UNREADABLE_CELL';

export interface RowError {
  /** Row number as Excel shows it. */
  rowNumber: number;
  /** The header text of the column at fault, when there is one. */
  column?: string;
  code: RowErrorCode;
  /** One Chinese sentence saying what to fix. */
  message: string;
}
