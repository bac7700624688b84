import { type Static, Type } from '@sinclair/typebox';
import { Timestamp, Uuid } from './common';
import { RegionCode } from './org';
import { NAME_TEXT } from './text';

/** 征求意见: the public reads and comments on draft lists; reviewers moderate and answer. */
export const CommentView = Type.Object({
  id: Uuid,
  entryId: Type.Union([Uuid, Type.Null()]),
  entryName: Type.Union([Type.String(), Type.Null()]),
  missingProofName: Type.Union([Type.String(), Type.Null()]),
  body: Type.String(),
  authorName: Type.Union([Type.String(), Type.Null()], { description: '署名（公开时脱敏）' }),
  reply: Type.String({ description: '答复' }),
  createdAt: Timestamp,
});
export type CommentView = Static<typeof CommentView>;

/** A comment as its moderator sees it. */
export const PendingCommentView = Type.Object({ ...CommentView.properties, status: Type.String() });
export type PendingCommentView = Static<typeof PendingCommentView>;
export const PendingCommentList = Type.Array(PendingCommentView);

export const DraftEntryView = Type.Object({
  id: Uuid,
  name: Type.String(),
  disposition: Type.String(),
  unitName: Type.String(),
  issuingUnitName: Type.String(),
  substitutes: Type.Array(Type.Object({ method: Type.String(), note: Type.Optional(Type.String()) })),
  cancelReason: Type.String(),
});
export type DraftEntryView = Static<typeof DraftEntryView>;

export const ConsultationView = Type.Object({
  regionCode: RegionCode,
  open: Type.Boolean(),
  entries: Type.Array(DraftEntryView),
  comments: Type.Array(CommentView),
});
export type ConsultationView = Static<typeof ConsultationView>;

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const CommentInput = Type.Object(
  {
    entryId: Type.Optional(Type.Union([Uuid, Type.Null()], { description: '针对的证明事项' })),
    missingProofName: Type.Optional(
      Nullable(Type.String({ maxLength: 100, description: '清单中没有、但办事时仍被索要的证明', ...NAME_TEXT })),
    ),
    body: Type.String({ minLength: 2, maxLength: 2000, pattern: '\\S', description: '意见内容' }),
    authorName: Type.Optional(Nullable(Type.String({ maxLength: 50, description: '署名（可不填）', ...NAME_TEXT }))),
    contact: Type.Optional(Nullable(Type.String({ maxLength: 50, description: '联系方式（不公开）' }))),
  },
  { additionalProperties: false },
);
export type CommentInput = Static<typeof CommentInput>;

/** The answer to a new comment or a moderation: the comment and its status now. */
export const CommentStatusView = Type.Object({ id: Uuid, status: Type.String() });
export type CommentStatusView = Static<typeof CommentStatusView>;

export const CommentListQuery = Type.Object(
  {
    status: Type.Optional(Type.Union([Type.Literal('pending'), Type.Literal('published'), Type.Literal('rejected')])),
  },
  { additionalProperties: false },
);
export type CommentListQuery = Static<typeof CommentListQuery>;

export const CommentModeration = Type.Object(
  {
    decision: Type.Union([Type.Literal('publish'), Type.Literal('reject')]),
    reply: Type.String({ maxLength: 2000, description: '答复' }),
  },
  { additionalProperties: false },
);
export type CommentModeration = Static<typeof CommentModeration>;
