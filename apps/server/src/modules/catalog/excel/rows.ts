/**
 * One data row's cells → ParsedRow, or the list of what is wrong with it. Limits mirror the
 * contract (ProofEntryFields) so a row that parses here will also pass the API's schema.
 */
import { type LegalBasis, textProblem } from '@pfc/contracts';
import { parseLegalBasis } from './basis';
import type { CellRead } from './cells';
import type { RowError, RowErrorCode } from './errors';
import { COLUMNS, type ColumnKey } from './headers';
import type { ImportMode, ParsedRow } from './types';
import { readDisposition, readSubstitutes, readVerificationMethod, splitServiceItems } from './vocab';

export const LIMITS = {
  name: 100,
  unitName: 100,
  longText: 1000,
  serviceItem: 200,
  serviceItems: 200,
  instrument: 200,
  article: 100,
  bases: 20,
  note: 500,
} as const;

export interface RawRow {
  rowNumber: number;
  /** Known columns present in the header; a column missing from the file reads as blank. */
  cells: ReadonlyMap<ColumnKey, CellRead>;
  sourceText: Record<string, string>;
}

const HEADER = new Map(COLUMNS.map((c) => [c.key, c.header]));
/** Columns that hold names (of proofs, units, service items, legal documents): the name rule applies. */
const NAME_COLUMNS: ReadonlySet<ColumnKey> = new Set([
  'name',
  'serviceItems',
  'legalBasis',
  'issuingUnit',
  'implementingUnit',
]);
const length = (s: string) => [...s].length;

