import { type GrantInput, ROLE_NAMES, type Role, residentIdCheckChar } from '@pfc/contracts';
import type { Actor } from '../platform/access/actor';
import { type Ctx, type Platform, systemCtx } from '../platform/context';
import { eq } from 'drizzle-orm';
import { applicants } from '../modules/org/tables';
import { createApplicant, createRegion, createStaff, createUnit } from '../modules/org';
import { buildApp } from '../app';
import type { App } from '../platform/http/schemas';
import { createTestPlatform, type TestClock, type TestPlatform } from './harness';

export const FIXTURE_PASSWORD = 'Fixture-pass-1';

/** The id of the applicant registered under `name` (fixture names are unique). */
export async function applicantIdNamed(platform: Platform, name: string): Promise<string> {
  const [row] = await platform.database.db
    .select({ id: applicants.id })
    .from(applicants)
    .where(eq(applicants.name, name));
  if (!row) throw new Error(`no applicant named ${name}`);
  return row.id;
}

/** A platform-wide administrator acting outside any request (fixtures, like the demo loader). */
export function rootCtx(platform: Platform): Ctx {
  const actor: Actor = {
    userId: '00000000-0000-0000-0000-000000000001',
    username: 'fixture-root',
    displayName: 'fixture root',
    kind: 'staff',
    unitId: null,
    applicantId: null,
    grants: [{ role: 'admin', unitId: null, regionCode: null }],
    sessionId: '',
  };
  return { ...systemCtx(platform, 'fixtures'), actor };
}

let idSeq = 0;
/**
 * A valid resident ID number (GB 11643), different on every call within a test file: the counter
 * runs through the 3-digit sequence and then the day of birth (up to 28,000 numbers).
 */
export function newResidentId(region = '370811', birth = '19900101'): string {
  const n = idSeq++;
  const day = String(1 + (Math.floor(n / 1000) % 28)).padStart(2, '0');
  const body = `${region}${birth.slice(0, 6)}${day}${String(n % 1000).padStart(3, '0')}`;
  return body + residentIdCheckChar(body);
}

/** The grants of `staffWide`: one at a unit of city A, one over the whole province. */
export const wideGrants = (unitId: string): GrantInput[] => [
  { role: 'verifier', unitId },
  { role: 'legal_reviewer', regionCode: '370000' },
];

/** Roles held at one unit; the others are held over the home city. */
export const UNIT_SCOPED: readonly Role[] = ['catalog_officer', 'unit_head', 'window_clerk', 'verifier', 'grid_worker'];

export interface OrgFixture {
  cityA: string;
  cityB: string;
  countyA: string;
  countyB: string;
  unitA: string;
  unitA2: string;
  unitB: string;
  /** username per role: every role held by a user of unit A (unit grant) or over city A (region grant). */
  users: Record<Role, string>;
  platformAdmin: string;
  staffA: string;
  staffB: string;
  /** At home in city A but holding a province-wide grant too: reaches wider than city A's administrator. */
  staffWide: string;
  applicantUser: string;
  otherApplicantUser: string;
}

/**
 * Two cities of one province with units in each and one user per role, all at home in city A:
 * "same" objects live in city A, "other" objects in city B.
 */
export async function buildOrgFixture(platform: Platform): Promise<OrgFixture> {
  const ctx = rootCtx(platform);
  await createRegion(ctx, { code: '370000', name: '山东省', parentCode: null });
  await createRegion(ctx, { code: '370800', name: '济宁市', parentCode: '370000' });
  await createRegion(ctx, { code: '371300', name: '临沂市', parentCode: '370000' });
  await createRegion(ctx, { code: '370811', name: '任城区', parentCode: '370800' });
  await createRegion(ctx, { code: '371302', name: '兰山区', parentCode: '371300' });
  const unitA = (await createUnit(ctx, { name: '济宁市民政局', kind: 'department', regionCode: '370800' })).id;
  const unitA2 = (await createUnit(ctx, { name: '济宁市公安局', kind: 'department', regionCode: '370800' })).id;
  const unitB = (await createUnit(ctx, { name: '临沂市民政局', kind: 'department', regionCode: '371300' })).id;
  const users = {} as Record<Role, string>;
  for (const role of ROLE_NAMES) {
    const username = `m-${role.replace(/_/g, '-')}`;
    const grant = UNIT_SCOPED.includes(role) ? { role, unitId: unitA } : { role, regionCode: '370800' };
    await createStaff(ctx, { username, displayName: role, unitId: unitA, password: FIXTURE_PASSWORD, grants: [grant] });
    users[role] = username;
  }
  await createStaff(ctx, {
    username: 'm-root',
    displayName: '平台管理员',
    unitId: unitA,
    password: FIXTURE_PASSWORD,
    grants: [{ role: 'admin', regionCode: null, unitId: null }],
  });
  const staffA = (
    await createStaff(ctx, {
      username: 'm-staff-a',
      displayName: '甲',
      unitId: unitA2,
      password: FIXTURE_PASSWORD,
      grants: [{ role: 'verifier', unitId: unitA2 }],
    })
  ).id;
  const staffB = (
    await createStaff(ctx, {
      username: 'm-staff-b',
      displayName: '乙',
      unitId: unitB,
      password: FIXTURE_PASSWORD,
      grants: [{ role: 'verifier', unitId: unitB }],
    })
  ).id;
  const staffWide = (
    await createStaff(ctx, {
      username: 'm-staff-wide',
      displayName: '丙',
      unitId: unitA2,
      password: FIXTURE_PASSWORD,
      grants: wideGrants(unitA2),
    })
  ).id;
  await createApplicant(ctx, {
    kind: 'natural',
    name: '张三',
    identifier: newResidentId(),
    regionCode: '370811',
    username: 'm-applicant',
    password: FIXTURE_PASSWORD,
  });
  await createApplicant(ctx, {
    kind: 'natural',
    name: '李四',
    identifier: newResidentId('371302'),
    regionCode: '371302',
    username: 'm-applicant-2',
    password: FIXTURE_PASSWORD,
  });
  return {
    cityA: '370800',
    cityB: '371300',
    countyA: '370811',
    countyB: '371302',
    unitA,
    unitA2,
    unitB,
    users,
    platformAdmin: 'm-root',
    staffA,
    staffB,
    staffWide,
    applicantUser: 'm-applicant',
    otherApplicantUser: 'm-applicant-2',
  };
}

/** The app on a fresh database with the two-city fixture: what most API test files start from. */
export interface FixtureApp {
  platform: TestPlatform;
  app: App;
  fx: OrgFixture;
  close(): Promise<void>;
}

export async function createFixtureApp(
  options: { clock?: TestClock; env?: NodeJS.ProcessEnv } = {},
): Promise<FixtureApp> {
  const platform = await createTestPlatform(options);
  const fx = await buildOrgFixture(platform);
  const app = await buildApp(platform, { logger: false });
  await app.ready();
  return {
    platform,
    app,
    fx,
    async close() {
      await app.close();
      await platform.close();
    },
  };
}
