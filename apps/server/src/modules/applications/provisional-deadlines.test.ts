/**
 * December 2026: deadlines reach 2027, whose notice is not entered. Window clerks keep working on a
 * provisional calendar; every deadline counted over 2027 says so; entering the 2027 arrangement
 * counts them again (a durable job) and the new dates show on the application pages.
 */
import type { ApplicationPage, ApplicationView } from '@pfc/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../jobs';
import { extractText, squash } from '../../platform/documents/text-extract';
import { runDueJobs } from '../../platform/jobs';
import { apply, findCommitmentItem, type ItemChoice, sign, uploadMissing } from '../../test/application-fixtures';
import { type Client, createTestApp, json, signIn, type TestApp, testClock } from '../../test/harness';
import { verificationTasks } from '../../test/tables';
import { applicationProofs, applications } from './tables';

const REGION = '370811';
const clock = testClock('2026-03-02T02:00:00Z');
let t: TestApp;
let zhangsan: Client;
let choice: ItemChoice;

beforeAll(async () => {
  t = await createTestApp({ clock });
  zhangsan = await signIn(t.app, 'zhangsan');
  choice = await findCommitmentItem(zhangsan, REGION);
}, 60_000);
afterAll(async () => t?.close());

/** A signed, complete application with a 20-working-day limit and a full 20-day online check. */
async function readyApplication(): Promise<ApplicationView> {
  const app = await uploadMissing(
    zhangsan,
    await sign(zhangsan, await apply(zhangsan, REGION, choice), choice.commitment.entryId),
  );
  const db = t.platform.database.db;
  await db.update(applications).set({ legalTimeLimitDays: 20 }).where(eq(applications.id, app.id));
  await db
    .update(applicationProofs)
    .set({ verificationPlan: { method: 'online', timeLimitDays: 20, samplingShare: 1 } })
    .where(eq(applicationProofs.applicationId, app.id));
  return app;
}

async function at(instant: string): Promise<{ clerk: Client; admin: Client; applicant: Client }> {
  clock.set(instant);
  // Sessions from March have long expired.
  return {
    clerk: await signIn(t.app, 'clerk'),
    admin: await signIn(t.app, 'admin'),
    applicant: await signIn(t.app, 'zhangsan'),
  };
}

type Dashboard = {
  calendar: { missingYears: number[]; provisionalYears: number[]; provisionalDeadlines: number };
  warnings: Array<{ code: string; level: string }>;
};

