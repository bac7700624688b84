/** Excel (.xlsx) exchange of proof inventories and published lists (SPEC §2.2). Pure: no DB, no HTTP. */
export { parseInventory, DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS } from './parse';
export { exportInventory, type ExportOptions } from './export';
export { ExcelFileError, type ExcelFileErrorCode, type RowError, type RowErrorCode } from './errors';
export type { ExportRow, ImportDisposition, ImportMode, ParsedRow, ParseOptions, ParseReport } from './types';
export { COLUMNS, HEADER_SEARCH_ROWS, type ColumnKey } from './headers';
export { parseLegalBasis, formatLegalBasis, inferRank } from './basis';
export { DISPOSITION_LABELS } from './vocab';
export { splitServiceItems } from './vocab';
export { quote } from './rows';