/** Text from the file quoted in a message: enough to find the cell, never a whole 100k-character cell. */
export function quote(text: string, max = 30): string {
  const chars = [...text.slice(0, max * 2 + 2)];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

const CELL_MESSAGES: Record<'CELL_ERROR' | 'FORMULA_NO_RESULT' | 'UNREADABLE_CELL', (shown: string) => string> = {
  CELL_ERROR: (shown) => `单元格是错误值 ${quote(shown)}，请改正公式或直接填写文字。`,
  FORMULA_NO_RESULT: () => '单元格是没有计算结果的公式，请改为直接填写文字（可复制后“选择性粘贴 → 数值”）。',
  UNREADABLE_CELL: () => '单元格内容无法识别，请改为直接填写文字。',
};

function dispositionHint(mode: ImportMode): string {
  return mode === 'inventory' ? '“保留”或“取消”' : '“保留”“取消”“告知承诺”或“免提交”';
}

export function buildRow(raw: RawRow, mode: ImportMode): { row: ParsedRow | null; errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (key: ColumnKey, code: RowErrorCode, message: string) =>
    errors.push({ rowNumber: raw.rowNumber, column: HEADER.get(key)!, code, message });

  /** The cell's text, or null after reporting an unreadable cell (no further checks on it). */
  const textOf = (key: ColumnKey): string | null => {
    const read = raw.cells.get(key);
    if (read === undefined) return '';
    if (read.kind === 'text') {
      // The same rule as every API request (normaliseText has already dropped controls and zero-width characters).
      const found = textProblem(read.text, NAME_COLUMNS.has(key) ? 'name' : 'text');
      if (!found) return read.text;
      fail(
        key,
        'FORBIDDEN_CHARACTER',
        `「${HEADER.get(key)}」含有不允许的字符 ${found.char}（残缺字符，或名称中不可见的方向控制符），请删除后重新导入。`,
      );
      return null;
    }
    fail(key, read.code, CELL_MESSAGES[read.code](read.shown));
    return null;
  };
  const limited = (key: ColumnKey, text: string, max: number, what = `「${HEADER.get(key)}」`) => {
    if (length(text) > max) fail(key, 'TOO_LONG', `${what}不能超过 ${max} 个字（现有 ${length(text)} 个字），请精简。`);
  };
  const required = (key: ColumnKey, text: string | null, hint = '') => {
    if (text === '') fail(key, 'REQUIRED', `「${HEADER.get(key)}」不能为空${hint}。`);
  };

  const seqText = textOf('seq');
  const seq = seqText !== null && /^\d{1,9}$/.test(seqText) ? Number(seqText) : undefined;

  const name = textOf('name');
  required('name', name, '，请填写证明材料的名称');
  if (name) limited('name', name, LIMITS.name);

  const itemsText = textOf('serviceItems');
  const serviceItemNames = itemsText ? splitServiceItems(itemsText) : [];
  required('serviceItems', itemsText, '，请填写需要此证明的政务服务事项');
  for (const item of serviceItemNames)
    limited('serviceItems', item, LIMITS.serviceItem, `办理事项“${quote(item, 20)}”`);
  if (serviceItemNames.length > LIMITS.serviceItems) {
    fail(
      'serviceItems',
      'TOO_MANY',
      `「办理事项」最多 ${LIMITS.serviceItems} 项（现有 ${serviceItemNames.length} 项），请拆分成多行。`,
    );
  }

  const basisText = textOf('legalBasis');
  let legalBasis: LegalBasis[] = [];
  if (basisText) {
    const parsed = parseLegalBasis(basisText);
    legalBasis = parsed.bases;
    for (const piece of parsed.unreadable) {
      fail(
        'legalBasis',
        'UNREADABLE_BASIS',
        `设定依据“${quote(piece)}”前面缺少法律文件名称，请写成“《文件名称》第X条”。`,
      );
    }
    for (const b of legalBasis) {
      limited('legalBasis', b.instrument, LIMITS.instrument, `法律文件名称“${quote(b.instrument, 20)}”`);
      limited('legalBasis', b.article, LIMITS.article, `${quote(b.instrument)}的条款`);
    }
    if (legalBasis.length > LIMITS.bases) {
      fail(
        'legalBasis',
        'TOO_MANY',
        `「设定依据」最多列 ${LIMITS.bases} 个法律文件（现有 ${legalBasis.length} 个），请只保留直接设定该证明的依据。`,
      );
    }
  }

  const issuingUnitName = textOf('issuingUnit');
  required('issuingUnit', issuingUnitName, '，请填写出具该证明的单位');
  if (issuingUnitName) limited('issuingUnit', issuingUnitName, LIMITS.unitName);
  const implementingUnitName = textOf('implementingUnit');
  if (implementingUnitName) limited('implementingUnit', implementingUnitName, LIMITS.unitName);

  const dispositionText = textOf('disposition');
  const disposition = dispositionText === null ? null : readDisposition(dispositionText, mode);
  if (disposition && !disposition.ok) {
    const hint = dispositionHint(mode);
    if (disposition.code === 'REQUIRED') fail('disposition', 'REQUIRED', `「处理意见」不能为空，请填写${hint}。`);
    else if (disposition.code === 'UNKNOWN_DISPOSITION') {
      fail(
        'disposition',
        'UNKNOWN_DISPOSITION',
        `「处理意见」“${quote(dispositionText ?? '')}”无法识别，请填写${hint}。`,
      );
    } else {
      fail(
        'disposition',
        'DISPOSITION_NOT_ALLOWED',
        `单位清单的「处理意见」只能填“保留”或“取消”；“${quote(dispositionText ?? '')}”是已公布清单的写法，实行告知承诺的请填“保留”并在「替代方式」中写明“告知承诺”。`,
      );
    }
  }

  const cancelReason = textOf('cancelReason');
  if (cancelReason) limited('cancelReason', cancelReason, LIMITS.longText);
  if (disposition?.ok && disposition.value === 'cancel' && cancelReason === '') {
    fail(
      'cancelReason',
      'CANCEL_REASON_REQUIRED',
      '处理意见为“取消”时必须填写「取消理由」（写明适用“七个一律”的哪一条）。',
    );
  }

  const substitutesText = textOf('substitutes');
  const { substitutes, unknown } = readSubstitutes(substitutesText ?? '');
  // Published lists predate the template and describe substitutes in prose: there, words around a
  // recognised method are tolerated (the raw text stays in sourceText); inventories must be exact.
  const strict = mode === 'inventory' || substitutes.length === 0;
  for (const item of strict ? unknown : []) {
    fail(
      'substitutes',
      'UNKNOWN_SUBSTITUTE',
      `「替代方式」中的“${quote(item)}”无法识别，请填写告知承诺、信息共享、部门协查或仍需提交。`,
    );
  }
  for (const s of substitutes) if (s.note) limited('substitutes', s.note, LIMITS.note, '替代方式的说明');

  const verificationText = textOf('verification');
  const remarks = textOf('remarks');
  if (remarks) limited('remarks', remarks, LIMITS.longText);

  if (errors.length > 0 || !disposition?.ok) return { row: null, errors };
  return {
    row: {
      rowNumber: raw.rowNumber,
      ...(seq === undefined ? {} : { seq }),
      name: name!,
      serviceItemNames,
      legalBasis,
      issuingUnitName: issuingUnitName!,
      implementingUnitName: implementingUnitName ?? '',
      disposition: disposition.value,
      cancelReason: cancelReason ?? '',
      substitutes,
      verificationMethod: readVerificationMethod(verificationText ?? ''),
      remarks: remarks ?? '',
      sourceText: raw.sourceText,
    },
    errors,
  };
}

/**
 * Tracks names already seen. The key includes 实施机关: a city-wide published list legitimately
 * lists one proof under several offices; within one office a repeated name is a real duplicate.
 */
export class DuplicateNames {
  private readonly firstRow = new Map<string, number>();

  check(rowNumber: number, name: string, implementingUnitName: string): RowError | null {
    if (name === '') return null;
    const key = `${name}\u0000${implementingUnitName}`;
    const first = this.firstRow.get(key);
    if (first === undefined) {
      this.firstRow.set(key, rowNumber);
      return null;
    }
    return {
      rowNumber,
      column: '证明名称',
      code: 'DUPLICATE_NAME',
      message: `证明名称“${quote(name)}”与第 ${first} 行重复，请合并为一行（多个办理事项用顿号分隔）或删除重复行。`,
    };
  }
}
