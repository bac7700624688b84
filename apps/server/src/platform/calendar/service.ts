import { sql } from 'drizzle-orm';
import type { CalendarStatusView } from '@pfc/contracts';
import type { Executor } from '../../db/client';
import type { Platform } from '../context';
import { AppError, E } from '../http/errors';
import { DeadlineCalendar, type Deadline } from './deadline-calendar';
import { countProvisionalDeadlines, recomputeJob } from './deadlines';
import { OFFICIAL_HOLIDAY_YEARS } from './official-data';
import { calendarDays, calendarGaps, calendarYears } from './tables';
import { CalendarGapError } from './working-days';

export type { Deadline } from './deadline-calendar';

/** How far ahead the dashboard looks for a year that deadlines could soon reach. */
export const LOOK_AHEAD_DAYS = 60;
/**
 * Provisional years reach this many years past the later of today and the last official year: a
 * 1,000-working-day count (the calculator's maximum) stays inside; beyond it CALENDAR_GAP still says no.
 */
export const PROVISIONAL_HORIZON_YEARS = 5;
/** Other app servers pick up an admin's edit within this time. */
const CACHE_MS = 30_000;

let cached: { calendar: DeadlineCalendar; loadedAt: number; db: Executor } | undefined;

export function invalidateCalendar(): void {
  cached = undefined;
}

/** The calendar as stored, read through `db` (a transaction sees its own uncommitted edits). */
export async function readCalendar(db: Executor, now: Date): Promise<DeadlineCalendar> {
  // One after the other: on a transaction's single connection node-postgres refuses parallel queries.
  const years = await db.select({ year: calendarYears.year }).from(calendarYears);
  const days = await db.select().from(calendarDays);
  const officialYears = years.map((y) => y.year);
  return new DeadlineCalendar({
    officialYears,
    days: days.map((d) => ({ date: d.day, kind: d.kind, name: d.name })),
    provisionalThrough: Math.max(Number(shanghaiToday(now).slice(0, 4)), ...officialYears) + PROVISIONAL_HORIZON_YEARS,
  });
}

export async function loadCalendar(platform: Platform): Promise<DeadlineCalendar> {
  const db = platform.database.db;
  const now = Date.now();
  if (cached && cached.db === db && now - cached.loadedAt < CACHE_MS) return cached.calendar;
  const calendar = await readCalendar(db, platform.now());
  cached = { calendar, loadedAt: now, db };
  return calendar;
}

/** Ships the official 2025/2026 arrangements into an empty calendar; never overwrites an admin's edits. */
export async function seedOfficialCalendar(db: Executor): Promise<void> {
  for (const year of OFFICIAL_HOLIDAY_YEARS) {
    const inserted = await db
      .insert(calendarYears)
      .values({ year: year.year, source: year.source })
      .onConflictDoNothing()
      .returning();
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
 * The deadline function every module uses: n working days after `from`, the start day not counted,
 * with whether it was counted over a provisional year. Whoever stores the date stores the flag
 * beside it and registers a recount (deadlines.ts). Only a date outside the provisional horizon
 * (before 2025, or years ahead) fails: 409 CALENDAR_GAP, remembered for the dashboard.
 */
export async function addWorkingDays(
  platform: Platform,
  from: string,
  n: number,
  options: GapOptions = {},
): Promise<Deadline> {
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

/**
 * What the dashboard says about the calendar: years deadlines may soon reach (or already reached)
 * without an official arrangement, and how many stored deadlines are provisional because of them.
 */
export async function calendarStatus(platform: Platform, lang: 'zh' | 'en' = 'zh'): Promise<CalendarStatusView> {
  const calendar = await loadCalendar(platform);
  const db = platform.database.db;
  const today = shanghaiToday(platform.now());
  const missing = new Set(calendar.missingYearsFor(today, LOOK_AHEAD_DAYS));
  const gaps = await db.select({ year: calendarGaps.year }).from(calendarGaps);
  for (const g of gaps) if (!calendar.isOfficial(g.year)) missing.add(g.year);
  const missingYears = [...missing].sort((a, b) => a - b);
  const provisionalYears = missingYears.filter((y) => calendar.isProvisional(y));
  const provisionalDeadlines = await countProvisionalDeadlines(platform);
  const years = missingYears.join(lang === 'en' ? ', ' : '、');
  const unguessed = missingYears.filter((y) => !calendar.isProvisional(y));
  return {
    coveredYears: calendar.officialYears(),
    missingYears,
    provisionalYears,
    provisionalDeadlines,
    lookAheadDays: LOOK_AHEAD_DAYS,
    warning:
      missingYears.length === 0
        ? null
        : lang === 'en'
          ? `The holiday arrangements for ${years} have not been entered. ` +
            (unguessed.length > 0 ? `Deadlines reaching ${unguessed.join(', ')} cannot be computed. ` : '') +
            `Deadlines are counted on a provisional calendar from the holiday law (statutory holidays and days in lieu; weekend make-up working days cannot be foreseen) and marked provisional (${provisionalDeadlines} now); they are recounted once the State Council's notice is entered.`
          : `工作日历尚未录入 ${years} 年的节假日安排。` +
            (unguessed.length > 0 ? `涉及 ${unguessed.join('、')} 年的期限无法计算。` : '') +
            `期限暂按《全国年节及纪念日放假办法》推算（含法定假日和补假，无法预知调休上班日），标为“暂定”（现有 ${provisionalDeadlines} 个），录入国务院办公厅通知后自动重算。`,
  };
}

/** The durable recount job (kind RECOMPUTE_JOB), reading the calendar through the job's transaction. */
export const recomputeProvisionalDeadlines = recomputeJob((tx, ctx) => readCalendar(tx, ctx.now()));
