import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { Type } from '@sinclair/typebox';
import { PageQuery, Timestamp } from '@pfc/contracts';
import { AppError, E } from '../http/errors';
import { type App, responses } from '../http/schemas';
import { verifyChains } from './verify';
import { auditEvents } from './tables';

const tags = ['audit'];

const AuditEventView = Type.Object({
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

/** How many problems one answer lists; `problemCount` always counts them all. */
const LISTED_PROBLEMS = 1000;

const VerifyView = Type.Object({
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
    { description: `不相符之处（按链和序号排列，最多列出 ${LISTED_PROBLEMS} 处）` },
  ),
});

function decodeCursor(cursor: string): { at: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const date = new Date(at ?? '');
  if (Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/.test(id ?? ''))
    throw new AppError(E.VALIDATION_FAILED, { problem: 'cursor' });
  return { at: date, id: id! };
}

export async function auditRoutes(app: App): Promise<void> {
  app.get(
    '/audit/events',
    {
      config: { policy: 'audit.list' },
      schema: {
        summary: '审计日志（平台管理员）',
        tags,
        querystring: Type.Object(
          {
            pageSize: PageQuery.pageSize,
            cursor: Type.Optional(Type.String({ maxLength: 200, description: '上一页返回的 nextCursor' })),
            targetType: Type.Optional(Type.String({ maxLength: 50 })),
            targetId: Type.Optional(Type.String({ maxLength: 100 })),
          },
          { additionalProperties: false },
        ),
        response: responses({
          200: Type.Object({ items: Type.Array(AuditEventView), nextCursor: Type.Union([Type.String(), Type.Null()]) }),
        }),
      },
    },
    async (request) => {
      const q = request.query;
      const pageSize = q.pageSize ?? 20;
      const after = q.cursor ? decodeCursor(q.cursor) : undefined;
      const conditions: Array<SQL | undefined> = [
        // Keyset paging on (time, id): events that share a millisecond are never skipped.
        after
          ? sql`(${auditEvents.occurredAt}, ${auditEvents.id}) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`
          : undefined,
        q.targetType ? eq(auditEvents.targetType, q.targetType) : undefined,
        q.targetId ? eq(auditEvents.targetId, q.targetId) : undefined,
      ];
      const rows = await request.ctx.database.db
        .select()
        .from(auditEvents)
        .where(and(...conditions))
        .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
        .limit(pageSize);
      const last = rows.length === pageSize ? rows[rows.length - 1] : undefined;
      return {
        items: rows.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() })),
        nextCursor: last ? Buffer.from(`${last.occurredAt.toISOString()}|${last.id}`).toString('base64url') : null,
      };
    },
  );
  app.post(
    '/audit/verify',
    {
      config: { policy: 'audit.verify' },
      schema: { summary: '校验审计哈希链', tags, response: responses({ 200: VerifyView }) },
    },
    async (request) => {
      return verifyChains(request.ctx.database.db, request.ctx.crypto, { limit: LISTED_PROBLEMS });
    },
  );
}
