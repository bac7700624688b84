import {
  AddWorkingDaysQuery,
  AddWorkingDaysView,
  CalendarDateParams,
  CalendarDayUpsert,
  CalendarStatusView,
  CalendarYearInput,
  CalendarYearParams,
  CalendarYearView,
  Ok,
} from '@pfc/contracts';
import { type App, responses } from '../http/schemas';
import { deleteDay, getYear, saveDay, saveYear } from './arrangements';
import { addWorkingDays, calendarStatus } from './service';

const tags = ['calendar'];

export async function calendarRoutes(app: App): Promise<void> {
  app.get(
    '/calendar/status',
    {
      config: { policy: 'calendar.status' },
      schema: { summary: '工作日历覆盖情况', tags, response: responses({ 200: CalendarStatusView }) },
    },
    async (request) => calendarStatus(request.ctx, request.ctx.lang),
  );
  app.get(
    '/calendar/years/:year',
    {
      config: { policy: 'calendar.years.get' },
      schema: {
        summary: '某年节假日安排',
        tags,
        params: CalendarYearParams,
        response: responses({ 200: CalendarYearView }),
      },
    },
    async (request) => getYear(request.ctx, request.params.year),
  );
  app.put(
    '/calendar/years/:year',
    {
      config: { policy: 'calendar.years.create' },
      schema: {
        summary: '录入或替换某年节假日安排',
        tags,
        params: CalendarYearParams,
        body: CalendarYearInput,
        response: responses({ 200: CalendarYearView }),
      },
    },
    async (request) => saveYear(request.ctx, request.params.year, request.body),
  );
  app.put(
    '/calendar/days/:date',
    {
      config: { policy: 'calendar.days.upsert' },
      schema: {
        summary: '设置某日为节假日或调休上班日',
        tags,
        params: CalendarDateParams,
        body: CalendarDayUpsert,
        response: responses({ 200: Ok }),
      },
    },
    async (request) => {
      await saveDay(request.ctx, request.params.date, request.body.kind, request.body.name);
      return { ok: true as const };
    },
  );
  app.delete(
    '/calendar/days/:date',
    {
      config: { policy: 'calendar.days.delete' },
      schema: { summary: '删除某日安排', tags, params: CalendarDateParams, response: responses({ 200: Ok }) },
    },
    async (request) => {
      await deleteDay(request.ctx, request.params.date);
      return { ok: true as const };
    },
  );
  app.get(
    '/calendar/add-working-days',
    {
      config: { policy: 'calendar.add' },
      schema: {
        summary: '按工作日推算期限（起算日不计入）',
        tags,
        querystring: AddWorkingDaysQuery,
        response: responses({ 200: AddWorkingDaysView }),
      },
    },
    async (request) => {
      const { from, days } = request.query;
      // Anyone may ask, so the answer records nothing (a year beyond the provisional horizon still answers CALENDAR_GAP).
      const due = await addWorkingDays(request.ctx, from, days, { recordGap: false });
      return { from, days, result: due.date, provisional: due.provisional };
    },
  );
}