describe('deadlines never stop for want of a calendar', () => {
  it('accepts on 2026-12-20 with a provisional due date, and entering 2027 moves it', async () => {
    const first = await readyApplication();
    const second = await readyApplication();
    expect((await zhangsan.post(`/api/v1/applications/${first.id}/submit`)).statusCode).toBe(200);

    // Sunday 20 December 2026, 10:00 in Shanghai.
    let { clerk, admin, applicant } = await at('2026-12-20T02:00:00Z');
    const accepted = await clerk.post(`/api/v1/applications/${first.id}/accept`);
    expect(accepted.statusCode, accepted.body).toBe(200);
    // 12/21–12/31: 9 working days; 1/1 (元旦, Friday) off by the law; 1/4–1/15: 10; then 1/18.
    expect(json<ApplicationView>(accepted)).toMatchObject({
      decisionDue: '2027-01-18',
      decisionDueProvisional: true,
      acceptDueProvisional: false,
    });

    // The acceptance notice the applicant prints says the date is provisional.
    const notice = await extractText(
      (await applicant.get(`/api/v1/applications/${first.id}/notices/acceptance/pdf`)).rawPayload,
    );
    expect(notice.text).toContain(squash('2027-01-18'));
    expect(notice.text).toContain(squash('暂定'));

    ({ clerk, admin, applicant } = await at('2026-12-21T02:00:00Z'));
    const approved = await clerk.post(`/api/v1/applications/${first.id}/decide`, { decision: 'approve', reason: '' });
    expect(approved.statusCode, approved.body).toBe(200);
    const [task] = await t.platform.database.db
      .select()
      .from(verificationTasks)
      .where(eq(verificationTasks.applicationId, first.id));
    expect(task).toMatchObject({ status: 'pending', due: '2027-01-19', dueProvisional: true, timeLimitDays: 20 });

    ({ clerk, admin, applicant } = await at('2026-12-28T02:00:00Z'));
    const submitted = await applicant.post(`/api/v1/applications/${second.id}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    // 12/29, 12/30, 12/31, (1/1 off), 1/4, 1/5.
    expect(json<ApplicationView>(submitted)).toMatchObject({ acceptDue: '2027-01-05', acceptDueProvisional: true });
    const queue = json<ApplicationPage>(await clerk.get('/api/v1/applications?status=submitted'));
    expect(queue.items.find((i) => i.id === second.id)).toMatchObject({
      acceptDue: '2027-01-05',
      acceptDueProvisional: true,
    });

    // The dashboard still warns about 2027, as a warning now: nothing is blocked.
    const before = json<Dashboard>(await admin.get('/api/v1/admin/dashboard'));
    expect(before.calendar).toMatchObject({ missingYears: [2027], provisionalYears: [2027], provisionalDeadlines: 3 });
    expect(before.warnings.find((w) => w.code === 'CALENDAR_GAP')).toMatchObject({ level: 'warning' });

    // The administrator enters 2027. Test data, not the real notice (it could not be found): 元旦
    // 1/1–1/4 with no make-up day in January, which moves every deadline above by one working day.
    const saved = await admin.put('/api/v1/calendar/years/2027', {
      source: '2027年节假日安排（测试用假设数据）',
      days: [
        ...['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04'].map((date) => ({
          date,
          kind: 'holiday',
          name: '元旦',
        })),
        ...['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'].map(
          (date) => ({ date, kind: 'holiday', name: '春节' }),
        ),
        { date: '2027-02-20', kind: 'workday', name: '春节' },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    // The recount is a durable job, enqueued with the edit: run it as the worker would.
    expect(await runDueJobs(t.platform, jobHandlers)).toBeGreaterThanOrEqual(1);

    const firstNow = json<ApplicationView>(await applicant.get(`/api/v1/applications/${first.id}`));
    expect(firstNow).toMatchObject({ decisionDue: '2027-01-19', decisionDueProvisional: false });
    expect(json<ApplicationView>(await clerk.get(`/api/v1/applications/${second.id}`))).toMatchObject({
      acceptDue: '2027-01-06',
      acceptDueProvisional: false,
    });
    const [taskNow] = await t.platform.database.db
      .select()
      .from(verificationTasks)
      .where(eq(verificationTasks.applicationId, first.id));
    expect(taskNow).toMatchObject({ due: '2027-01-20', dueProvisional: false });

    const after = json<Dashboard>(await admin.get('/api/v1/admin/dashboard'));
    expect(after.calendar).toMatchObject({ missingYears: [], provisionalDeadlines: 0 });
    expect(after.warnings.find((w) => w.code === 'CALENDAR_GAP')).toBeUndefined();

    const events = async (targetType: string, targetId?: string) =>
      json<{ items: Array<{ action: string }> }>(
        await admin.get(`/api/v1/audit/events?targetType=${targetType}${targetId ? `&targetId=${targetId}` : ''}`),
      ).items.map((e) => e.action);
    expect(await events('application', first.id)).toContain('application.deadline_recomputed');
    expect(await events('application', second.id)).toContain('application.deadline_recomputed');
    expect(await events('verification_task', task!.id)).toContain('verification.deadline_recomputed');
    expect((await events('calendar_year', '2027')).filter((a) => a === 'calendar.deadlines_recomputed')).toHaveLength(
      1,
    );

    // The second pass (after every server's cached calendar expired) finds nothing left to move.
    clock.advance(60_000);
    expect(await runDueJobs(t.platform, jobHandlers)).toBeGreaterThanOrEqual(1);
    expect((await events('application', first.id)).filter((a) => a === 'application.deadline_recomputed')).toHaveLength(
      1,
    );
    expect((await events('calendar_year', '2027')).filter((a) => a === 'calendar.deadlines_recomputed')).toHaveLength(
      2,
    );
  });
});
