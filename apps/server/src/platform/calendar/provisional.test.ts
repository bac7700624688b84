import { afterAll, describe, expect, it } from 'vitest';
import {
  createOfficialCalendar,
  DeadlineCalendar,
  legalHolidays,
  OFFICIAL_HOLIDAY_YEARS,
  provisionalHolidays,
  type SpecialDay,
} from './index';
import { recount, emptyOutcome } from './deadlines';

/**
 * The provisional calendar (the law's holidays and 补假, no 调休) against the State Council's
 * notices for 2025 and 2026, day by day. The differences listed here are the ones the ADR lists
 * (docs/adr/0007-provisional-calendar.md); a change to either side fails this test.
 */

// chinese-days (a hand-kept table, test reference only) reads dates in the host zone; see working-days.test.ts.
const hostTz = process.env.TZ;
process.env.TZ = 'Asia/Shanghai';
const { getLunarDate, getSolarTermDate } = await import('chinese-days');
afterAll(() => {
  if (hostTz === undefined) delete process.env.TZ;
  else process.env.TZ = hostTz;
});

function shift(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function daysOfYear(year: number): string[] {
  const out: string[] = [];
  for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = shift(d, 1)) out.push(d);
  return out;
}

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const isWeekend = (iso: string) => weekday(iso) === 0 || weekday(iso) === 6;

/** A calendar with every shipped notice except `year`, which is counted provisionally. */
function withoutNotice(year: number): DeadlineCalendar {
  const others = OFFICIAL_HOLIDAY_YEARS.filter((y) => y.year !== year);
  return new DeadlineCalendar({
    officialYears: others.map((y) => y.year),
    days: others.flatMap((y) => y.days),
    provisionalThrough: year,
  });
}

/** Where the provisional method and the notice disagree: [date, what the notice says]. */
const KNOWN_DIFFERENCES: Record<number, Array<[string, 'off' | 'work']>> = {
  // 春节 1/28–2/4 with 1/26 (Sun) and 2/8 (Sat) worked; 劳动节 5/1–5/5 with 4/27 (Sun) worked;
  // 国庆·中秋 10/1–10/8 with 9/28 (Sun) and 10/11 (Sat) worked.
  2025: [
    ['2025-01-26', 'work'],
    ['2025-02-03', 'off'],
    ['2025-02-04', 'off'],
    ['2025-02-08', 'work'],
    ['2025-04-27', 'work'],
    ['2025-05-05', 'off'],
    ['2025-09-28', 'work'],
    ['2025-10-07', 'off'],
    ['2025-10-08', 'off'],
    ['2025-10-11', 'work'],
  ],
  // 元旦 1/1–1/3 with 1/4 (Sun) worked; 春节 2/15–2/23 with 2/14 and 2/28 (Sat) worked; 劳动节
  // 5/1–5/5 with 5/9 (Sat) worked; 国庆 10/1–10/7 with 9/20 (Sun) and 10/10 (Sat) worked.
  2026: [
    ['2026-01-02', 'off'],
    ['2026-01-04', 'work'],
    ['2026-02-14', 'work'],
    ['2026-02-20', 'off'],
    ['2026-02-23', 'off'],
    ['2026-02-28', 'work'],
    ['2026-05-05', 'off'],
    ['2026-05-09', 'work'],
    ['2026-09-20', 'work'],
    ['2026-10-06', 'off'],
    ['2026-10-07', 'off'],
    ['2026-10-10', 'work'],
  ],
};

