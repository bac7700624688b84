import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, signIn, testClock, type Client, type TestApp } from '../../test/harness';
import { addWorkingDays } from './service';
import { calendarGaps } from './tables';

/** The DB-backed calendar: admin edits move deadlines; a missing year fails loudly and shows up. */
describe('working-day calendar API', () => {
  const clock = testClock('2026-11-20T02:00:00Z');
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await createTestApp({ clock });
    admin = await signIn(t.app, 'admin');
  });
  afterAll(async () => t?.close());

  it('counts from the day after the start, over holidays and make-up days', async () => {
    const res = await t.app.inject({ url: '/api/v1/calendar/add-working-days?from=2026-09-30&days=3' });
    expect(json(res)).toEqual({ from: '2026-09-30', days: 3, result: '2026-10-10', provisional: false });
    expect(await addWorkingDays(t.platform, '2026-02-13', 1)).toEqual({ date: '2026-02-14', provisional: false });
    const year = json<{ workingDays: number; days: Array<{ date: string; kind: string }> }>(
      await admin.get('/api/v1/calendar/years/2026'),
    );
    expect(year.workingDays).toBe(248);
    expect(year.days).toContainEqual(expect.objectContaining({ date: '2026-10-10', kind: 'workday' }));
  });

  it('answers an anonymous calculation into a year it cannot count without writing; a business use case records the gap', async () => {
    // Years before 2025 have neither the notice nor the amended law's holidays: they still gap.
    const gaps = () => t.platform.database.db.select().from(calendarGaps);
    const before = await gaps();
    for (let i = 0; i < 3; i += 1) {
      const res = await t.app.inject({ url: `/api/v1/calendar/add-working-days?from=2024-12-${20 + i}&days=5` });
      expect(json<{ error: { code: string } }>(res).error.code).toBe('CALENDAR_GAP');
    }
    expect(await gaps()).toEqual(before);
    await expect(addWorkingDays(t.platform, '2024-12-20', 5)).rejects.toMatchObject({ code: 'CALENDAR_GAP' });
    expect((await gaps()).map((g) => g.year)).toContain(2024);
    // Leave the dashboard as the next case expects it: its warning is about 2027 alone.
    await t.platform.database.db.delete(calendarGaps).where(eq(calendarGaps.year, 2024));
  });

  it('answers a deadline reaching a year without its notice on the provisional calendar, and the dashboard warns', async () => {
    // The calculator's own defaults in December: today and 20 working days.
    const res = await t.app.inject({ url: '/api/v1/calendar/add-working-days?from=2026-12-20&days=20' });
    expect(res.statusCode, res.body).toBe(200);
    // 12/21–12/31: 9 working days; 2027-01-01 (元旦, Friday) off; then 1/4–1/15 and 1/18.
    expect(json(res)).toEqual({ from: '2026-12-20', days: 20, result: '2027-01-18', provisional: true });
    const dash = json<{
      warnings: Array<{ code: string; level: string; message: string }>;
      calendar: { missingYears: number[]; provisionalYears: number[] };
    }>(await admin.get('/api/v1/admin/dashboard'));
    expect(dash.calendar.missingYears).toContain(2027);
    expect(dash.calendar.provisionalYears).toContain(2027);
    const warning = dash.warnings.find((w) => w.code === 'CALENDAR_GAP');
    expect(warning).toMatchObject({ level: 'warning' });
    expect(warning?.message).toContain('2027');
    expect(warning?.message).toContain('暂定');
    // Before the amended law (2024) nothing is guessed: the calendar still says no.
    const before = await t.app.inject({ url: '/api/v1/calendar/add-working-days?from=2024-12-20&days=5' });
    expect(before.statusCode).toBe(409);
    expect(json<{ error: { code: string; message: string } }>(before).error).toMatchObject({ code: 'CALENDAR_GAP' });
  });

  it('lets a platform administrator add the next year and edit single days, moving deadlines', async () => {
    const rcadmin = await signIn(t.app, 'rcadmin');
    expect((await rcadmin.put('/api/v1/calendar/days/2026-10-09', { kind: 'holiday', name: '测试' })).statusCode).toBe(
      403,
    );

    expect(
      (await admin.put('/api/v1/calendar/days/2026-10-09', { kind: 'holiday', name: '临时调整' })).statusCode,
    ).toBe(200);
    expect(
      json<{ result: string }>(await t.app.inject({ url: '/api/v1/calendar/add-working-days?from=2026-09-30&days=3' }))
        .result,
    ).toBe('2026-10-12');
    expect((await admin.del('/api/v1/calendar/days/2026-10-09')).statusCode).toBe(200);
    expect(
      json<{ result: string }>(await t.app.inject({ url: '/api/v1/calendar/add-working-days?from=2026-09-30&days=3' }))
        .result,
    ).toBe('2026-10-10');

    const saved = await admin.put('/api/v1/calendar/years/2027', {
      source: '国务院办公厅关于2027年部分节假日安排的通知（测试数据）',
      days: [
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2027-01-02', kind: 'holiday', name: '元旦' },
        { date: '2027-01-03', kind: 'holiday', name: '元旦' },
      ],
    });
    expect(saved.statusCode).toBe(200);
    expect(json(await t.app.inject({ url: '/api/v1/calendar/add-working-days?from=2026-12-30&days=2' }))).toMatchObject(
      { result: '2027-01-04', provisional: false },
    );
    const dash = json<{ calendar: { missingYears: number[] } }>(await admin.get('/api/v1/admin/dashboard'));
    expect(dash.calendar.missingYears).not.toContain(2027);
    const audit = json<{ items: Array<{ action: string }> }>(
      await admin.get('/api/v1/audit/events?targetType=calendar_year'),
    );
    expect(audit.items.map((e) => e.action)).toContain('calendar.year.saved');
  });

  it('validates dates and years', async () => {
    expect((await admin.put('/api/v1/calendar/days/2026-02-30', { kind: 'holiday', name: 'x' })).statusCode).toBe(400);
    expect(
      (
        await admin.put('/api/v1/calendar/years/2028', {
          source: 'x',
          days: [{ date: '2029-01-01', kind: 'holiday', name: 'x' }],
        })
      ).statusCode,
    ).toBe(400);
    expect((await t.app.inject({ url: '/api/v1/calendar/add-working-days?from=2026-13-01&days=1' })).statusCode).toBe(
      400,
    );
    expect((await t.app.inject({ url: '/api/v1/calendar/add-working-days?from=2026-01-01&days=-1' })).statusCode).toBe(
      400,
    );
  });
});
