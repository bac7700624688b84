/** Entering and editing the official arrangements (国务院办公厅节假日安排): each edit recounts provisional deadlines. */
import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { CalendarYearCreate, CalendarYearView } from '@pfc/contracts';
import { transact } from '../audit/transaction';
import type { Ctx } from '../context';
import { AppError, E } from '../http/errors';
import { enqueueRecompute } from './deadlines';
import { invalidateCalendar, loadCalendar } from './service';
import { calendarDays, calendarGaps, calendarYears } from './tables';
import { parseIsoDate } from './working-days';

export async function getYear(ctx: Ctx, year: number): Promise<CalendarYearView> {
  const db = ctx.database.db;
  const [row] = await db.select().from(calendarYears).where(eq(calendarYears.year, year));
  if (!row) throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'calendar year' : `${year} 年日历` });
  const days = await db
    .select()
    .from(calendarDays)
    .where(and(gte(calendarDays.day, `${year}-01-01`), lt(calendarDays.day, `${year + 1}-01-01`)))
    .orderBy(asc(calendarDays.day));
  const calendar = await loadCalendar(ctx);
  return {
    year,
    source: row.source,
    workingDays: calendar.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`),
    days: days.map((d) => ({ date: d.day, kind: d.kind, name: d.name })),
  };
}

function checkDay(date: string, year?: number): void {
  try {
    parseIsoDate(date);
  } catch (err) {
    throw new AppError(E.VALIDATION_FAILED, { problem: (err as Error).message });
  }
  if (year !== undefined && !date.startsWith(`${year}-`)) {
    throw new AppError(E.VALIDATION_FAILED, { problem: `${date} 不属于 ${year} 年` });
  }
}

/** Adds a year's arrangement, or replaces it wholesale (e.g. when the State Council notice comes out). */
export async function saveYear(
  ctx: Ctx,
  year: number,
  input: Omit<CalendarYearCreate, 'year'>,
): Promise<CalendarYearView> {
  for (const d of input.days) checkDay(d.date, year);
  if (new Set(input.days.map((d) => d.date)).size !== input.days.length) {
    throw new AppError(E.VALIDATION_FAILED, { problem: '同一日期出现了两次' });
  }
  await transact(ctx, async (tx, audit) => {
    const range = and(gte(calendarDays.day, `${year}-01-01`), lt(calendarDays.day, `${year + 1}-01-01`));
    const before = await tx.select().from(calendarDays).where(range);
    await tx.delete(calendarDays).where(range);
    await tx
      .insert(calendarYears)
      .values({ year, source: input.source, updatedBy: ctx.actor?.userId ?? null })
      .onConflictDoUpdate({
        target: calendarYears.year,
        set: { source: input.source, updatedAt: ctx.now(), updatedBy: ctx.actor?.userId ?? null },
      });
    if (input.days.length > 0) {
      await tx
        .insert(calendarDays)
        .values(
          input.days.map((d) => ({ day: d.date, kind: d.kind, name: d.name, updatedBy: ctx.actor?.userId ?? null })),
        );
    }
    await tx.delete(calendarGaps).where(eq(calendarGaps.year, year));
    await enqueueRecompute(tx, ctx, { year, change: 'year' });
    audit.record({
      action: 'calendar.year.saved',
      targetType: 'calendar_year',
      targetId: String(year),
      before: { days: before.length },
      after: { source: input.source, days: input.days.length },
    });
  });
  invalidateCalendar();
  return getYear(ctx, year);
}

export async function saveDay(ctx: Ctx, date: string, kind: 'holiday' | 'workday', name: string): Promise<void> {
  checkDay(date);
  const year = Number(date.slice(0, 4));
  await transact(ctx, async (tx, audit) => {
    const [covered] = await tx.select().from(calendarYears).where(eq(calendarYears.year, year));
    if (!covered) throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'calendar year' : `${year} 年日历` });
    const [before] = await tx.select().from(calendarDays).where(eq(calendarDays.day, date));
    await tx
      .insert(calendarDays)
      .values({ day: date, kind, name, updatedBy: ctx.actor?.userId ?? null })
      .onConflictDoUpdate({
        target: calendarDays.day,
        set: { kind, name, updatedAt: ctx.now(), updatedBy: ctx.actor?.userId ?? null },
      });
    await enqueueRecompute(tx, ctx, { year, change: `day ${date}` });
    audit.record({
      action: 'calendar.day.saved',
      targetType: 'calendar_day',
      targetId: date,
      before: before ? { kind: before.kind, name: before.name } : null,
      after: { kind, name },
    });
  });
  invalidateCalendar();
}

export async function deleteDay(ctx: Ctx, date: string): Promise<void> {
  checkDay(date);
  await transact(ctx, async (tx, audit) => {
    const removed = await tx.delete(calendarDays).where(eq(calendarDays.day, date)).returning();
    if (removed.length === 0)
      throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'calendar day' : '该日安排' });
    await enqueueRecompute(tx, ctx, { year: Number(date.slice(0, 4)), change: `day ${date} deleted` });
    audit.record({
      action: 'calendar.day.deleted',
      targetType: 'calendar_day',
      targetId: date,
      before: { kind: removed[0]?.kind, name: removed[0]?.name },
    });
  });
  invalidateCalendar();
}
