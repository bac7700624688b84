import { type Static, Type } from '@sinclair/typebox';
import { IsoDate, Name, Uuid } from './common';

/** Excel in and out (附件4 layout): what an import answers. */
export const ImportProblem = Type.Object({
  rowNumber: Type.Integer(),
  column: Type.Optional(Type.String()),
  message: Type.String(),
});
export type ImportProblem = Static<typeof ImportProblem>;

export const ImportReportView = Type.Object({
  totalRows: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  locked: Type.Integer({ description: '已进入审核或已公布、未被导入修改的行' }),
  problems: Type.Array(ImportProblem, { description: '有问题的行及原因' }),
  imported: Type.Boolean({ description: 'false 表示因有问题未导入任何数据' }),
});
export type ImportReportView = Static<typeof ImportReportView>;

export const InventoryImportQuery = Type.Object(
  { partial: Type.Optional(Type.Boolean({ default: false })) },
  { additionalProperties: false },
);
export type InventoryImportQuery = Static<typeof InventoryImportQuery>;

export const PublishedImportQuery = Type.Object(
  { documentNumber: Name(100, '文号'), effectiveDate: IsoDate },
  { additionalProperties: false },
);
export type PublishedImportQuery = Static<typeof PublishedImportQuery>;

export const PublishedImportView = Type.Object({
  versionId: Type.Union([Uuid, Type.Null()]),
  versionNo: Type.Union([Type.Integer(), Type.Null()]),
  imported: Type.Integer(),
  problems: Type.Array(ImportProblem),
  alreadyImported: Type.Boolean(),
});
export type PublishedImportView = Static<typeof PublishedImportView>;

/** The path parameter `:unitId` of a unit's inventory import and export. */
export const UnitIdParams = Type.Object({ unitId: Uuid });
