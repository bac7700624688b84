/**
 * PRC working-day calendar (法定节假日 + 调休): the pure core behind every legal deadline.
 *
 * Dates are plain 'YYYY-MM-DD' strings meaning calendar days in Asia/Shanghai. We never build a
 * `Date` from them: all arithmetic is on integer day numbers (days since 1970-01-01), so the
 * host's time zone and DST rules cannot shift a deadline.
 */

/** A calendar date in Asia/Shanghai, written 'YYYY-MM-DD'. */
export type IsoDate = string;

export type SpecialDayKind = 'holiday' | 'workday';

/** A day that departs from the Monday–Friday rule, or lies inside an official break. */
export interface SpecialDay {
  readonly date: IsoDate;
  /** 'workday' = make-up working day (调休上班) on a weekend. */
  readonly kind: SpecialDayKind;
  readonly name: string;
}

export interface WorkingCalendarInput {
  /** Years whose arrangements are known; a year listed here with no special days is plain Mon–Fri. */
  readonly years: readonly number[];
  readonly days: readonly SpecialDay[];
}

/**
 * A deadline needed a day of a year nobody has entered. Guessing with weekday logic would silently
 * produce wrong legal deadlines around 元旦/春节, so we refuse instead.
 */
export class CalendarGapError extends Error {
  override readonly name = 'CalendarGapError';
  readonly code = 'CALENDAR_GAP';
  /** The year whose arrangement is missing. */
  readonly year: number;
  /** The first day the computation needed that the calendar does not hold. */
  readonly date: IsoDate;

  constructor(year: number, date: IsoDate) {
    super(`工作日历缺少${year}年的数据，无法计算期限，请管理员补充节假日安排（涉及日期：${date}）`);
    this.year = year;
    this.date = date;
  }
}

