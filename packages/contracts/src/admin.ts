import { type Static, Type } from '@sinclair/typebox';
import { CalendarStatusView } from './calendar';

export const DashboardWarning = Type.Object({
  code: Type.String(),
  level: Type.Union([Type.Literal('error'), Type.Literal('warning')]),
  message: Type.String(),
});
export type DashboardWarning = Static<typeof DashboardWarning>;

/** The administrator's start page: what needs attention now. */
export const DashboardView = Type.Object({
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
  warnings: Type.Array(DashboardWarning),
});
export type DashboardView = Static<typeof DashboardView>;
