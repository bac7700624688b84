import { Type } from '@sinclair/typebox';
import { CalendarStatusView } from '@pfc/contracts';
import { platformWide } from '../../platform/access/actor';
import { countEvents } from '../../platform/audit/chain';
import { calendarStatus } from '../../platform/calendar/service';
import { countDeadJobs } from '../../platform/jobs';
import { type App, responses } from '../../platform/http/schemas';
import { countOrg } from '../org';

const DashboardView = Type.Object({
  counts: Type.Object(
    {
      regions: Type.Integer({ description: '管辖范围内的区划' }),
      units: Type.Integer({ description: '管辖范围内的单位' }),
      staff: Type.Integer({ description: '可管理的工作人员' }),
      applicants: Type.Integer({ description: '管辖范围内的申请人' }),
      auditEvents: Type.Optional(Type.Integer({ description: '审计事件（仅全平台管理员）' })),
      deadJobs: Type.Optional(Type.Integer({ description: '重试耗尽而停止的后台任务（仅全平台管理员）' })),
    },
    { description: '按管理员的管辖范围统计；全平台管理员统计全部' },
  ),
  calendar: CalendarStatusView,
  warnings: Type.Array(
    Type.Object({
      code: Type.String(),
      level: Type.Union([Type.Literal('error'), Type.Literal('warning')]),
      message: Type.String(),
    }),
  ),
});

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
      const warnings: Array<{ code: string; level: 'error' | 'warning'; message: string }> = [];
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
