import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceItemOf, validEntry } from '../../../test/catalog-fixtures';
import { FIXTURE_PASSWORD, type OrgFixture, createFixtureApp } from '../../../test/fixtures';
import { json, signIn, testClock, type TestPlatform } from '../../../test/harness';
import type { App } from '../../../platform/http/schemas';

type Overdue = Array<{ entryId: string; stage: string; due: string }>;

/** Each stage of a clean-up round has a due date; late entries show on the responsible unit's dashboard. */
describe('clean-up rounds and overdue stages', () => {
  const clock = testClock('2026-09-20T02:00:00Z');
  let platform: TestPlatform;
  let app: App;
  let fx: OrgFixture;
  beforeAll(async () => {
    ({ platform, app, fx } = await createFixtureApp({ clock }));
  });
  afterAll(async () => {
    await app?.close();
    await platform?.close();
  });

  it('shows an entry as overdue once its stage’s due day has passed, to its unit and not to others', async () => {
    const leader = await signIn(app, fx.users.leadership_office, FIXTURE_PASSWORD);
    const dueDates = {
      registration: '2026-09-25',
      unit_review: '2026-09-30',
      joint_review: '2026-10-25',
      consultation: '2026-10-30',
      approval: '2026-11-05',
      publication: '2026-11-10',
    };
    expect(
      (
        await leader.post('/api/v1/catalog/rounds', {
          regionCode: fx.cityA,
          title: '2026年证明事项清理',
          dueDates: { ...dueDates, unit_review: '2026-09-01' },
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (await leader.post('/api/v1/catalog/rounds', { regionCode: fx.cityA, title: '2026年证明事项清理', dueDates }))
        .statusCode,
    ).toBe(201);

    let officer = await signIn(app, fx.users.catalog_officer, FIXTURE_PASSWORD);
    const itemId = await serviceItemOf(platform, fx.unitA);
    const entry = json<{ id: string; roundId: string | null }>(
      await officer.post('/api/v1/catalog/entries', {
        unitId: fx.unitA,
        entry: validEntry('婚姻状况证明', { serviceItemIds: [itemId] }),
      }),
    );
    expect(entry.roundId).not.toBeNull();
    expect(json<Overdue>(await officer.get('/api/v1/catalog/overdue'))).toHaveLength(0);

    clock.set('2026-09-26T02:00:00Z');
    officer = await signIn(app, fx.users.catalog_officer, FIXTURE_PASSWORD);
    const late = json<Overdue>(await officer.get('/api/v1/catalog/overdue'));
    expect(late.map((o) => [o.entryId, o.stage, o.due])).toEqual([[entry.id, 'registration', '2026-09-25']]);
    const other = await signIn(app, 'm-staff-b', FIXTURE_PASSWORD);
    expect((await other.get('/api/v1/catalog/overdue')).statusCode).toBe(403);

    // Submitted: now it works against the unit review's date, which has not passed.
    await officer.post(`/api/v1/catalog/entries/${entry.id}/submit`, {});
    expect(json<Overdue>(await officer.get('/api/v1/catalog/overdue'))).toHaveLength(0);
    clock.set('2026-10-01T02:00:00Z');
    const head = await signIn(app, fx.users.unit_head, FIXTURE_PASSWORD);
    expect(json<Overdue>(await head.get('/api/v1/catalog/overdue')).map((o) => o.stage)).toEqual(['unit_review']);
  });
});
