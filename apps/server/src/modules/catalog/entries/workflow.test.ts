import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceItemInput, serviceItemOf, validEntry } from '../../../test/catalog-fixtures';
import { FIXTURE_PASSWORD, type OrgFixture, createFixtureApp } from '../../../test/fixtures';
import { type Client, json, signIn, type TestPlatform } from '../../../test/harness';
import type { App } from '../../../platform/http/schemas';

type Entry = { id: string; status: string; version: number; findings: Array<{ code: string; level: string }> };
type Err = { error: { code: string; message: string } };

/** The clean-up workflow of seed 002 §三, transition by transition, and the forbidden ones. */
describe('catalogue clean-up workflow', () => {
  let platform: TestPlatform;
  let app: App;
  let fx: OrgFixture;
  let officer: Client;
  let head: Client;
  let legal: Client;
  let policy: Client;
  let itemA: string;
  beforeAll(async () => {
    ({ platform, app, fx } = await createFixtureApp());
    itemA = await serviceItemOf(platform, fx.unitA);
    const as = (u: string) => signIn(app, u, FIXTURE_PASSWORD);
    [officer, head, legal, policy] = await Promise.all([
      as(fx.users.catalog_officer),
      as(fx.users.unit_head),
      as(fx.users.legal_reviewer),
      as(fx.users.policy_reviewer),
    ]);
  });
  afterAll(async () => {
    await app?.close();
    await platform?.close();
  });

  async function register(name: string, overrides = {}) {
    const res = await officer.post('/api/v1/catalog/entries', {
      unitId: fx.unitA,
      entry: validEntry(name, { serviceItemIds: [itemA], ...overrides }),
    });
    expect(res.statusCode, res.body).toBe(201);
    return json<Entry>(res);
  }

  it('registers service items and entries for the officer’s unit only', async () => {
    const item = await officer.post('/api/v1/catalog/service-items', serviceItemInput(fx.unitA, 'JN-0001'));
    expect(item.statusCode, item.body).toBe(201);
    expect(
      (await officer.post('/api/v1/catalog/service-items', serviceItemInput(fx.unitA, 'JN-0001'))).statusCode,
    ).toBe(409);
    expect(
      (await officer.post('/api/v1/catalog/service-items', serviceItemInput(fx.unitB, 'JN-0002'))).statusCode,
    ).toBe(404);
    const entry = await officer.post('/api/v1/catalog/entries', {
      unitId: fx.unitA,
      entry: validEntry('律师执业无犯罪记录证明', { serviceItemIds: [json<{ id: string }>(item).id] }),
    });
    expect(entry.statusCode, entry.body).toBe(201);
    expect(json<Entry>(entry)).toMatchObject({ status: 'draft', version: 1 });
    expect(
      (await officer.post('/api/v1/catalog/entries', { unitId: fx.unitA, entry: validEntry('律师执业无犯罪记录证明') }))
        .statusCode,
    ).toBe(409);
    expect(
      (await officer.post('/api/v1/catalog/entries', { unitId: fx.unitB, entry: validEntry('别家证明') })).statusCode,
    ).toBe(404);
  });

  it('refuses to submit an entry that fails the seven rules, and says why', async () => {
    const bad = await register('居住证明', {
      legalBasis: [{ instrument: '《关于规范居住证明的通知》', article: '第二条', rank: 'normative_document' }],
    });
    expect(bad.findings.map((f) => f.code)).toContain('RULE1_NO_LEGAL_BASIS');
    const res = await officer.post(`/api/v1/catalog/entries/${bad.id}/submit`, {});
    expect(res.statusCode).toBe(422);
    expect(json<Err>(res).error.code).toBe('RULES_FAILED');
    expect(json<Err>(res).error.message).toContain('七个一律');
    const fixed = await officer.put(`/api/v1/catalog/entries/${bad.id}`, {
      version: bad.version,
      entry: validEntry('居住证明', {
        serviceItemIds: [itemA],
        disposition: 'cancel',
        cancelRule: 1,
        cancelReason: '无法律法规依据，予以取消',
        substitutes: [],
        verificationPlan: null,
      }),
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect((await officer.post(`/api/v1/catalog/entries/${bad.id}/submit`, {})).statusCode).toBe(200);
  });

  it('walks an entry from registration to public consultation, with send-back and edits in between', async () => {
    const e = await register('亲属关系证明');
    expect(json<Entry>(await officer.post(`/api/v1/catalog/entries/${e.id}/submit`, {})).status).toBe('unit_review');
    // Wrong stage and wrong role.
    expect((await officer.post(`/api/v1/catalog/entries/${e.id}/submit`, {})).statusCode).toBe(409);
    expect((await legal.post(`/api/v1/catalog/entries/${e.id}/unit-review`, { decision: 'approve' })).statusCode).toBe(
      403,
    );
    expect((await head.post(`/api/v1/catalog/entries/${e.id}/unit-review`, { decision: 'send_back' })).statusCode).toBe(
      400,
    );
    const back = await head.post(`/api/v1/catalog/entries/${e.id}/unit-review`, {
      decision: 'send_back',
      comment: '请补充核查方式',
    });
    expect(json<Entry>(back).status).toBe('sent_back');
    // Editing needs the version it was read at.
    const stale = await officer.put(`/api/v1/catalog/entries/${e.id}`, {
      version: 99,
      entry: validEntry('亲属关系证明'),
    });
    expect(json<Err>(stale).error.code).toBe('ENTRY_VERSION_CONFLICT');
    const edited = json<Entry>(
      await officer.put(`/api/v1/catalog/entries/${e.id}`, {
        version: e.version,
        entry: validEntry('亲属关系证明', { serviceItemIds: [itemA], remarks: '已补充' }),
      }),
    );
    expect(edited.version).toBe(e.version + 1);
    await officer.post(`/api/v1/catalog/entries/${e.id}/submit`, {});
    expect(
      json<Entry>(await head.post(`/api/v1/catalog/entries/${e.id}/unit-review`, { decision: 'approve' })).status,
    ).toBe('joint_review');
    expect(
      (
        await officer.put(`/api/v1/catalog/entries/${e.id}`, {
          version: edited.version,
          entry: validEntry('亲属关系证明'),
        })
      ).statusCode,
    ).toBe(409);
    const legalRes = await legal.post(`/api/v1/catalog/entries/${e.id}/legal-review`, { decision: 'approve' });
    expect(legalRes.statusCode, legalRes.body).toBe(200);
    expect(json<Entry>(legalRes).status).toBe('joint_review');
    const twice = await legal.post(`/api/v1/catalog/entries/${e.id}/legal-review`, { decision: 'approve' });
    expect(json<{ error: { code: string } }>(twice).error.code).toBe('ALREADY_REVIEWED');
    expect(
      json<Entry>(
        await policy.post(`/api/v1/catalog/entries/${e.id}/policy-review`, { decision: 'approve', comment: '同意' }),
      ).status,
    ).toBe('consultation');
    const timeline = json<Array<{ stage: string; decision: string; comment: string }>>(
      await officer.get(`/api/v1/catalog/entries/${e.id}/timeline`),
    );
    expect(timeline.map((t) => `${t.stage}:${t.decision}`)).toEqual([
      'unit_officer:created',
      'unit_officer:submit',
      'unit:send_back',
      'unit_officer:submit',
      'unit:approve',
      'legal:approve',
      'policy:approve',
    ]);
    expect(timeline.find((t) => t.decision === 'send_back')?.comment).toBe('请补充核查方式');
  });

  it('a send-back by one reviewer voids the other’s earlier approval', async () => {
    const e = await register('收入证明');
    await officer.post(`/api/v1/catalog/entries/${e.id}/submit`, {});
    await head.post(`/api/v1/catalog/entries/${e.id}/unit-review`, { decision: 'approve' });
    await legal.post(`/api/v1/catalog/entries/${e.id}/legal-review`, { decision: 'approve' });
    expect(
      json<Entry>(
        await policy.post(`/api/v1/catalog/entries/${e.id}/policy-review`, {
          decision: 'send_back',
          comment: '替代方式顺序不对',
        }),
      ).status,
    ).toBe('sent_back');
    await officer.post(`/api/v1/catalog/entries/${e.id}/submit`, {});
    await head.post(`/api/v1/catalog/entries/${e.id}/unit-review`, { decision: 'approve' });
    expect(
      json<Entry>(await policy.post(`/api/v1/catalog/entries/${e.id}/policy-review`, { decision: 'approve' })).status,
    ).toBe('joint_review');
    expect(
      json<Entry>(await legal.post(`/api/v1/catalog/entries/${e.id}/legal-review`, { decision: 'approve' })).status,
    ).toBe('consultation');
  });

  it('legality and policy approvals arriving together still end the joint review', async () => {
    for (let i = 0; i < 5; i++) {
      const e = await register(`并发审查证明${i}`);
      await officer.post(`/api/v1/catalog/entries/${e.id}/submit`, {});
      await head.post(`/api/v1/catalog/entries/${e.id}/unit-review`, { decision: 'approve' });
      const [a, b] = await Promise.all([
        legal.post(`/api/v1/catalog/entries/${e.id}/legal-review`, { decision: 'approve' }),
        policy.post(`/api/v1/catalog/entries/${e.id}/policy-review`, { decision: 'approve' }),
      ]);
      expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
      expect(json<Entry>(await officer.get(`/api/v1/catalog/entries/${e.id}`)).status).toBe('consultation');
    }
  });

  it('hides other units’ entries from unit staff, shows the city’s to its reviewers', async () => {
    const other = await signIn(app, 'm-staff-b', FIXTURE_PASSWORD);
    expect((await other.get('/api/v1/catalog/entries')).statusCode).toBe(403);
    const listed = json<{ items: Array<{ unitId: string }> }>(await legal.get('/api/v1/catalog/entries?pageSize=100'));
    expect(listed.items.length).toBeGreaterThan(0);
    expect(listed.items.every((i) => i.unitId === fx.unitA)).toBe(true);
  });
});
