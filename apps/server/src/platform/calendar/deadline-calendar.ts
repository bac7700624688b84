/**
 * The calendar deadlines are counted on: official years (the State Council's notices, entered by an
 * administrator) are the authority; a year after them without a notice gets the provisional holidays
 * of the law (provisional.ts), so a deadline never stops for want of a calendar — but it says so.
 */
import { PROVISIONAL_LAW_FROM, provisionalYear } from './provisional';
import { parseIsoDate, WorkingCalendar, type IsoDate, type SpecialDay } from './working-days';

/** A deadline and whether any day counted towards it lies in a provisional year. */
export interface Deadline {
  readonly date: IsoDate;
  /** Counted over a year without its official arrangement: 暂定, recomputed when it is entered. */
  readonly provisional: boolean;
}

export interface DeadlineCalendarInput {
  /** Years whose official arrangement is entered. */
  readonly officialYears: readonly number[];
  /** Their special days (holidays and 调休 working days). */
  readonly days: readonly SpecialDay[];
  /**
   * Provisional years run from PROVISIONAL_LAW_FROM through this year, wherever no official year
   * is entered. Years before the amended law, or after this one, stay uncovered (CALENDAR_GAP).
   */
  readonly provisionalThrough: number;
}

export class DeadlineCalendar {
  /** The day-level calendar over official and provisional years alike. */
  readonly working: WorkingCalendar;
  private readonly official: ReadonlySet<number>;
  private readonly provisional: ReadonlySet<number>;

  constructor(input: DeadlineCalendarInput) {
    this.official = new Set(input.officialYears);
    const provisional: number[] = [];
    // The working calendar spans at most 100 years; an official year entered far back (the API
    // allows 2000) must not make it refuse to build.
    const last = Math.min(input.provisionalThrough, Math.min(PROVISIONAL_LAW_FROM, ...input.officialYears) + 99);
    for (let year = PROVISIONAL_LAW_FROM; year <= last; year++) if (!this.official.has(year)) provisional.push(year);
    this.provisional = new Set(provisional);
    this.working = new WorkingCalendar({
      years: [...this.official, ...provisional],
      days: [...input.days, ...provisional.flatMap((year) => provisionalYear(year))],
    });
  }

  /**
   * The n-th working day after `from` (the start day not counted), flagged provisional when a day
   * after `from` up to the result lies in a provisional year. Throws CalendarGapError past the
   * provisional horizon, and RangeError for a bad date.
   */
  addWorkingDays(from: IsoDate, n: number): Deadline {
    const date = this.working.addWorkingDays(from, n);
    return { date, provisional: this.touchesProvisional(from, date) };
  }

  workingDaysBetween(a: IsoDate, b: IsoDate): number {
    return this.working.workingDaysBetween(a, b);
  }

  /** Whether a day d with from < d ≤ to lies in a provisional year. */
  touchesProvisional(from: IsoDate, to: IsoDate): boolean {
    if (to <= from || this.provisional.size === 0) return false;
    const start = parseIsoDate(from);
    // The day after 12-31 is in the next year; any other day after `from` is in from's year.
    const firstYear = start.month === 12 && start.day === 31 ? start.year + 1 : start.year;
    const lastYear = parseIsoDate(to).year;
    for (let year = firstYear; year <= lastYear; year++) if (this.provisional.has(year)) return true;
    return false;
  }

  /** Years with an entered official arrangement, ascending. */
  officialYears(): number[] {
    return [...this.official].sort((a, b) => a - b);
  }

  /** Years counted provisionally, ascending. */
  provisionalYears(): number[] {
    return [...this.provisional].sort((a, b) => a - b);
  }

  isOfficial(year: number): boolean {
    return this.official.has(year);
  }

  isProvisional(year: number): boolean {
    return this.provisional.has(year);
  }

  /** Years touched by the days from..from+horizonDays that have no official arrangement. */
  missingYearsFor(from: IsoDate, horizonDays: number): number[] {
    if (!Number.isSafeInteger(horizonDays) || horizonDays < 0 || horizonDays > 36_600)
      throw new RangeError(`预警天数无效：${horizonDays}`);
    const { year, month, day } = parseIsoDate(from);
    const last = new Date(Date.UTC(year, month - 1, day + horizonDays)).getUTCFullYear();
    const missing: number[] = [];
    for (let y = year; y <= last; y++) if (!this.official.has(y)) missing.push(y);
    return missing;
  }
}
