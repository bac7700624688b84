import { type Static, Type } from '@sinclair/typebox';
import { IsoDate, Name, Text } from './common';

export const CalendarDayKind = Type.Union([Type.Literal('holiday'), Type.Literal('workday')], {
  description: 'holiday 法定节假日（放假）/ workday 调休上班日',
});

export const CalendarDayView = Type.Object({
  date: IsoDate,
  kind: CalendarDayKind,
  name: Type.String({ description: '节日名称，如 春节' }),
});
export type CalendarDayView = Static<typeof CalendarDayView>;

export const CalendarYearView = Type.Object({
  year: Type.Integer(),
  source: Type.String({ description: '依据（国务院办公厅通知）' }),
  workingDays: Type.Integer({ description: '全年工作日天数' }),
  days: Type.Array(CalendarDayView),
});
export type CalendarYearView = Static<typeof CalendarYearView>;

export const CalendarStatusView = Type.Object({
  coveredYears: Type.Array(Type.Integer()),
  /** Years a deadline could reach soon (within the look-ahead) that the calendar does not hold. */
  missingYears: Type.Array(Type.Integer(), { description: '期限即将或已经涉及、但尚未录入正式节假日安排的年份' }),
  provisionalYears: Type.Array(Type.Integer(), {
    description: '其中按放假办法暂定推算的年份（法定假日与补假；调休无法预知）',
  }),
  provisionalDeadlines: Type.Integer({ description: '当前按暂定日历计算、待正式安排录入后重算的期限数' }),
  lookAheadDays: Type.Integer(),
  warning: Type.Union([Type.String(), Type.Null()], { description: '给管理员的提醒' }),
});
export type CalendarStatusView = Static<typeof CalendarStatusView>;

export const CalendarYearCreate = Type.Object(
  {
    year: Type.Integer({ minimum: 2000, maximum: 2100 }),
    source: Text(200, '依据，如 国务院办公厅关于2027年部分节假日安排的通知'),
    days: Type.Array(
      Type.Object(
        { date: IsoDate, kind: CalendarDayKind, name: Name(20, '节日名称') },
        { additionalProperties: false },
      ),
      { maxItems: 120 },
    ),
  },
  { additionalProperties: false },
);
export type CalendarYearCreate = Static<typeof CalendarYearCreate>;
/** PUT /calendar/years/:year: the year comes from the path. */
export const CalendarYearInput = Type.Omit(CalendarYearCreate, ['year']);
export type CalendarYearInput = Static<typeof CalendarYearInput>;

export const CalendarYearParams = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) });
export const CalendarDateParams = Type.Object({ date: IsoDate });

export const CalendarDayUpsert = Type.Object(
  { kind: CalendarDayKind, name: Name(20, '节日名称') },
  { additionalProperties: false },
);
export type CalendarDayUpsert = Static<typeof CalendarDayUpsert>;

export const AddWorkingDaysQuery = Type.Object(
  {
    from: IsoDate,
    days: Type.Integer({ minimum: 0, maximum: 1000, description: '工作日数（起算日不计入）' }),
  },
  { additionalProperties: false },
);
export type AddWorkingDaysQuery = Static<typeof AddWorkingDaysQuery>;
export const AddWorkingDaysView = Type.Object({
  from: IsoDate,
  days: Type.Integer(),
  result: IsoDate,
  provisional: Type.Boolean({ description: '计算涉及尚未录入正式节假日安排的年份，按放假办法暂定（未含调休）' }),
});
export type AddWorkingDaysView = Static<typeof AddWorkingDaysView>;
