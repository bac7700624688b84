/**
 * A *provisional* holiday calendar for a year whose State Council notice has not been entered,
 * computed from the law itself: 《全国年节及纪念日放假办法》 as amended by 国务院令第795号
 * (2024-11-10, in force 2025-01-01). Pure: a function of the year alone.
 *
 * What it cannot know: the notice's 调休 (weekend days made working days so that breaks join up,
 * e.g. 2026's 9-day Spring Festival for 4 legal days) is a yearly decision, not a rule, and no
 * formula predicts it. A provisional year therefore has the law's holidays and 补假 only; every
 * deadline counted over it is flagged provisional and counted again once the notice is entered.
 * docs/adr/0007-provisional-calendar.md lists how this method differs from the 2025/2026 notices.
 */
import { Lunar, type Solar } from 'lunar-typescript';
import type { HolidayName } from './official-data';
import { parseIsoDate, type IsoDate, type SpecialDay } from './working-days';

/** The amended law applies from this year on; earlier years had other holidays and stay unguessed. */
export const PROVISIONAL_LAW_FROM = 2025;

export interface LegalHoliday {
  readonly date: IsoDate;
  readonly name: HolidayName;
}

export interface ProvisionalDay extends SpecialDay {
  readonly kind: 'holiday';
  readonly name: HolidayName;
  /** 补假: a weekday off because a legal holiday fell on a weekend or on another holiday. */
  readonly inLieu: boolean;
}

function iso(solar: Solar): IsoDate {
  return solar.toYmd();
}

/**
 * The law's own holidays for `year` (第二条 全体公民放假的节日), in date order. Lunar dates and the
 * 清明 solar term come from lunar-typescript, which computes them astronomically for Beijing time
 * (寿星天文历 algorithms), not from a table that ends some year.
 */
export function legalHolidays(year: number): LegalHoliday[] {
  if (!Number.isInteger(year) || year < PROVISIONAL_LAW_FROM || year > 9998) {
    throw new RangeError(
      `暂定日历只适用于 ${PROVISIONAL_LAW_FROM} 年及以后（修订后的放假办法施行之年起），不适用于 ${String(year)}`,
    );
  }
  const lunarNewYear = Lunar.fromYmd(year, 1, 1).getSolar();
  // The 清明 of Gregorian `year` belongs to the lunar year that starts before it in spring.
  const qingming = Lunar.fromYmd(year, 1, 1).getJieQiTable()['清明'];
  if (!qingming || qingming.getYear() !== year) throw new Error(`无法计算 ${year} 年清明节气`);
  const days: LegalHoliday[] = [
    // 新年：1月1日，1天。
    { date: `${year}-01-01`, name: '元旦' },
    // 春节：农历除夕、正月初一至初三，4天。除夕 is the day before 正月初一 (腊月 has 29 or 30 days).
    ...[-1, 0, 1, 2].map((offset) => ({ date: iso(lunarNewYear.next(offset)), name: '春节' as const })),
    // 清明节：农历清明当日，1天。
    { date: iso(qingming), name: '清明节' },
    // 劳动节：5月1日、2日，2天。
    { date: `${year}-05-01`, name: '劳动节' },
    { date: `${year}-05-02`, name: '劳动节' },
    // 端午节：农历端午当日，1天。
    { date: iso(Lunar.fromYmd(year, 5, 5).getSolar()), name: '端午节' },
    // 国庆节：10月1日至3日，3天。
    { date: `${year}-10-01`, name: '国庆节' },
    { date: `${year}-10-02`, name: '国庆节' },
    { date: `${year}-10-03`, name: '国庆节' },
    // 中秋节：农历中秋当日，1天。Listed after 国庆节 so that on a shared day (中秋 on 10月1日, as
    // in 2020; on 10月3日 in 2028) the stable sort lets 国庆节 keep the day and 中秋 is made up.
    { date: iso(Lunar.fromYmd(year, 8, 15).getSolar()), name: '中秋节' },
  ];
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function weekdayOf(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  // A UTC date's weekday does not depend on the host's time zone.
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

function nextDay(date: IsoDate): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

function isWeekend(date: IsoDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

/**
 * The law's holidays plus 补假 (第六条: 全体公民放假的假日，如果适逢周六、周日，应当在工作日补假),
 * placed as the State Council places them: each holiday day that falls on a Saturday or Sunday,
 * or on a day another holiday already takes, is made up on the first weekday after it that is not
 * already off. That is what the notices did: 2025 端午 (Sat 5/31) → Mon 6/2; 2026 清明 (Sun 4/5)
 * → Mon 4/6; 2026 劳动节 (Sat 5/2) → Mon 5/4; 2026 国庆 (Sat 10/3) → Mon 10/5; and 2020, when
 * 中秋 fell on 10月1日 itself, the shared day was made up inside the National Day break too. A
 * 中秋 next to National Day (2025: Mon 10/6) is simply another weekday off.
 */
export function provisionalHolidays(year: number): ProvisionalDay[] {
  const legal = legalHolidays(year);
  const off = new Set(legal.map((d) => d.date));
  const days: ProvisionalDay[] = [];
  const taken = new Set<IsoDate>();
  for (const holiday of legal) {
    const shared = taken.has(holiday.date);
    taken.add(holiday.date);
    if (!shared) days.push({ date: holiday.date, kind: 'holiday', name: holiday.name, inLieu: false });
    if (!shared && !isWeekend(holiday.date)) continue;
    let candidate = nextDay(holiday.date);
    while (isWeekend(candidate) || off.has(candidate)) candidate = nextDay(candidate);
    off.add(candidate);
    days.push({ date: candidate, kind: 'holiday', name: holiday.name, inLieu: true });
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const memo = new Map<number, readonly ProvisionalDay[]>();

/** provisionalHolidays, remembered: the calendar is rebuilt every 30 s on every server. */
export function provisionalYear(year: number): readonly ProvisionalDay[] {
  let days = memo.get(year);
  if (!days) {
    days = Object.freeze(provisionalHolidays(year));
    memo.set(year, days);
  }
  return days;
}
