import { type Static, Type } from '@sinclair/typebox';
import { IsoDate, Name, Text, Timestamp, Uuid } from './common';
import { ProofEntryInput } from './catalog';
import { RegionCode } from './org';

/** 动态调整 (a change to a published list): its kinds and the statuses it goes through. */
export const ADJUSTMENT_STATUSES = ['submitted', 'approved', 'rejected', 'published'] as const;
export type AdjustmentStatus = (typeof ADJUSTMENT_STATUSES)[number];

export const AdjustmentKind = Type.Union([Type.Literal('add'), Type.Literal('change'), Type.Literal('remove')], {
  description: 'add 新增 · change 修改 · remove 取消',
});
export type AdjustmentKind = Static<typeof AdjustmentKind>;

export const AdjustmentView = Type.Object({
  id: Uuid,
  regionCode: RegionCode,
  unitId: Uuid,
  unitName: Type.String(),
  kind: AdjustmentKind,
  entryId: Type.Union([Uuid, Type.Null()]),
  proposed: Type.Union([ProofEntryInput, Type.Null()]),
  reason: Type.String(),
  basis: Type.String(),
  // Documented as a plain string (as it always was); typed as the statuses the server writes.
  status: Type.Unsafe<AdjustmentStatus>(
    Type.String({ description: 'submitted 待审核 · approved 已同意 · rejected 不同意 · published 已公布' }),
  ),
  reviewComment: Type.String(),
  versionId: Type.Union([Uuid, Type.Null()]),
  filingDue: Type.Union([IsoDate, Type.Null()], { description: '备案期限（公布后7个工作日）' }),
  filingDueProvisional: Type.Boolean({ description: '备案期限涉及尚未录入正式节假日安排的年份，暂定（录入后重算）' }),
  filedAt: Type.Union([Timestamp, Type.Null()]),
  filingDocument: Type.Union([Type.String(), Type.Null()]),
  createdAt: Timestamp,
});
export type AdjustmentView = Static<typeof AdjustmentView>;
export const AdjustmentList = Type.Array(AdjustmentView);

export const AdjustmentListQuery = Type.Object(
  { status: Type.Optional(Type.String({ maxLength: 20 })) },
  { additionalProperties: false },
);
export type AdjustmentListQuery = Static<typeof AdjustmentListQuery>;

export const AdjustmentRequest = Type.Object(
  {
    unitId: Uuid,
    kind: AdjustmentKind,
    entryId: Type.Optional(Type.Union([Uuid, Type.Null()], { description: '修改或取消时：已公布的证明事项' })),
    entry: Type.Optional(Type.Union([ProofEntryInput, Type.Null()], { description: '新增或修改后的内容' })),
    reason: Text(2000, '调整理由'),
    basis: Type.Optional(Type.String({ maxLength: 2000, description: '调整依据' })),
  },
  { additionalProperties: false },
);
export type AdjustmentRequest = Static<typeof AdjustmentRequest>;

export const AdjustmentReview = Type.Object(
  {
    decision: Type.Union([Type.Literal('approve'), Type.Literal('reject')]),
    comment: Type.String({ maxLength: 2000 }),
  },
  { additionalProperties: false },
);
export type AdjustmentReview = Static<typeof AdjustmentReview>;

export const PublishAdjustmentsBody = Type.Object(
  { documentNumber: Name(100, '文号'), effectiveDate: IsoDate },
  { additionalProperties: false },
);
export type PublishAdjustmentsBody = Static<typeof PublishAdjustmentsBody>;

export const AdjustmentsPublished = Type.Object({
  id: Uuid,
  versionNo: Type.Integer(),
  entries: Type.Integer(),
  filingDue: IsoDate,
  filingDueProvisional: Type.Boolean({ description: '备案期限暂定' }),
});
export type AdjustmentsPublished = Static<typeof AdjustmentsPublished>;

export const AdjustmentFiling = Type.Object(
  { filingDocument: Name(200, '备案文件（文号或回执）') },
  { additionalProperties: false },
);
export type AdjustmentFiling = Static<typeof AdjustmentFiling>;
