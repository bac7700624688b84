import { type Static, Type } from '@sinclair/typebox';
import { PageQuery, Uuid } from './common';
import { ProofEntryInput, RuleFinding } from './catalog';

/** Requests and answers of the catalogue workbench: service items, proof entries and their clean-up steps. */
export const ServiceItemListQuery = Type.Object(
  { ...PageQuery, q: Type.Optional(Type.String({ maxLength: 100 })), unitId: Type.Optional(Uuid) },
  { additionalProperties: false },
);
export type ServiceItemListQuery = Static<typeof ServiceItemListQuery>;

export const EntryListQuery = Type.Object(
  {
    ...PageQuery,
    q: Type.Optional(Type.String({ maxLength: 100, description: '按证明名称查找' })),
    unitId: Type.Optional(Uuid),
    status: Type.Optional(Type.String({ maxLength: 30, description: '流程状态' })),
    disposition: Type.Optional(Type.Union([Type.Literal('retain'), Type.Literal('cancel')])),
    pendingFor: Type.Optional(
      Type.Union([Type.Literal('legal'), Type.Literal('policy')], {
        description: '审查待办：只列出联合审查中本轮该项审查（legal 合法性 / policy 政策性）尚未通过的证明事项',
      }),
    ),
  },
  { additionalProperties: false },
);
export type EntryListQuery = Static<typeof EntryListQuery>;

export const EntryCreate = Type.Object({ unitId: Uuid, entry: ProofEntryInput }, { additionalProperties: false });
export type EntryCreate = Static<typeof EntryCreate>;

export const EntryUpdate = Type.Object(
  { version: Type.Integer({ minimum: 1, description: '编辑时读到的版本号' }), entry: ProofEntryInput },
  { additionalProperties: false },
);
export type EntryUpdate = Static<typeof EntryUpdate>;

export const EntryFindings = Type.Object({ findings: Type.Array(RuleFinding) });
export type EntryFindings = Static<typeof EntryFindings>;

/** The body of a step that takes no decision (submit, withdraw). */
export const EntryStepComment = Type.Object(
  { comment: Type.Optional(Type.String({ maxLength: 2000, description: '意见' })) },
  { additionalProperties: false },
);
export type EntryStepComment = Static<typeof EntryStepComment>;

/** The body of a review step (unit, legal, policy). */
export const EntryReview = Type.Object(
  {
    decision: Type.Union([Type.Literal('approve'), Type.Literal('send_back')], {
      description: 'approve 通过 / send_back 退回',
    }),
    comment: Type.Optional(Type.String({ maxLength: 2000, description: '意见（退回时必填）' })),
  },
  { additionalProperties: false },
);
export type EntryReview = Static<typeof EntryReview>;

/** One step of an entry's history (流转记录). */
export const EntryTimelineItem = Type.Object({
  at: Type.String(),
  stage: Type.String(),
  decision: Type.String(),
  comment: Type.String(),
  by: Type.Union([Type.String(), Type.Null()]),
});
export type EntryTimelineItem = Static<typeof EntryTimelineItem>;
export const EntryTimelineList = Type.Array(EntryTimelineItem);
