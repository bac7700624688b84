import { asc, eq, gte, lt, and, sql } from 'drizzle-orm';
import type { CalendarStatusView, CalendarYearCreate, CalendarYearView } from '@pfc/contracts';
import type { Executor } from '../../db/client';
import { transact } from '../audit/transaction';
import type { Ctx, Platform } from '../context';
import { AppError, E } from '../http/errors';
import { OFFICIAL_HOLIDAY_YEARS } from './official-data';
import { calendarDays, calendarGaps, calendarYears } from './tables';
import { CalendarGapError, WorkingCalendar, parseIsoDate } from './working-days';

/** How far ahead the dashboard looks for a year that deadlines could soon reach. */
export const LOOK_AHEAD_DAYS = 60;
/** Other app servers pick up an admin's edit within this time. */
const CACHE_MS = 30_000;

let cached: { calendar: WorkingCalendar; loadedAt: number; db: Executor } | undefined;

export function invalidateCalendar(): void {
  cached = undefined;
}

export async function loadCalendar(platform: Platform): Promise<WorkingCalendar> {
  const db = platform.database.db;
  const now = Date.now();
  if (cached && cached.db === db && now - cached.loadedAt < CACHE_MS) return cached.calendar;
  const [years, days] = await Promise.all([
    db.select({ year: calendarYears.year }).from(calendarYears),
    db.select().from(calendarDays),
  ]);
  const calendar = new WorkingCalendar({
    years: years.map((y) => y.year),
    days: days.map((d) => ({ date: d.day, kind: d.kind, name: d.name })),
  });
  cached = { calendar, loadedAt: now, db };
  return calendar;
}

/** Ships the official 2025/2026 arrangements into an empty calendar; never overwrites an admin's edits. */
export async function seedOfficialCalendar(db: Executor): Promise<void> {
  for (const year of OFFICIAL_HOLIDAY_YEARS) {
    const inserted = await db.insert(calendarYears).values({ year: year.year, source: year.source }).onConflictDoNothing().returning();
    if (inserted.length === 0) continue;
    await db
      .insert(calendarDays)
      .values(year.days.map((d) => ({ day: d.date, kind: d.kind, name: d.name })))
      .onConflictDoNothing();
  }
  invalidateCalendar();
}

export interface GapOptions {
  /**
   * Remember a missing year for the dashboard (the default, for business use cases such as
   * acceptance). The public calculator passes false: a read never writes, and anyone could
   * otherwise fill the gap table.
   */
  recordGap?: boolean;
}

/**
 * The deadline function every later part uses: n working days after `from`, the start day not
 * counted. A missing year fails loudly (409 CALENDAR_GAP) and is remembered for the dashboard.
 */
export async function addWorkingDays(platform: Platform, from: string, n: number, options: GapOptions = {}): Promise<string> {
  const calendar = await loadCalendar(platform);
  try {
    return calendar.addWorkingDays(from, n);
  } catch (err) {
    throw await translate(platform, err, options.recordGap ?? true);
  }
}

export async function workingDaysBetween(platform: Platform, a: string, b: string): Promise<number> {
  const calendar = await loadCalendar(platform);
  try {
    return calendar.workingDaysBetween(a, b);
  } catch (err) {
    throw await translate(platform, err);
  }
}

async function translate(platform: Platform, err: unknown, recordGap = true): Promise<unknown> {
  if (err instanceof CalendarGapError) {
    const now = platform.now();
    // Outside any business transaction: the failure is remembered even when that one rolls back.
    if (recordGap) {
      await platform.database.db
        .insert(calendarGaps)
        .values({ year: err.year, firstSeenAt: now, lastSeenAt: now, lastDate: err.date })
        .onConflictDoUpdate({
          target: calendarGaps.year,
          set: { lastSeenAt: now, lastDate: err.date, occurrences: sql`${calendarGaps.occurrences} + 1` },
        });
    }
    return new AppError(E.CALENDAR_GAP, { year: err.year });
  }
  if (err instanceof RangeError) {
    return new AppError(E.VALIDATION_FAILED, { problem: err.message });
  }
  return err;
}

/** Today's date in Asia/Shanghai (UTC+8 all year: China has no daylight saving time). */
export function shanghaiToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export async function calendarStatus(platform: Platform, lang: 'zh' | 'en' = 'zh'): Promise<CalendarStatusView> {
  const calendar = await loadCalendar(platform);
  const today = shanghaiToday(platform.now());
  const missing = new Set(calendar.missingYearsFor(today, LOOK_AHEAD_DAYS));
  const gaps = await platform.database.db.select({ year: calendarGaps.year }).from(calendarGaps);
  for (const g of gaps) if (!calendar.covers(g.year)) missing.add(g.year);
  const missingYears = [...missing].sort((a, b) => a - b);
  return {
    coveredYears: calendar.coveredYears(),
    missingYears,
    lookAheadDays: LOOK_AHEAD_DAYS,
    warning:
      missingYears.length === 0
        ? null
        : lang === 'en'
          ? `The working-day calendar has no holiday arrangements for ${missingYears.join(', ')}: deadlines reaching these years cannot be computed. Enter them once the State Council publishes its notice.`
          : `工作日历缺少 ${missingYears.join('、')} 年的节假日安排：涉及这些年份的期限将无法计算。请在国务院办公厅发布通知后录入。`,
  };
}

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
export async function saveYear(ctx: Ctx, year: number, input: Omit<CalendarYearCreate, 'year'>): Promise<CalendarYearView> {
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
      .onConflictDoUpdate({ target: calendarYears.year, set: { source: input.source, updatedAt: ctx.now(), updatedBy: ctx.actor?.userId ?? null } });
    if (input.days.length > 0) {
      await tx.insert(calendarDays).values(input.days.map((d) => ({ day: d.date, kind: d.kind, name: d.name, updatedBy: ctx.actor?.userId ?? null })));
    }
    await tx.delete(calendarGaps).where(eq(calendarGaps.year, year));
    audit.record({ action: 'calendar.year.saved', targetType: 'calendar_year', targetId: String(year), before: { days: before.length }, after: { source: input.source, days: input.days.length } });
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
      .onConflictDoUpdate({ target: calendarDays.day, set: { kind, name, updatedAt: ctx.now(), updatedBy: ctx.actor?.userId ?? null } });
    audit.record({ action: 'calendar.day.saved', targetType: 'calendar_day', targetId: date, before: before ? { kind: before.kind, name: before.name } : null, after: { kind, name } });
  });
  invalidateCalendar();
}

export async function deleteDay(ctx: Ctx, date: string): Promise<void> {
  checkDay(date);
  await transact(ctx, async (tx, audit) => {
    const removed = await tx.delete(calendarDays).where(eq(calendarDays.day, date)).returning();
    if (removed.length === 0) throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'calendar day' : '该日安排' });
    audit.record({ action: 'calendar.day.deleted', targetType: 'calendar_day', targetId: date, before: { kind: removed[0]?.kind, name: removed[0]?.name } });
  });
  invalidateCalendar();
}
