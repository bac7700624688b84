import days2025 from 'chinese-days/dist/years/2025.json';
import days2026 from 'chinese-days/dist/years/2026.json';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CalendarGapError,
  OFFICIAL_HOLIDAY_YEARS,
  WorkingCalendar,
  createOfficialCalendar,
  parseIsoDate,
  type SpecialDay,
} from './index';

// The reference side deliberately uses `Date` in UTC and chinese-days, not our day-number code.
function shift(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function datesOf(first: string, last: string): string[] {
  const out: string[] = [];
  for (let d = first; d <= last; d = shift(d, 1)) out.push(d);
  return out;
}

/**
 * chinese-days builds its tables at import time from UTC dates read back with local getters, so
 * west of UTC every holiday lands a day early. Pin the platform's zone while the reference is in
 * use; our own code never reads the zone (see the time-zone test below).
 */
const hostTz = process.env.TZ;
process.env.TZ = 'Asia/Shanghai';
const { default: chineseDays } = await import('chinese-days');
afterAll(() => {
  if (hostTz === undefined) delete process.env.TZ;
  else process.env.TZ = hostTz;
});
const ALL_DATES = datesOf('2025-01-01', '2026-12-31');
const calendar = createOfficialCalendar();

function expectGap(run: () => unknown, year: number, date: string): void {
  const gap = ((): unknown => {
    try {
      return run();
    } catch (error) {
      return error;
    }
  })() as CalendarGapError;
  expect(gap).toBeInstanceOf(CalendarGapError);
  expect({ year: gap.year, date: gap.date, code: gap.code }).toEqual({ year, date, code: 'CALENDAR_GAP' });
  expect(gap.message).toContain(`工作日历缺少${year}年的数据，无法计算期限，请管理员补充节假日安排`);
}

describe('official data agrees with chinese-days', () => {
  const packageYears = { 2025: days2025, 2026: days2026 } as const;
  // chinese-days uses short names; the notices say 清明节 etc.
  const nameMap: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

  for (const entry of OFFICIAL_HOLIDAY_YEARS) {
    it(`${entry.year}: same holidays, make-up days and names`, () => {
      const pkg = packageYears[entry.year as 2025 | 2026];
      const ours = (kind: SpecialDay['kind']) =>
        Object.fromEntries(entry.days.filter((d) => d.kind === kind).map((d) => [d.date, d.name]));
      const theirs = (rows: Record<string, string>) =>
        Object.fromEntries(
          Object.entries(rows).map(([date, info]) => {
            const short = info.split(',')[1] ?? '';
            // 2025's notice merges 中秋 into 国庆节 (10/1–10/8); we name the whole break 国庆节.
            const name = date === '2025-10-06' ? '国庆节' : (nameMap[short] ?? short);
            return [date, name];
          }),
        );
      expect(ours('holiday')).toEqual(theirs(pkg.holidays));
      expect(ours('workday')).toEqual(theirs(pkg.workdays));
      expect(new Set(entry.days.map((d) => d.date)).size).toBe(entry.days.length);
      expect(entry.source).toMatch(new RegExp(`^国务院办公厅关于${entry.year}年部分节假日安排的通知`));
    });
  }

  it('every day of 2025 and 2026 has the same working status', () => {
    const mismatches = ALL_DATES.filter((d) => calendar.isWorkingDay(d) !== chineseDays.isWorkday(d));
    expect(mismatches).toEqual([]);
  });

  it('holds the known 2026 facts', () => {
    const y2026 = OFFICIAL_HOLIDAY_YEARS.find((e) => e.year === 2026)?.days ?? [];
    const makeUps = y2026.filter((d) => d.kind === 'workday').map((d) => d.date);
    const expected = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];
    expect(makeUps.sort()).toEqual(expected);
    const spring = y2026.filter((d) => d.kind === 'holiday' && d.name === '春节').map((d) => d.date);
    expect(spring).toEqual(datesOf('2026-02-15', '2026-02-23'));
  });
});

