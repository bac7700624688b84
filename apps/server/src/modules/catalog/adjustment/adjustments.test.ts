import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../../jobs';
import { runDueJobs } from '../../../platform/jobs';
import { jobs } from '../../../platform/jobs/tables';
import { eq } from 'drizzle-orm';
import { insertEntry, serviceItemOf, validEntry } from '../../../test/catalog-fixtures';
import { FIXTURE_PASSWORD, type OrgFixture, createFixtureApp } from '../../../test/fixtures';
import { type Client, json, signIn, testClock, type TestPlatform } from '../../../test/harness';
import type { App } from '../../../platform/http/schemas';

type Adjustment = {
  id: string;
  status: string;
  filingDue: string | null;
  filingDueProvisional: boolean;
  filedAt: string | null;
  entryId: string | null;
};

/** 动态调整 (seed 004 §3): request → Justice Bureau → publication → filing within 7 working days. */
describe('dynamic adjustment', () => {
  // Monday 28 September 2026, 10:00 in Shanghai: the National Day break lies inside the 7 days.
  const clock = testClock('2026-09-28T02:00:00Z');
  let platform: TestPlatform;
  let app: App;
  let fx: OrgFixture;
  let officer: Client;
  let legal: Client;
  let leader: Client;
  beforeAll(async () => {
    ({ platform, app, fx } = await createFixtureApp({ clock }));
    const as = (u: string) => signIn(app, u, FIXTURE_PASSWORD);
    [officer, legal, leader] = await Promise.all([
      as(fx.users.catalog_officer),
      as(fx.users.legal_reviewer),
      as(fx.users.leadership_office),
    ]);
  });
  afterAll(async () => {
    await app?.close();
    await platform?.close();
  });

  it('publishes approved adjustments as a new version and tracks the filing deadline in working days', async () => {
    const published = await insertEntry(platform, fx.unitA, 'published');
    const toRemove = await insertEntry(platform, fx.unitA, 'published');
    const itemId = await serviceItemOf(platform, fx.unitA);
    const add = json<Adjustment>(
      await officer.post('/api/v1/catalog/adjustments', {
        unitId: fx.unitA,
        kind: 'add',
        entry: validEntry('新增的证明', { serviceItemIds: [itemId] }),
        reason: '新法规设定',
        basis: '《中华人民共和国律师法》第五条',
      }),
    );
    const change = json<Adjustment>(
      await officer.post('/api/v1/catalog/adjustments', {
        unitId: fx.unitA,
        kind: 'change',
        entryId: published.id,
        entry: validEntry(published.name, { serviceItemIds: [itemId], remarks: '改为信息共享优先' }),
        reason: '数据已共享',
      }),
    );
    const remove = json<Adjustment>(
      await officer.post('/api/v1/catalog/adjustments', {
        unitId: fx.unitA,
        kind: 'remove',
        entryId: toRemove.id,
        reason: '设定依据已废止',
      }),
    );
    const failing = await officer.post('/api/v1/catalog/adjustments', {
      unitId: fx.unitA,
      kind: 'add',
      entry: validEntry('没有依据的证明', { serviceItemIds: [itemId], legalBasis: [] }),
      reason: '想加',
    });
    expect(json<{ error: { code: string } }>(failing).error.code).toBe('RULES_FAILED');
    expect(
      (await officer.post(`/api/v1/catalog/adjustments/${add.id}/review`, { decision: 'approve', comment: '' }))
        .statusCode,
    ).toBe(403);
    for (const a of [add, change, remove])
      expect(
        (await legal.post(`/api/v1/catalog/adjustments/${a.id}/review`, { decision: 'approve', comment: '合法' }))
          .statusCode,
      ).toBe(200);
    expect(
      (await legal.post(`/api/v1/catalog/adjustments/${add.id}/review`, { decision: 'reject', comment: '再审' }))
        .statusCode,
    ).toBe(409);

    const res = await leader.post(`/api/v1/catalog/regions/${fx.cityA}/publish-adjustments`, {
      documentNumber: '济政字〔2026〕40号',
      effectiveDate: '2026-09-28',
    });
    expect(res.statusCode, res.body).toBe(201);
    // 9/29, 9/30, (10/1–10/7 holiday), 10/8, 10/9, 10/10 (make-up Saturday), 10/12, 10/13.
    expect(json<{ filingDue: string }>(res).filingDue).toBe('2026-10-13');
    const versions = json<Array<{ id: string; source: string }>>(
      await leader.get(`/api/v1/public/lists/${fx.cityA}/versions`),
    );
    const v = json<{ entries: Array<{ name: string; remarks: string }> }>(
      await leader.get(`/api/v1/public/lists/versions/${versions[0]!.id}`),
    );
    expect(versions[0]!.source).toBe('adjustment');
    expect(v.entries.map((e) => e.name)).toContain('新增的证明');
    expect(v.entries.map((e) => e.name)).not.toContain(toRemove.name);
    expect(v.entries.find((e) => e.name === published.name)?.remarks).toBe('改为信息共享优先');

    // The deadline passes without a filing: the job fires once, after the due day, and the dashboard lists it.
    clock.set('2026-10-13T12:00:00Z');
    // Two weeks later the old sessions have expired: sign in again.
    leader = await signIn(app, fx.users.leadership_office, FIXTURE_PASSWORD);
    await runDueJobs(platform, jobHandlers);
    expect(json<Adjustment[]>(await leader.get('/api/v1/catalog/adjustments/overdue-filings'))).toHaveLength(0);
    clock.set('2026-10-14T01:00:00Z');
    expect(await runDueJobs(platform, jobHandlers)).toBe(1);
    leader = await signIn(app, fx.users.leadership_office, FIXTURE_PASSWORD);
    const overdue = json<Adjustment[]>(await leader.get('/api/v1/catalog/adjustments/overdue-filings'));
    expect(overdue.map((o) => o.id).sort()).toEqual([add.id, change.id, remove.id].sort());
    const events = json<{ items: Array<{ action: string }> }>(
      await (await signIn(app, fx.platformAdmin, FIXTURE_PASSWORD)).get(
        `/api/v1/audit/events?targetType=adjustment&targetId=${add.id}`,
      ),
    );
    expect(events.items.map((e) => e.action)).toContain('catalog.adjustment.filing_overdue');

    expect(
      (await leader.post(`/api/v1/catalog/adjustments/${add.id}/filing`, { filingDocument: '鲁司备〔2026〕15号' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await leader.post(`/api/v1/catalog/adjustments/${add.id}/filing`, { filingDocument: '重复' })).statusCode,
    ).toBe(409);
    expect(json<Adjustment[]>(await leader.get('/api/v1/catalog/adjustments/overdue-filings'))).toHaveLength(2);
  });

  it('counts a filing deadline into a year without its notice provisionally, and moves it and its job when the notice comes', async () => {
    // Thursday 24 December 2026: 7 working days reach 2027.
    clock.set('2026-12-24T02:00:00Z');
    const as = (u: string) => signIn(app, u, FIXTURE_PASSWORD);
    [officer, legal, leader] = await Promise.all([
      as(fx.users.catalog_officer),
      as(fx.users.legal_reviewer),
      as(fx.users.leadership_office),
    ]);
    const entry = await insertEntry(platform, fx.unitA, 'published');
    const remove = json<Adjustment>(
      await officer.post('/api/v1/catalog/adjustments', {
        unitId: fx.unitA,
        kind: 'remove',
        entryId: entry.id,
        reason: '设定依据已废止',
      }),
    );
    expect(
      (await legal.post(`/api/v1/catalog/adjustments/${remove.id}/review`, { decision: 'approve', comment: '合法' }))
        .statusCode,
    ).toBe(200);
    const res = await leader.post(`/api/v1/catalog/regions/${fx.cityA}/publish-adjustments`, {
      documentNumber: '济政字〔2026〕90号',
      effectiveDate: '2026-12-24',
    });
    expect(res.statusCode, res.body).toBe(201);
    // 12/25, 12/28–12/31, (1/1 元旦 by the law), 1/4, 1/5.
    expect(json(res)).toMatchObject({ filingDue: '2027-01-05', filingDueProvisional: true });
    const version = json<{ id: string }>(res).id;
    const job = async () =>
      (
        await platform.database.db
          .select()
          .from(jobs)
          .where(eq(jobs.dedupeKey, `filing:${version}`))
      )[0];
    expect((await job())?.runAt.toISOString()).toBe('2027-01-05T16:00:00.000Z');

    const admin = await as(fx.platformAdmin);
    const days = ['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04'].map((date) => ({
      date,
      kind: 'holiday',
      name: '元旦',
    }));
    expect(
      (await admin.put('/api/v1/calendar/years/2027', { source: '2027年节假日安排（测试用假设数据）', days }))
        .statusCode,
    ).toBe(200);
    await runDueJobs(platform, jobHandlers);
    const listed = json<Adjustment[]>(await leader.get('/api/v1/catalog/adjustments')).find((a) => a.id === remove.id);
    expect(listed).toMatchObject({ filingDue: '2027-01-06', filingDueProvisional: false });
    expect((await job())?.runAt.toISOString()).toBe('2027-01-06T16:00:00.000Z');
  });
});
