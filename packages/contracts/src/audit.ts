import { type Static, Type } from '@sinclair/typebox';
import { PageQuery, Timestamp } from './common';

export const AuditEventView = Type.Object({
  id: Type.String(),
  occurredAt: Timestamp,
  actorName: Type.Union([Type.String(), Type.Null()]),
  actorRole: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  targetType: Type.String(),
  targetId: Type.String(),
  details: Type.String({ description: '变更前后摘要（JSON）' }),
  requestId: Type.Union([Type.String(), Type.Null()]),
});
export type AuditEventView = Static<typeof AuditEventView>;

export const AuditEventsQuery = Type.Object(
  {
    pageSize: PageQuery.pageSize,
    cursor: Type.Optional(Type.String({ maxLength: 200, description: '上一页返回的 nextCursor' })),
    targetType: Type.Optional(Type.String({ maxLength: 50 })),
    targetId: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);
export type AuditEventsQuery = Static<typeof AuditEventsQuery>;

/** Newest first; `nextCursor` continues the list (null on the last page). */
export const AuditEventsPage = Type.Object({
  items: Type.Array(AuditEventView),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type AuditEventsPage = Static<typeof AuditEventsPage>;

/** How many problems one verification answer lists; `problemCount` always counts them all. */
export const AUDIT_LISTED_PROBLEMS = 1000;

export const AuditVerifyView = Type.Object({
  ok: Type.Boolean({ description: '是否完好（没有任何问题时为 true）' }),
  chains: Type.Integer({ description: '链数' }),
  events: Type.Integer({ description: '校验的事件数' }),
  problemCount: Type.Integer({ description: '不相符之处的总数' }),
  problems: Type.Array(
    Type.Object({
      chainId: Type.Integer(),
      seq: Type.Integer({ description: '事件序号（链头问题时为链头应有的序号）' }),
      eventId: Type.Union([Type.String(), Type.Null()], { description: '事件编号；链头问题时为 null' }),
      reasons: Type.Array(Type.String(), {
        description:
          'hash_mismatch 内容被改 · broken_link 链接断开 · sequence_gap 序号缺失 · head_mismatch / missing_head / head_seal_invalid 链头不符',
      }),
    }),
    { description: `不相符之处（按链和序号排列，最多列出 ${AUDIT_LISTED_PROBLEMS} 处）` },
  ),
});
export type AuditVerifyView = Static<typeof AuditVerifyView>;
