import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { Type } from '@sinclair/typebox';
import { PageQuery, Timestamp } from '@pfc/contracts';
import { type App, responses } from '../http/schemas';
import { verifyChains } from './chain';
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

const VerifyView = Type.Object({
  ok: Type.Boolean(),
  chains: Type.Integer(),
  events: Type.Integer(),
  firstProblem: Type.Union([
    Type.Object({ chainId: Type.Integer(), seq: Type.Integer(), eventId: Type.Union([Type.String(), Type.Null()]), reason: Type.String() }),
    Type.Null(),
  ]),
});

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
            before: Type.Optional(Timestamp),
            targetType: Type.Optional(Type.String({ maxLength: 50 })),
            targetId: Type.Optional(Type.String({ maxLength: 100 })),
          },
          { additionalProperties: false },
        ),
        response: responses({ 200: Type.Object({ items: Type.Array(AuditEventView) }) }),
      },
    },
    async (request) => {
      const q = request.query;
      const conditions: Array<SQL | undefined> = [
        q.before ? lt(auditEvents.occurredAt, new Date(q.before)) : undefined,
        q.targetType ? eq(auditEvents.targetType, q.targetType) : undefined,
        q.targetId ? eq(auditEvents.targetId, q.targetId) : undefined,
      ];
      const rows = await request.ctx.database.db
        .select()
        .from(auditEvents)
        .where(and(...conditions))
        .orderBy(desc(auditEvents.occurredAt))
        .limit(q.pageSize ?? 20);
      return { items: rows.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() })) };
    },
  );
  app.post(
    '/audit/verify',
    { config: { policy: 'audit.verify' }, schema: { summary: '校验审计哈希链', tags, response: responses({ 200: VerifyView }) } },
    async (request) => {
      return verifyChains(request.ctx.database.db, request.ctx.crypto);
    },
  );
}
