import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, scopeFor } from '../../platform/access/actor';
import { roleGrants, users } from '../../platform/auth/tables';
import { FIXTURE_PASSWORD, type OrgFixture, createFixtureApp, rootCtx } from '../../test/fixtures';
import { type Client, json, signIn, type TestPlatform } from '../../test/harness';
import type { App } from '../../platform/http/schemas';
import { managesStaff } from './policy';
import { createRegion } from './regions';
import { createStaff } from './staff';
import { units } from '../../platform/directory/tables';
import { createUnit } from './units';

type Page<T> = { items: T[]; total: number };
const NEW_PASSWORD = 'Taken-over-9';

/**
 * Issue 11 item 1: an administrator acts on a staff member only when every grant the member holds
 * lies within the administrator's own scope, and hands out only grants within it.
 */
describe('staff edits never reach wider than the administrator', () => {
  let platform: TestPlatform;
  let app: App;
  let fx: OrgFixture;
  let districtAdmin: Client;
  const ids = {} as Record<'districtUnit' | 'reviewer' | 'verifier' | 'districtAdmin', string>;

  beforeAll(async () => {
    ({ platform, app, fx } = await createFixtureApp());
    const ctx = rootCtx(platform);
    await createRegion(ctx, { code: '370811001', name: '济阳街道', parentCode: fx.countyA });
    ids.districtUnit = (await createUnit(ctx, { name: '任城区民政局', kind: 'department', regionCode: fx.countyA })).id;
    const staff = async (
      username: string,
      grants: Array<{ role: 'admin' | 'legal_reviewer' | 'verifier'; unitId?: string; regionCode?: string }>,
    ) =>
      (
        await createStaff(ctx, {
          username,
          displayName: username,
          unitId: ids.districtUnit,
          password: FIXTURE_PASSWORD,
          grants,
        })
      ).id;
    ids.districtAdmin = await staff('d-admin', [{ role: 'admin', regionCode: fx.countyA }]);
    // A city-wide reviewer posted to a district unit: the district's administrator must not take them over.
    ids.reviewer = await staff('d-city-reviewer', [{ role: 'legal_reviewer', regionCode: fx.cityA }]);
    ids.verifier = await staff('d-verifier', [{ role: 'verifier', unitId: ids.districtUnit }]);
    districtAdmin = await signIn(app, 'd-admin', FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    await app?.close();
    await platform?.close();
  });

  const login = (username: string, password: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username, password }),
    });

  it('refuses a district administrator the password of a city-wide reviewer posted to the district, so no sign-in as them', async () => {
    const reset = await districtAdmin.patch(`/api/v1/staff/${ids.reviewer}`, { password: NEW_PASSWORD });
    expect(reset.statusCode).toBe(404);
    expect((await login('d-city-reviewer', NEW_PASSWORD)).statusCode).toBe(401);
    expect((await login('d-city-reviewer', FIXTURE_PASSWORD)).statusCode).toBe(200);
  });

  it('answers 404 to every other edit of them and changes nothing', async () => {
    const [before] = await platform.database.db.select().from(users).where(eq(users.id, ids.reviewer));
    for (const body of [
      { disabled: true },
      { unlock: true },
      { displayName: '改名' },
      { grants: [{ role: 'verifier', unitId: ids.districtUnit }] },
    ]) {
      expect((await districtAdmin.patch(`/api/v1/staff/${ids.reviewer}`, body)).statusCode, JSON.stringify(body)).toBe(
        404,
      );
    }
    const [after] = await platform.database.db.select().from(users).where(eq(users.id, ids.reviewer));
    expect(after).toEqual(before);
    const grants = await platform.database.db
      .select({ regionCode: roleGrants.regionCode })
      .from(roleGrants)
      .where(eq(roleGrants.userId, ids.reviewer));
    expect(grants).toEqual([{ regionCode: fx.cityA }]);
  });

  it('keeps the platform administrator out of a city administrator’s reach, though posted to a city unit', async () => {
    const cityAdmin = await signIn(app, fx.users.admin, FIXTURE_PASSWORD);
    const [root] = await platform.database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.username, fx.platformAdmin));
    expect((await cityAdmin.patch(`/api/v1/staff/${root!.id}`, { password: NEW_PASSWORD })).statusCode).toBe(404);
    expect((await login(fx.platformAdmin, NEW_PASSWORD)).statusCode).toBe(401);
    // The city administrator does manage the reviewer, whose grant lies within the city.
    expect((await cityAdmin.patch(`/api/v1/staff/${ids.reviewer}`, { displayName: '市级审查员' })).statusCode).toBe(
      200,
    );
  });

  it('lets the district administrator manage their own people, but only grant within the district', async () => {
    expect((await districtAdmin.patch(`/api/v1/staff/${ids.verifier}`, { password: NEW_PASSWORD })).statusCode).toBe(
      200,
    );
    expect((await login('d-verifier', NEW_PASSWORD)).statusCode).toBe(200);
    for (const grant of [
      { role: 'verifier', regionCode: fx.cityA },
      { role: 'verifier', unitId: fx.unitA },
      { role: 'admin' },
    ]) {
      const widen = await districtAdmin.patch(`/api/v1/staff/${ids.verifier}`, { grants: [grant] });
      expect(widen.statusCode, JSON.stringify(grant)).toBe(403);
      expect(json<{ error: { code: string } }>(widen).error.code).toBe('GRANT_OUT_OF_SCOPE');
      const create = await districtAdmin.post('/api/v1/staff', {
        username: `d-new-${Math.random().toString(36).slice(2, 8)}`,
        displayName: '新人',
        unitId: ids.districtUnit,
        password: FIXTURE_PASSWORD,
        grants: [grant],
      });
      expect(create.statusCode, JSON.stringify(grant)).toBe(403);
    }
    const within = await districtAdmin.patch(`/api/v1/staff/${ids.verifier}`, {
      grants: [{ role: 'verifier', regionCode: '370811001' }],
    });
    expect(within.statusCode).toBe(200);
  });

  it('lists exactly the staff each administrator may manage (the query agrees with managesStaff)', async () => {
    const listed = async (client: Client) =>
      new Set(json<Page<{ id: string }>>(await client.get('/api/v1/staff?pageSize=100')).items.map((s) => s.id));
    const district = await listed(districtAdmin);
    expect(district).toContain(ids.verifier);
    expect(district).toContain(ids.districtAdmin);
    expect(district).not.toContain(ids.reviewer);
    const city = await listed(await signIn(app, fx.users.admin, FIXTURE_PASSWORD));
    expect(city).toContain(ids.reviewer);
    expect(city).not.toContain(fx.staffWide);
    const all = await listed(await signIn(app, fx.platformAdmin, FIXTURE_PASSWORD));
    expect(all).toContain(fx.staffWide);

    // Every staff member × these administrators: listed if and only if the pure rule says so.
    const db = platform.database.db;
    const staffRows = await db
      .select({ id: users.id, unit: units })
      .from(users)
      .innerJoin(units, eq(units.id, users.unitId))
      .where(eq(users.kind, 'staff'));
    const placed = await db
      .select({
        userId: roleGrants.userId,
        unitId: roleGrants.unitId,
        regionCode: roleGrants.regionCode,
        unitRegionCode: units.regionCode,
      })
      .from(roleGrants)
      .leftJoin(units, eq(units.id, roleGrants.unitId));
    const actorOf = (regionCode: string): Actor => ({
      userId: '',
      username: '',
      displayName: '',
      kind: 'staff',
      unitId: null,
      applicantId: null,
      grants: [{ role: 'admin', unitId: null, regionCode }],
      sessionId: '',
    });
    for (const [listedIds, actor] of [
      [district, actorOf(fx.countyA)],
      [city, actorOf(fx.cityA)],
    ] as const) {
      expect(scopeFor(actor, ['admin']).all).toBe(false);
      const expected = staffRows
        .filter((s) =>
          managesStaff(
            actor,
            s.unit,
            placed.filter((g) => g.userId === s.id),
          ),
        )
        .map((s) => s.id);
      expect([...listedIds].sort()).toEqual(expected.sort());
    }
  });
});
