import { count, eq } from 'drizzle-orm';
import { Type } from '@sinclair/typebox';
import { CalendarStatusView } from '@pfc/contracts';
import { countEvents } from '../../platform/audit/chain';
import { users } from '../../platform/auth/tables';
import { calendarStatus } from '../../platform/calendar/service';
import { jobs } from '../../platform/jobs/tables';
import { type App, responses } from '../../platform/http/schemas';
import { applicants, regions, units } from '../org/tables';

const DashboardView = Type.Object({
  counts: Type.Object({
    regions: Type.Integer(),
    units: Type.Integer(),
    staff: Type.Integer(),
    applicants: Type.Integer(),
    auditEvents: Type.Integer(),
    deadJobs: Type.Integer({ description: '重试耗尽而停止的后台任务' }),
  }),
  calendar: CalendarStatusView,
  warnings: Type.Array(Type.Object({ code: Type.String(), level: Type.Union([Type.Literal('error'), Type.Literal('warning')]), message: Type.String() })),
});

/** The administrator's start page: what needs attention now. */
export async function adminRoutes(app: App): Promise<void> {
  app.get(
    '/admin/dashboard',
    { config: { policy: 'admin.dashboard' }, schema: { summary: '管理员工作台', tags: ['admin'], response: responses({ 200: DashboardView }) } },
    async (request) => {
      const { ctx } = request;
      const db = ctx.database.db;
      const one = async (q: Promise<Array<{ n: number }>>) => (await q)[0]?.n ?? 0;
      const [regionCount, unitCount, staffCount, applicantCount, deadJobs, auditCount, calendar] = await Promise.all([
        one(db.select({ n: count() }).from(regions)),
        one(db.select({ n: count() }).from(units)),
        one(db.select({ n: count() }).from(users).where(eq(users.kind, 'staff'))),
        one(db.select({ n: count() }).from(applicants)),
        one(db.select({ n: count() }).from(jobs).where(eq(jobs.status, 'dead'))),
        countEvents(db),
        calendarStatus(ctx, ctx.lang),
      ]);
      const warnings: Array<{ code: string; level: 'error' | 'warning'; message: string }> = [];
      // A year counted provisionally is a warning; one that cannot be counted at all is an error.
      if (calendar.warning) {
        const blocking = calendar.missingYears.some((y) => !calendar.provisionalYears.includes(y));
        warnings.push({ code: 'CALENDAR_GAP', level: blocking ? 'error' : 'warning', message: calendar.warning });
      }
      const en = ctx.lang === 'en';
      if (deadJobs > 0) {
        const message = en ? `${deadJobs} background jobs failed after all retries; see the server log` : `有 ${deadJobs} 个后台任务多次重试仍失败，请查看日志`;
        warnings.push({ code: 'JOBS_DEAD', level: 'warning', message });
      }
      if (ctx.database.kind === 'pglite') {
        const message = en
          ? 'Running on the embedded database (PGlite), fit for trials and demos only; set DATABASE_URL to use PostgreSQL in production.'
          : '当前使用内置数据库（PGlite），仅适合试用和演示；正式部署请配置 DATABASE_URL 使用 PostgreSQL。';
        warnings.push({ code: 'EMBEDDED_DATABASE', level: 'warning', message });
      }
      return {
        counts: { regions: regionCount, units: unitCount, staff: staffCount, applicants: applicantCount, auditEvents: auditCount, deadJobs },
        calendar,
        warnings,
      };
    },
  );
}