describe('provisional calendar against the State Council notices', () => {
  const official = createOfficialCalendar();

  for (const year of [2025, 2026]) {
    it(`${year}: every day agrees except the notice's 调休, which no rule predicts`, () => {
      const provisional = withoutNotice(year);
      const differences = daysOfYear(year)
        .filter((d) => official.isWorkingDay(d) !== provisional.working.isWorkingDay(d))
        .map((d): [string, 'off' | 'work'] => [d, official.isWorkingDay(d) ? 'work' : 'off']);
      expect(differences).toEqual(KNOWN_DIFFERENCES[year]);
      // Every difference is a swap: a weekend worked for a weekday off, so the year's working days agree.
      const worked = differences.filter(([, kind]) => kind === 'work').map(([d]) => d);
      const off = differences.filter(([, kind]) => kind === 'off').map(([d]) => d);
      expect(worked.every(isWeekend) && !off.some(isWeekend)).toBe(true);
      expect(worked.length).toBe(off.length);
      expect(provisional.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`)).toBe(
        official.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`),
      );
    });

    it(`${year}: every holiday and 补假 of the method is a day off in the notice`, () => {
      const notice = OFFICIAL_HOLIDAY_YEARS.find((y) => y.year === year)!;
      const noticeOff = new Set(notice.days.filter((d) => d.kind === 'holiday').map((d) => d.date));
      const days = provisionalHolidays(year);
      expect(days.filter((d) => !noticeOff.has(d.date))).toEqual([]);
      // Names agree too, except 2025's 中秋 (10/6), which the notice folds into one 国庆节 break.
      const names = new Map(notice.days.map((d) => [d.date, d.name]));
      expect(days.filter((d) => names.get(d.date) !== d.name).map((d) => d.date)).toEqual(
        year === 2025 ? ['2025-10-06'] : [],
      );
    });
  }

  it('places 补假 where the notices did', () => {
    const inLieu = (year: number) =>
      provisionalHolidays(year)
        .filter((d) => d.inLieu)
        .map((d) => `${d.date} ${d.name}`);
    // 2025: 端午 on Saturday 5/31 → Monday 6/2. 中秋 (Mon 10/6) next to 国庆 needs none.
    expect(inLieu(2025)).toEqual(['2025-06-02 端午节']);
    // 2026: 清明 on Sunday 4/5 → 4/6; 劳动节 5/2 (Sat) → Mon 5/4; 国庆 10/3 (Sat) → Mon 10/5.
    expect(inLieu(2026)).toEqual(['2026-04-06 清明节', '2026-05-04 劳动节', '2026-10-05 国庆节']);
  });
});

describe('the law, for any year', () => {
  const years = Array.from({ length: 76 }, (_, i) => 2025 + i);

  it('gives exactly 13 weekdays off a year: one per legal holiday day, made up when it falls on a weekend or another holiday', () => {
    for (const year of years) {
      const days = provisionalHolidays(year);
      expect(days.filter((d) => !isWeekend(d.date)).length, String(year)).toBe(13);
      expect(days.every((d) => d.date.startsWith(`${year}-`) && d.kind === 'holiday')).toBe(true);
      expect(days.filter((d) => d.inLieu).every((d) => !isWeekend(d.date))).toBe(true);
      expect(new Set(days.map((d) => d.date)).size).toBe(days.length);
    }
  });

  it('makes up a 中秋 that shares a day with 国庆 inside the break (2028: both on 10/3)', () => {
    const autumn = provisionalHolidays(2028).filter((d) => d.date >= '2028-10-01' && d.date <= '2028-10-08');
    // 10/1 is a Sunday (made up 10/4), 10/3 is shared by 国庆 and 中秋 (made up 10/5).
    expect(autumn.map((d) => `${d.date}${d.inLieu ? '补' : ''} ${d.name}`)).toEqual([
      '2028-10-01 国庆节',
      '2028-10-02 国庆节',
      '2028-10-03 国庆节',
      '2028-10-04补 国庆节',
      '2028-10-05补 中秋节',
    ]);
  });

  it('takes lunar festivals and 清明 from the library, matching an independent table (chinese-days) to 2099', () => {
    // Not 2100: its 清明 falls at 00:43 on 4/5 (Beijing) by the library's astronomy, and the
    // reference's approximate term formula, at the end of its range, says 4/4.
    for (const year of years.filter((y) => y < 2100)) {
      const legal = legalHolidays(year);
      const of = (name: string) => legal.filter((d) => d.name === name).map((d) => d.date);
      const [eve, first] = of('春节');
      expect(getLunarDate(first!)).toMatchObject({ lunarMon: 1, lunarDay: 1, isLeap: false });
      expect(shift(eve!, 1)).toBe(first);
      expect(getLunarDate(of('端午节')[0]!)).toMatchObject({ lunarMon: 5, lunarDay: 5, isLeap: false });
      expect(getLunarDate(of('中秋节')[0]!)).toMatchObject({ lunarMon: 8, lunarDay: 15, isLeap: false });
      expect(of('清明节')).toEqual([getSolarTermDate(year, 4, 'pure_brightness')]);
    }
  });

  it('ignores the host time zone', () => {
    const saved = process.env.TZ;
    const expected = provisionalHolidays(2027);
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
      process.env.TZ = tz;
      expect(provisionalHolidays(2027)).toEqual(expected);
    }
    process.env.TZ = saved;
  });

  it('guesses nothing before the amended law took effect', () => {
    expect(() => legalHolidays(2024)).toThrow(RangeError);
  });
});

