import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, type FixtureApp, createFixtureApp } from '../../test/fixtures';
import { type Client, json, signIn } from '../../test/harness';

type Counts = {
  regions: number;
  units: number;
  staff: number;
  applicants: number;
  auditEvents?: number;
  deadJobs?: number;
};
type Page = { total: number };

/** The administrator's dashboard counts what lies within the administrator's scope (issue 11 item 6). */
describe('admin dashboard', () => {
  let t: FixtureApp;
  beforeAll(async () => {
    t = await createFixtureApp();
  });
  afterAll(async () => t?.close());

  const countsOf = async (client: Client) =>
    json<{ counts: Counts }>(await client.get('/api/v1/admin/dashboard')).counts;
  const totalOf = async (client: Client, url: string) => json<Page>(await client.get(url)).total;

  it('counts only city A for city A’s administrator, as the lists it links to do', async () => {
    const admin = await signIn(t.app, t.fx.users.admin, FIXTURE_PASSWORD);
    const counts = await countsOf(admin);
    // 370800 and 370811 of the five regions; the two units of city A; the one applicant living there.
    expect(counts).toEqual({
      regions: 2,
      units: 2,
      staff: await totalOf(admin, '/api/v1/staff'),
      applicants: 1,
    });
    expect(counts.units).toBe(await totalOf(admin, '/api/v1/units'));
    expect(counts.applicants).toBe(await totalOf(admin, '/api/v1/applicants'));
  });

  it('counts the whole platform, with the audit log and the job queue, for the platform administrator', async () => {
    const root = await signIn(t.app, t.fx.platformAdmin, FIXTURE_PASSWORD);
    const admin = await signIn(t.app, t.fx.users.admin, FIXTURE_PASSWORD);
    const [all, city] = [await countsOf(root), await countsOf(admin)];
    expect(all).toMatchObject({ regions: 5, units: 3, applicants: 2, deadJobs: 0 });
    expect(all.auditEvents).toBeGreaterThan(0);
    expect(all.staff).toBe(await totalOf(root, '/api/v1/staff'));
    expect(all.staff).toBeGreaterThan(city.staff);
  });
});
