import type { Disposition, LegalBasis, Substitute, VerificationMethod } from '@pfc/contracts';
import type { RowError } from './errors';

/**
 * 'inventory': a unit's attachment-4 form (处理意见 is 保留 or 取消).
 * 'published': a list published before the platform, where 处理意见 may also read 告知承诺 or 免提交.
 */
export type ImportMode = 'inventory' | 'published';

/** 处理意见 as read from a file: the contract's retain/cancel plus the two published-list words. */
export type ImportDisposition = Disposition | 'commitment' | 'exempt';

export interface ParseOptions {
  mode: ImportMode;
  /** Most data rows (below the header) accepted; default 20,000. */
  maxRows?: number;
  /** Most bytes of the uploaded file; default 20 MiB. */
  maxBytes?: number;
}

export interface ParsedRow {
  /** Row number as Excel shows it, for messages and for jumping back to the source. */
  rowNumber: number;
  /** 序号, when it is a whole number. */
  seq?: number;
  /** 证明名称 */
  name: string;
  /** 办理事项, split into names; matched to service items by the caller. */
  serviceItemNames: string[];
  /** 设定依据, one entry per cited instrument, rank inferred from the instrument's name. */
  legalBasis: LegalBasis[];
  /** 开具单位 */
  issuingUnitName: string;
  /** 实施机关 (the office that asks for the proof). */
  implementingUnitName: string;
  /** 处理意见 */
  disposition: ImportDisposition;
  /** 取消理由 */
  cancelReason: string;
  /** 替代方式, in the order written, duplicates dropped. */
  substitutes: Substitute[];
  /** 核查方式, null when blank or not recognised. */
  verificationMethod: VerificationMethod | null;
  /** 备注 */
  remarks: string;
  /** Every header-row column's text for this row, keyed by the header as written (null prototype). */
  sourceText: Record<string, string>;
}

export type ExportRow = Omit<ParsedRow, 'rowNumber' | 'sourceText'>;

export interface ParseReport {
  sheetName: string;
  /** Excel row number of the header row. */
  headerRow: number;
  /** Rows without any error, in sheet order. */
  rows: ParsedRow[];
  /** Problems of the other rows; a row may have several. */
  errors: RowError[];
  /** Non-empty data rows read (good and bad). */
  totalRows: number;
}
