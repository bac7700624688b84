import { DashboardView, type DashboardWarning } from '@pfc/contracts';
import { platformWide } from '../../platform/access/actor';
import { countEvents } from '../../platform/audit/chain';
import { calendarStatus } from '../../platform/calendar/service';
import { countDeadJobs } from '../../platform/jobs';
import { type App, responses } from '../../platform/http/schemas';
import { countOrg } from '../org';

/** The administrator's start page: what needs attention now. */
export async function adminRoutes(app: App): Promise<void> {
  app.get(
    '/admin/dashboard',
    {
      config: { policy: 'admin.dashboard' },
      schema: { summary: '管理员工作台', tags: ['admin'], response: responses({ 200: DashboardView }) },
    },
    async (request) => {
      const { ctx } = request;
      const db = ctx.database.db;
      // A district administrator counts their district; the audit log and the job queue are the
      // whole platform's, so only a platform administrator sees (and can act on) those figures.
      const whole = platformWide(ctx.actor, 'admin');
      const [org, deadJobs, auditCount, calendar] = await Promise.all([
        countOrg(ctx),
        whole ? countDeadJobs(db) : undefined,
        whole ? countEvents(db) : undefined,
        calendarStatus(ctx, ctx.lang),
      ]);
      const warnings: DashboardWarning[] = [];
      // A year counted provisionally is a warning; one that cannot be counted at all is an error.
      if (calendar.warning) {
        const blocking = calendar.missingYears.some((y) => !calendar.provisionalYears.includes(y));
        warnings.push({ code: 'CALENDAR_GAP', level: blocking ? 'error' : 'warning', message: calendar.warning });
      }
      const en = ctx.lang === 'en';
      if (deadJobs) {
        const message = en
          ? `${deadJobs} background jobs failed after all retries; see the server log`
          : `有 ${deadJobs} 个后台任务多次重试仍失败，请查看日志`;
        warnings.push({ code: 'JOBS_DEAD', level: 'warning', message });
      }
      if (ctx.database.kind === 'pglite') {
        const message = en
          ? 'Running on the embedded database (PGlite), fit for trials and demos only; set DATABASE_URL to use PostgreSQL in production.'
          : '当前使用内置数据库（PGlite），仅适合试用和演示；正式部署请配置 DATABASE_URL 使用 PostgreSQL。';
        warnings.push({ code: 'EMBEDDED_DATABASE', level: 'warning', message });
      }
      return {
        counts: { ...org, auditEvents: auditCount, deadJobs },
        calendar,
        warnings,
      };
    },
  );
}