describe('deadlines on the provisional calendar', () => {
  const shipped = OFFICIAL_HOLIDAY_YEARS;
  const calendar = new DeadlineCalendar({
    officialYears: shipped.map((y) => y.year),
    days: shipped.flatMap((y) => y.days),
    provisionalThrough: 2031,
  });

  it('counts into a year without a notice and says so', () => {
    // 12/21–12/31: 9 working days; 1/1 (元旦, Friday) off; 1/4–1/15: 10 more; then 1/18.
    expect(calendar.addWorkingDays('2026-12-20', 20)).toEqual({ date: '2027-01-18', provisional: true });
    expect(calendar.addWorkingDays('2026-12-01', 5)).toEqual({ date: '2026-12-08', provisional: false });
    expect(calendar.addWorkingDays('2026-12-31', 0)).toEqual({ date: '2026-12-31', provisional: false });
    // 2027's Spring Festival: eve Fri 2/5, 初一/初二 on the weekend, so 补假 Tue 2/9 and Wed 2/10.
    expect(calendar.addWorkingDays('2027-02-04', 1)).toEqual({ date: '2027-02-11', provisional: true });
    expect(calendar.provisionalYears()).toEqual([2027, 2028, 2029, 2030, 2031]);
    expect(calendar.officialYears()).toEqual([2025, 2026]);
    expect(calendar.missingYearsFor('2026-12-01', 60)).toEqual([2027]);
  });

  it('still refuses beyond the horizon and before the law', () => {
    expect(() => calendar.addWorkingDays('2031-12-01', 40)).toThrow(/2032/);
    expect(() => calendar.addWorkingDays('2024-12-30', 1)).toThrow(/2024/);
  });

  it('lets the official arrangement win once entered, and a year between notices stays provisional', () => {
    const notice2028: SpecialDay[] = [{ date: '2028-01-03', kind: 'holiday', name: '元旦' }];
    const later = new DeadlineCalendar({
      officialYears: [2025, 2026, 2028],
      days: [...shipped.flatMap((y) => y.days), ...notice2028],
      provisionalThrough: 2031,
    });
    expect(later.provisionalYears()).toEqual([2027, 2029, 2030, 2031]);
    expect(later.addWorkingDays('2027-12-31', 2)).toEqual({ date: '2028-01-05', provisional: false });
    expect(later.addWorkingDays('2027-12-29', 2)).toEqual({ date: '2027-12-31', provisional: true });
  });
});

describe('recounting a provisional deadline', () => {
  const shipped = OFFICIAL_HOLIDAY_YEARS;
  const before = new DeadlineCalendar({
    officialYears: [2025, 2026],
    days: shipped.flatMap((y) => y.days),
    provisionalThrough: 2031,
  });
  const withNotice = (days: SpecialDay[]) =>
    new DeadlineCalendar({
      officialYears: [2025, 2026, 2027],
      days: [...shipped.flatMap((y) => y.days), ...days],
      provisionalThrough: 2031,
    });

  it('keeps the date and drops the flag when the notice agrees on the days counted', () => {
    const was = before.addWorkingDays('2026-12-20', 20);
    const outcome = emptyOutcome();
    const now = recount(
      withNotice([{ date: '2027-01-01', kind: 'holiday', name: '元旦' }]),
      '2026-12-20',
      20,
      was.date,
      outcome,
    );
    expect(now).toEqual({ date: '2027-01-18', provisional: false });
    expect(outcome).toEqual({ moved: 0, confirmed: 1, stillProvisional: 0 });
  });

  it('moves the date when the notice differs, and counts what moved', () => {
    const outcome = emptyOutcome();
    // A notice giving 1/1–1/4 off with no make-up day in January.
    const notice = withNotice(['2027-01-01', '2027-01-04'].map((date) => ({ date, kind: 'holiday', name: '元旦' })));
    expect(recount(notice, '2026-12-20', 20, '2027-01-18', outcome)).toEqual({
      date: '2027-01-19',
      provisional: false,
    });
    // A 2028 deadline is still provisional after 2027's notice.
    expect(recount(notice, '2027-12-20', 20, before.addWorkingDays('2027-12-20', 20).date, outcome).provisional).toBe(
      true,
    );
    expect(outcome.moved).toBe(1);
    expect(outcome.stillProvisional).toBe(1);
  });
});