// ---- Day numbers (proleptic Gregorian, Howard Hinnant's civil algorithms) ----

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function civilFromDays(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0 = Sunday … 6 = Saturday. Day 0 (1970-01-01) was a Thursday. */
function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function formatDayNumber(dayNumber: number): IsoDate {
  const { year, month, day } = civilFromDays(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads `length` ASCII digits without allocating; -1 if any is not a digit. */
function readDigits(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Validates strictly (zero-padded, real date) and returns the day number; hot path, so no regex. */
function dayNumberOf(value: string): number {
  const ok = typeof value === 'string' && value.length === 10 && value[4] === '-' && value[7] === '-';
  const year = ok ? readDigits(value, 0, 4) : -1;
  const month = ok ? readDigits(value, 5, 2) : -1;
  const day = ok ? readDigits(value, 8, 2) : -1;
  if (year < 0 || month < 0 || day < 0) {
    throw new RangeError(`无效日期 ${JSON.stringify(value)}：应为 YYYY-MM-DD 格式（如 2026-02-03）`);
  }
  if (year < 1) throw new RangeError(`无效日期 "${value}"：年份应为 0001–9999`);
  if (month < 1 || month > 12) throw new RangeError(`无效日期 "${value}"：月份应为 01–12`);
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`无效日期 "${value}"：${year}年${month}月没有${day}日`);
  }
  return daysFromCivil(year, month, day);
}

/** Parses a strict 'YYYY-MM-DD' date; throws RangeError for '2026-2-3', '2026-02-30', garbage. */
export function parseIsoDate(value: string): CivilDate {
  return civilFromDays(dayNumberOf(value));
}

// ---- The calendar ----

const UNCOVERED = 0;
const OFF = 1;
const WORK = 2;
/** Keeps a typo such as year 2062 next to 2026 from allocating centuries of tables. */
const MAX_SPAN_YEARS = 100;

function checkCount(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what}应为非负整数，实际为 ${String(n)}`);
}

/**
 * Immutable, precomputed calendar. Tables cover the span from the first to the last covered year
 * (uncovered years inside the span stay UNCOVERED), so every query is O(1) and allocation-free
 * apart from parsing.
 */
export class WorkingCalendar {
  private readonly years: readonly number[];
  private readonly yearSet: ReadonlySet<number>;
  /** Day number of the first day of the span. */
  private readonly first: number;
  private readonly length: number;
  private readonly status: Uint8Array;
  /** workedThrough[i] = working days among span days 0..i. */
  private readonly workedThroughTable: Int32Array;
  /** workIndex[k] = span index of the (k+1)-th working day. */
  private readonly workIndex: Int32Array;
  /** nextGap[i] = first UNCOVERED span index ≥ i, or `length` when none. */
  private readonly nextGap: Int32Array;
  private readonly iso: readonly IsoDate[];

  constructor(input: WorkingCalendarInput) {
    const badYear = input.years.find((year) => !Number.isInteger(year) || year < 1 || year > 9998);
    if (badYear !== undefined) throw new RangeError(`工作日历年份无效：${String(badYear)}`);
    this.years = [...new Set(input.years)].sort((a, b) => a - b);
    this.yearSet = new Set(this.years);
    const firstYear = this.years[0];
    const lastYear = this.years[this.years.length - 1];
    if (firstYear !== undefined && lastYear !== undefined && lastYear - firstYear >= MAX_SPAN_YEARS) {
      throw new RangeError(`工作日历年份跨度过大（${firstYear}–${lastYear}），最多 ${MAX_SPAN_YEARS} 年`);
    }
    this.first = firstYear === undefined ? 0 : daysFromCivil(firstYear, 1, 1);
    this.length = lastYear === undefined ? 0 : daysFromCivil(lastYear + 1, 1, 1) - this.first;

    this.status = new Uint8Array(this.length);
    for (let i = 0; i < this.length; i++) {
      if (!this.yearSet.has(civilFromDays(this.first + i).year)) continue;
      const weekday = weekdayOf(this.first + i);
      this.status[i] = weekday === 0 || weekday === 6 ? OFF : WORK;
    }
    this.applySpecialDays(input.days);

    this.workedThroughTable = new Int32Array(this.length);
    const workIndex = new Int32Array(this.length);
    let worked = 0;
    for (let i = 0; i < this.length; i++) {
      if (this.status[i] === WORK) workIndex[worked++] = i;
      this.workedThroughTable[i] = worked;
    }
    this.workIndex = workIndex.subarray(0, worked);
    this.nextGap = new Int32Array(this.length);
    for (let i = this.length - 1, gap = this.length; i >= 0; i--) {
      if (this.status[i] === UNCOVERED) gap = i;
      this.nextGap[i] = gap;
    }
    this.iso = Array.from({ length: this.length }, (_, i) => formatDayNumber(this.first + i));
  }

  private applySpecialDays(days: readonly SpecialDay[]): void {
    const seen = new Map<number, SpecialDayKind>();
    for (const { date, kind } of days) {
      const day = dayNumberOf(date);
      const index = day - this.first;
      if (kind !== 'holiday' && kind !== 'workday') throw new RangeError(`特殊日 ${date} 的类型无效：${String(kind)}`);
      if ((seen.get(day) ?? kind) !== kind) throw new RangeError(`特殊日 ${date} 同时被标记为放假和上班`);
      // A row for a year nobody marked as covered means the data is half-entered; refuse it.
      if (index < 0 || index >= this.length || this.status[index] === UNCOVERED) {
        throw new RangeError(`特殊日 ${date} 所在年份不在工作日历的覆盖年份中`);
      }
      seen.set(day, kind);
      this.status[index] = kind === 'workday' ? WORK : OFF;
    }
  }

  /** Covered years, ascending. */
  coveredYears(): number[] {
    return [...this.years];
  }

  covers(year: number): boolean {
    return this.yearSet.has(year);
  }

  /** Throws CalendarGapError when the date's year is not covered. */
  isWorkingDay(date: IsoDate): boolean {
    const day = dayNumberOf(date);
    const index = day - this.first;
    const status = index >= 0 && index < this.length ? this.status[index] : UNCOVERED;
    if (status === UNCOVERED) throw this.gapAt(day);
    return status === WORK;
  }

  /**
   * The n-th working day after `date`. The start day itself is not counted (期间开始之日不计算在
   * 期间内), so n = 0 returns `date` unchanged. Only the days after `date` up to the result must be
   * covered; anything else throws CalendarGapError rather than guessing.
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    checkCount(n, '工作日天数');
    const from = dayNumberOf(date);
    if (n === 0) return date;
    const gap = this.firstUncoveredAfter(from);
    const k = this.workedThrough(from) + n - 1;
    if (k < this.workIndex.length) {
      const index = this.workIndex[k] ?? this.length;
      if (this.first + index < gap) return this.iso[index] ?? formatDayNumber(this.first + index);
    }
    throw this.gapAt(gap);
  }

  /**
   * Working days d with a < d ≤ b; when b < a, the negative of workingDaysBetween(b, a).
   * So workingDaysBetween(a, addWorkingDays(a, n)) === n.
   */
  workingDaysBetween(a: IsoDate, b: IsoDate): number {
    const x = dayNumberOf(a);
    const y = dayNumberOf(b);
    if (x === y) return 0;
    const lo = Math.min(x, y);
    const hi = Math.max(x, y);
    const gap = this.firstUncoveredAfter(lo);
    if (gap <= hi) throw this.gapAt(gap);
    const count = this.workedThrough(hi) - this.workedThrough(lo);
    // `0 - count` rather than `-count`: callers should never see -0.
    return x < y ? count : 0 - count;
  }

  /**
   * Uncovered years touched by the calendar days from..from+horizonDays, ascending. Lets a
   * dashboard warn in December that next year's 节假日安排 has not been entered yet.
   */
  missingYearsFor(from: IsoDate, horizonDays: number): number[] {
    checkCount(horizonDays, '预警天数');
    if (horizonDays > MAX_SPAN_YEARS * 366) throw new RangeError(`预警天数过大：${horizonDays}`);
    const start = dayNumberOf(from);
    const firstYear = civilFromDays(start).year;
    const lastYear = civilFromDays(start + horizonDays).year;
    const missing: number[] = [];
    for (let year = firstYear; year <= lastYear; year++) {
      if (!this.yearSet.has(year)) missing.push(year);
    }
    return missing;
  }

  /** Working days from the span start through `day`; valid for any day number. */
  private workedThrough(day: number): number {
    const index = day - this.first;
    if (index < 0) return 0;
    if (index >= this.length) return this.workIndex.length;
    return this.workedThroughTable[index] ?? 0;
  }

  /** The earliest uncovered day strictly after `day`. */
  private firstUncoveredAfter(day: number): number {
    const index = day + 1 - this.first;
    if (index < 0 || index >= this.length) return day + 1;
    return this.first + (this.nextGap[index] ?? this.length);
  }

  private gapAt(day: number): CalendarGapError {
    return new CalendarGapError(civilFromDays(day).year, formatDayNumber(day));
  }
}
