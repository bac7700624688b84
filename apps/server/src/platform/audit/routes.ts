import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { AUDIT_LISTED_PROBLEMS, AuditEventsPage, AuditEventsQuery, AuditVerifyView } from '@pfc/contracts';
import { AppError, E } from '../http/errors';
import { type App, responses } from '../http/schemas';
import { verifyChains } from './verify';
import { auditEvents } from './tables';

const tags = ['audit'];

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
        querystring: AuditEventsQuery,
        response: responses({ 200: AuditEventsPage }),
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
      schema: { summary: '校验审计哈希链', tags, response: responses({ 200: AuditVerifyView }) },
    },
    async (request) => {
      return verifyChains(request.ctx.database.db, request.ctx.crypto, { limit: AUDIT_LISTED_PROBLEMS });
    },
  );
}
