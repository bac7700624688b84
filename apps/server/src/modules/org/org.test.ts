import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, type OrgFixture, newResidentId, createFixtureApp } from '../../test/fixtures';
import { json, signIn, type TestPlatform } from '../../test/harness';
import type { App } from '../../platform/http/schemas';
import { applicants } from './tables';

type Page<T> = { items: T[]; total: number };
type Unit = { id: string; name: string; regionCode: string };

/** Organisation rules and unit/region isolation (IDOR): lists are scoped in the query. */
describe('organisation', () => {
  let platform: TestPlatform;
  let app: App;
  let fx: OrgFixture;
  beforeAll(async () => {
    ({ platform, app, fx } = await createFixtureApp());
  });
  afterAll(async () => {
    await app?.close();
    await platform?.close();
  });
  const as = (username: string) => signIn(app, username, FIXTURE_PASSWORD);

  it('scopes unit lists to the caller: unit grants see their unit, region grants their region', async () => {
    const clerk = await as(fx.users.window_clerk);
    const mine = json<Page<Unit>>(await clerk.get('/api/v1/units?pageSize=100'));
    expect(mine.items.map((u) => u.id)).toEqual([fx.unitA]);
    const legal = await as(fx.users.legal_reviewer);
    const region = json<Page<Unit>>(await legal.get('/api/v1/units?pageSize=100'));
    expect(region.items.every((u) => u.regionCode.startsWith('3708'))).toBe(true);
    expect(region.items.map((u) => u.id)).toEqual(expect.arrayContaining([fx.unitA, fx.unitA2]));
    expect(region.items.map((u) => u.id)).not.toContain(fx.unitB);
    const root = await as(fx.platformAdmin);
    expect(json<Page<Unit>>(await root.get('/api/v1/units?pageSize=100')).items.map((u) => u.id)).toContain(fx.unitB);
  });

  it('hides another region’s units, staff and applicants from a city administrator (404, not 403)', async () => {
    const admin = await as(fx.users.admin);
    expect((await admin.get(`/api/v1/units/${fx.unitB}`)).statusCode).toBe(404);
    expect((await admin.patch(`/api/v1/units/${fx.unitB}`, { name: '改名' })).statusCode).toBe(404);
    expect((await admin.patch(`/api/v1/staff/${fx.staffB}`, { disabled: true })).statusCode).toBe(404);
    const staff = json<Page<{ id: string }>>(await admin.get('/api/v1/staff?pageSize=100'));
    expect(staff.items.map((s) => s.id)).toContain(fx.staffA);
    expect(staff.items.map((s) => s.id)).not.toContain(fx.staffB);
    const people = json<Page<{ regionCode: string }>>(await admin.get('/api/v1/applicants?pageSize=100'));
    expect(people.items.length).toBeGreaterThan(0);
    expect(people.items.every((p) => p.regionCode.startsWith('3708'))).toBe(true);
  });

  it('does not let an administrator grant beyond their region (no privilege escalation)', async () => {
    const admin = await as(fx.users.admin);
    const res = await admin.post('/api/v1/staff', {
      username: 'escalate',
      displayName: '越权',
      unitId: fx.unitA,
      password: FIXTURE_PASSWORD,
      grants: [{ role: 'admin', regionCode: '370000' }],
    });
    expect(res.statusCode).toBe(403);
    expect(json<{ error: { code: string } }>(res).error.code).toBe('GRANT_OUT_OF_SCOPE');
    const platformWide = await admin.post('/api/v1/staff', {
      username: 'escalate2',
      displayName: '越权',
      unitId: fx.unitA,
      password: FIXTURE_PASSWORD,
      grants: [{ role: 'admin' }],
    });
    expect(platformWide.statusCode).toBe(403);
    // Mass assignment: unknown fields are dropped, not applied.
    const created = await admin.post('/api/v1/units', {
      name: '新单位甲',
      kind: 'department',
      regionCode: fx.cityA,
      archived: true,
      id: '00000000-0000-0000-0000-000000000009',
    });
    expect(created.statusCode).toBe(201);
    expect(json<{ archived: boolean; id: string }>(created)).toMatchObject({ archived: false });
    expect(json<{ id: string }>(created).id).not.toBe('00000000-0000-0000-0000-000000000009');
  });

  it('lets a unit head edit only the contact fields of their own unit', async () => {
    const head = await as(fx.users.unit_head);
    expect(
      (await head.patch(`/api/v1/units/${fx.unitA}`, { liaisonName: '新联络员', liaisonPhone: '0537-1234567' }))
        .statusCode,
    ).toBe(200);
    const rename = await head.patch(`/api/v1/units/${fx.unitA}`, { name: '改名' });
    expect(rename.statusCode).toBe(403);
    expect((await head.patch(`/api/v1/units/${fx.unitA2}`, { liaisonName: 'x' })).statusCode).toBe(404);
  });

  it('checks region codes against the GB/T 2260 tree', async () => {
    const root = await as(fx.platformAdmin);
    const bad = await root.post('/api/v1/regions', { code: '371399', name: '错位', parentCode: fx.cityA });
    expect(bad.statusCode).toBe(400);
    expect(
      (await root.post('/api/v1/regions', { code: '370800', name: '重复', parentCode: '370000' })).statusCode,
    ).toBe(409);
    expect(
      (await root.post('/api/v1/regions', { code: '370811003', name: '新街道', parentCode: fx.countyA })).statusCode,
    ).toBe(201);
    expect(
      (await root.post('/api/v1/regions', { code: '370811003001', name: '新社区', parentCode: '370811003' }))
        .statusCode,
    ).toBe(201);
    const tree = json<Array<{ code: string; level: number }>>(await root.get('/api/v1/regions?under=370811'));
    expect(tree.map((r) => [r.code, r.level])).toEqual(
      expect.arrayContaining([
        ['370811003', 4],
        ['370811003001', 5],
      ]),
    );
  });

  it('encrypts ID numbers and phones at rest and shows them masked; duplicates are refused', async () => {
    const clerk = await as(fx.users.window_clerk);
    const id = newResidentId('370811', '19851203');
    const res = await clerk.post('/api/v1/applicants', {
      kind: 'natural',
      name: '赵六',
      identifier: id,
      phone: '13812345678',
      regionCode: fx.countyA,
    });
    expect(res.statusCode).toBe(201);
    const view = json<{ id: string; identifierMasked: string; phoneMasked: string }>(res);
    expect(res.body).not.toContain(id);
    expect(res.body).not.toContain('13812345678');
    expect(view.identifierMasked).toMatch(/^3\*{16}.$/);
    expect(view.phoneMasked).toBe('138****5678');
    const [row] = await platform.database.db.select().from(applicants).where(eq(applicants.id, view.id));
    expect(JSON.stringify(row)).not.toContain(id);
    expect(JSON.stringify(row)).not.toContain('13812345678');
    expect(platform.crypto.decrypt(row!.identifierEnc, 'applicant.identifier').toString()).toBe(id);
    const again = await clerk.post('/api/v1/applicants', {
      kind: 'natural',
      name: '赵六',
      identifier: id.toLowerCase(),
    });
    expect(again.statusCode).toBe(409);
    const found = json<Page<{ id: string }>>(await clerk.get(`/api/v1/applicants?identifier=${id}`));
    expect(found.items.map((a) => a.id)).toEqual([view.id]);
  });

  it('shows applicants only their own record and nothing of staff', async () => {
    const me = await as(fx.applicantUser);
    const mine = json<{ name: string }>(await me.get('/api/v1/applicants/me'));
    expect(mine.name).toBe('张三');
    const other = await as(fx.otherApplicantUser);
    expect(json<{ name: string }>(await other.get('/api/v1/applicants/me')).name).toBe('李四');
    expect((await me.get('/api/v1/applicants')).statusCode).toBe(403);
    expect((await me.get('/api/v1/units')).statusCode).toBe(403);
    expect((await me.get(`/api/v1/units/${fx.unitA}`)).statusCode).toBe(403);
  });
});