describe('addWorkingDays', () => {
  it('skips 国庆 and counts the make-up Saturday', () => {
    expect(calendar.addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    expect(calendar.addWorkingDays('2026-09-30', 5)).toBe('2026-10-13');
    expect(chineseDays.findWorkday(5, '2026-09-30')).toBe('2026-10-13');
  });

  it('does not count the start day; n = 0 returns the date itself', () => {
    expect(calendar.addWorkingDays('2026-03-02', 1)).toBe('2026-03-03');
    expect(calendar.addWorkingDays('2026-02-16', 0)).toBe('2026-02-16');
    expect(calendar.addWorkingDays('2025-12-31', 1)).toBe('2026-01-04');
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(calendar.addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
  });

  it('matches a chinese-days reference for every start in 2025–2026 and n in 1..30', () => {
    let [compared, gaps] = [0, 0];
    for (const start of ALL_DATES) {
      // Collect the next 30 working days by stepping; stop where the package would guess (2027).
      const found: string[] = [];
      for (let d = shift(start, 1); found.length < 30 && d <= '2026-12-31'; d = shift(d, 1)) {
        if (chineseDays.isWorkday(d)) found.push(d);
      }
      for (let n = 1; n <= 30; n++) {
        const expected = found[n - 1];
        if (expected === undefined) {
          expectGap(() => calendar.addWorkingDays(start, n), 2027, '2027-01-01');
          gaps++;
        } else {
          expect(calendar.addWorkingDays(start, n)).toBe(expected);
          compared++;
        }
      }
    }
    console.info(`reference cross-check: ${compared} deadlines equal, ${gaps} CalendarGapErrors`);
    expect(gaps).toBeGreaterThan(0);
  });

  it('is fast: microseconds per 30-working-day deadline', () => {
    const [starts, rounds, t0] = [ALL_DATES.slice(0, 600), 200, performance.now()];
    let sink = 0;
    for (let r = 0; r < rounds; r++) {
      for (const s of starts) sink += calendar.addWorkingDays(s, 30).length;
    }
    const perCallUs = ((performance.now() - t0) * 1000) / (rounds * starts.length);
    expect(sink).toBe(rounds * starts.length * 10);
    console.info(`addWorkingDays(…, 30): ${perCallUs.toFixed(3)} µs per call`);
    expect(perCallUs).toBeLessThan(20);
  });
});

it('ignores the host time zone', () => {
  const sample = () => ALL_DATES.filter((d) => d < '2026-12').map((d) => calendar.addWorkingDays(d, 10));
  const [expected, saved] = [sample(), process.env.TZ];
  for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
    process.env.TZ = tz;
    expect(createOfficialCalendar()).toEqual(calendar);
    expect(sample()).toEqual(expected);
  }
  process.env.TZ = saved;
});

describe('calendar gaps', () => {
  it('refuses to reach into an uncovered year instead of guessing', () => {
    expectGap(() => calendar.addWorkingDays('2026-12-31', 1), 2027, '2027-01-01');
    expectGap(() => calendar.addWorkingDays('2026-12-20', 10), 2027, '2027-01-01');
    expectGap(() => calendar.isWorkingDay('2027-01-04'), 2027, '2027-01-04');
    expectGap(() => calendar.isWorkingDay('2024-12-31'), 2024, '2024-12-31');
    expectGap(() => calendar.workingDaysBetween('2026-12-01', '2027-01-05'), 2027, '2027-01-01');
    expectGap(() => calendar.workingDaysBetween('2027-01-05', '2026-12-01'), 2027, '2027-01-01');
    expectGap(() => calendar.addWorkingDays('2024-12-30', 1), 2024, '2024-12-31');
    expectGap(() => calendar.addWorkingDays('2030-05-01', 1), 2030, '2030-05-02');
  });

  it('needs only the days after the start, not the start day itself', () => {
    expect(calendar.addWorkingDays('2024-12-31', 1)).toBe('2025-01-02');
    expect(calendar.workingDaysBetween('2024-12-31', '2025-12-31')).toBe(248);
    expect(calendar.addWorkingDays('2026-12-30', 1)).toBe('2026-12-31');
  });

  it('detects a missing year between covered years', () => {
    const holey = new WorkingCalendar({ years: [2025, 2027], days: OFFICIAL_HOLIDAY_YEARS[0]?.days ?? [] });
    expect(holey.coveredYears()).toEqual([2025, 2027]);
    expectGap(() => holey.addWorkingDays('2025-12-31', 1), 2026, '2026-01-01');
    expectGap(() => holey.addWorkingDays('2025-12-20', 300), 2026, '2026-01-01');
    expect(holey.addWorkingDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('an empty calendar covers nothing', () => {
    const empty = new WorkingCalendar({ years: [], days: [] });
    expect(empty.coveredYears()).toEqual([]);
    expectGap(() => empty.addWorkingDays('2026-01-05', 1), 2026, '2026-01-06');
    expect(empty.addWorkingDays('2026-01-05', 0)).toBe('2026-01-05');
  });

  it('missingYearsFor warns ahead of time', () => {
    expect(calendar.coveredYears()).toEqual([2025, 2026]);
    expect(calendar.missingYearsFor('2026-06-01', 60)).toEqual([]);
    expect(calendar.missingYearsFor('2026-12-01', 30)).toEqual([]);
    expect(calendar.missingYearsFor('2026-12-01', 31)).toEqual([2027]);
    expect(calendar.missingYearsFor('2026-12-01', 400)).toEqual([2027, 2028]);
    expect(calendar.missingYearsFor('2024-12-31', 1)).toEqual([2024]);
    expect(() => calendar.missingYearsFor('2026-01-01', Number.MAX_SAFE_INTEGER)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  const dateIndex = fc.integer({ min: 0, max: ALL_DATES.length - 1 });
  const at = (i: number) => ALL_DATES[i] ?? '';

  it('inverts addWorkingDays', () => {
    fc.assert(
      fc.property(dateIndex, fc.integer({ min: 0, max: 60 }), (i, n) => {
        const start = at(i);
        let end: string;
        try {
          end = calendar.addWorkingDays(start, n);
        } catch (error) {
          if (error instanceof CalendarGapError) return;
          throw error;
        }
        expect(calendar.workingDaysBetween(start, end)).toBe(n);
        // Object.is semantics: the API must give 0, never -0.
        expect(calendar.workingDaysBetween(end, start)).toBe(0 - n);
        if (n > 0) expect(calendar.isWorkingDay(end)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('is antisymmetric and additive', () => {
    fc.assert(
      fc.property(dateIndex, dateIndex, dateIndex, (i, j, k) => {
        const [a, b, c] = [at(i), at(j), at(k)];
        expect(calendar.workingDaysBetween(a, b)).toBe(0 - calendar.workingDaysBetween(b, a));
        expect(calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, c)).toBe(
          calendar.workingDaysBetween(a, c),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('counts full years: 2026 has 248 working days, 2025 matches chinese-days', () => {
    const count2025 = datesOf('2025-01-01', '2025-12-31').filter((d) => chineseDays.isWorkday(d)).length;
    expect(calendar.workingDaysBetween('2024-12-31', '2025-12-31')).toBe(count2025);
    expect(count2025).toBe(248);
    expect(calendar.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(248);
  });
});

describe('admin-edited calendar', () => {
  const base = OFFICIAL_HOLIDAY_YEARS.flatMap((e) => e.days);
  const edited = (extra: SpecialDay[]) => new WorkingCalendar({ years: [2025, 2026], days: [...base, ...extra] });

  it('an extra holiday shifts deadlines later', () => {
    const cal = edited([{ date: '2026-10-09', kind: 'holiday', name: '临时放假' }]);
    expect(cal.addWorkingDays('2026-09-30', 3)).toBe('2026-10-12');
    expect(cal.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(247);
    expect(calendar.addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
  });

  it('an extra make-up day shifts deadlines earlier', () => {
    const cal = edited([{ date: '2026-10-11', kind: 'workday', name: '调休' }]);
    expect(cal.addWorkingDays('2026-10-09', 2)).toBe('2026-10-11');
    expect(calendar.addWorkingDays('2026-10-09', 2)).toBe('2026-10-12');
  });

  it('rejects inconsistent rows', () => {
    expect(() => edited([{ date: '2026-10-10', kind: 'holiday', name: 'x' }])).toThrow(RangeError);
    expect(() => edited([{ date: '2027-01-01', kind: 'holiday', name: '元旦' }])).toThrow(RangeError);
    expect(() => edited([{ date: '2026-13-01', kind: 'holiday', name: 'x' }])).toThrow(RangeError);
    expect(() => new WorkingCalendar({ years: [2026.5], days: [] })).toThrow(RangeError);
    expect(() => new WorkingCalendar({ years: [2026, 2262], days: [] })).toThrow(RangeError);
  });
});

describe('input validation', () => {
  it('parses strict, real dates', () => {
    expect(parseIsoDate('2026-02-28')).toEqual({ year: 2026, month: 2, day: 28 });
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
  });

  it.each([
    '2026-02-30',
    '2025-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-2-3',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '0000-01-01',
    'garbage',
    '',
    ' 2026-01-01',
    '2026-01-01T00:00',
    '2026/01/01',
    '２０２６-01-01',
  ])('rejects %j with RangeError', (bad) => {
    expect(() => parseIsoDate(bad)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays(bad, 1)).toThrow(RangeError);
    expect(() => calendar.isWorkingDay(bad)).toThrow(RangeError);
  });

  it('explains what is wrong', () => {
    expect(() => parseIsoDate('2026-02-30')).toThrow('2026年2月没有30日');
    expect(() => parseIsoDate('2026-2-3')).toThrow('YYYY-MM-DD');
    expect(() => parseIsoDate(undefined as unknown as string)).toThrow(RangeError);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects n = %s', (n) => {
    expect(() => calendar.addWorkingDays('2026-03-02', n)).toThrow(RangeError);
    expect(() => calendar.missingYearsFor('2026-03-02', n)).toThrow(RangeError);
  });
});
