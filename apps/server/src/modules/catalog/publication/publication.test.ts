import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEntry, validEntry } from '../../../test/catalog-fixtures';
import { FIXTURE_PASSWORD, type OrgFixture, rootCtx, createFixtureApp } from '../../../test/fixtures';
import { anonymous, type Client, json, signIn, type TestPlatform } from '../../../test/harness';
import type { App } from '../../../platform/http/schemas';
import { createStaff, createUnit } from '../../org';

type Version = { id: string; versionNo: number; documentNumber: string; entries?: number };
type Published = { entryId: string; name: string; lists: string[]; source?: { regionCode: string } };
type Adoptions = {
  adoptions: Array<{
    regionCode: string;
    regionName: string;
    documentNumber: string;
    adoptedAt: string;
    latestVersion: Version | null;
  }>;
  candidates: Array<{ regionCode: string; regionName: string; latestVersion: Version }>;
};
type ErrorBody = { error: { code: string; message: string } };

/** From consultation to immutable published versions, diffs and adoption along the region chain. */
describe('publication and versions', () => {
  let platform: TestPlatform;
  let app: App;
  let fx: OrgFixture;
  let leader: Client;
  beforeAll(async () => {
    ({ platform, app, fx } = await createFixtureApp());
    leader = await signIn(app, fx.users.leadership_office, FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    await app?.close();
    await platform?.close();
  });

  it('closes consultation, approves and publishes version 1 with its document number', async () => {
    const a = await insertEntry(platform, fx.unitA, 'consultation');
    const b = await insertEntry(platform, fx.unitA2, 'consultation', {
      ...validEntry('某项取消的证明'),
      disposition: 'cancel',
      cancelRule: 1,
      cancelReason: '无法律法规依据',
      substitutes: [],
      verificationPlan: null,
    });
    // Nothing is approved yet: publication is refused rather than making an empty version.
    const early = await leader.post(`/api/v1/catalog/regions/${fx.cityA}/publish`, {
      documentNumber: 'x',
      effectiveDate: '2026-12-01',
    });
    expect(json<{ error: { code: string } }>(early).error.code).toBe('NOTHING_TO_PUBLISH');
    expect(
      json<{ moved: number }>(
        await leader.post(`/api/v1/catalog/regions/${fx.cityA}/close-consultation`, { comment: '征求意见期满' }),
      ).moved,
    ).toBe(2);
    expect(json<{ moved: number }>(await leader.post(`/api/v1/catalog/regions/${fx.cityA}/approve`, {})).moved).toBe(2);
    const pub = await leader.post(`/api/v1/catalog/regions/${fx.cityA}/publish`, {
      documentNumber: '济政字〔2026〕12号',
      effectiveDate: '2026-12-01',
    });
    expect(pub.statusCode, pub.body).toBe(201);
    expect(json<Version>(pub)).toMatchObject({ versionNo: 1, entries: 2 });
    const versions = json<Version[]>(await anonymous(app).get(`/api/v1/public/lists/${fx.cityA}/versions`));
    expect(versions.map((v) => [v.versionNo, v.documentNumber])).toEqual([[1, '济政字〔2026〕12号']]);
    const v1 = json<{ entries: Published[] }>(
      await anonymous(app).get(`/api/v1/public/lists/versions/${versions[0]!.id}`),
    );
    expect(v1.entries.find((e) => e.entryId === a.id)?.lists).toEqual(['retained', 'commitment']);
    expect(v1.entries.find((e) => e.entryId === b.id)?.lists).toEqual(['cancelled']);
    // Nothing left to publish: a second publication is refused, not an empty version.
    expect(
      (
        await leader.post(`/api/v1/catalog/regions/${fx.cityA}/publish`, {
          documentNumber: 'y',
          effectiveDate: '2026-12-02',
        })
      ).statusCode,
    ).toBe(409);
  });

  it('keeps published versions immutable and shows the diff to the next one', async () => {
    await expect(
      platform.database.db.execute(sql`update list_version_entries set lists = '[]'::jsonb`),
    ).rejects.toThrow();
    await expect(platform.database.db.execute(sql`delete from list_versions`)).rejects.toThrow();
    await insertEntry(platform, fx.unitA, 'approved');
    const v2 = json<Version>(
      await leader.post(`/api/v1/catalog/regions/${fx.cityA}/publish`, {
        documentNumber: '济政字〔2026〕20号',
        effectiveDate: '2026-12-15',
      }),
    );
    expect(v2.versionNo).toBe(2);
    const versions = json<Version[]>(await anonymous(app).get(`/api/v1/public/lists/${fx.cityA}/versions`));
    const diff = json<{ added: Published[]; removed: Published[]; changed: unknown[] }>(
      await anonymous(app).get(`/api/v1/public/lists/versions/${versions[0]!.id}/diff?against=${versions[1]!.id}`),
    );
    expect(diff.added).toHaveLength(1);
    expect(diff.removed).toHaveLength(0);
    expect(diff.changed).toHaveLength(0);
  });

  it('lets a city adopt its province’s list: the effective list carries both, each with its source', async () => {
    const ctx = rootCtx(platform);
    const provinceUnit = (await createUnit(ctx, { name: '山东省司法厅', kind: 'justice_bureau', regionCode: '370000' }))
      .id;
    await createStaff(ctx, {
      username: 'sd-leader',
      displayName: '省办',
      unitId: provinceUnit,
      password: FIXTURE_PASSWORD,
      grants: [{ role: 'leadership_office', regionCode: '370000' }],
    });
    const province = await signIn(app, 'sd-leader', FIXTURE_PASSWORD);
    await insertEntry(platform, provinceUnit, 'approved');
    expect(
      (
        await province.post('/api/v1/catalog/regions/370000/publish', {
          documentNumber: '鲁政字〔2021〕8号',
          effectiveDate: '2021-04-30',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await leader.post(`/api/v1/catalog/regions/${fx.cityA}/adoptions`, {
          adoptsRegionCode: '370000',
          documentNumber: '济政办字〔2021〕5号',
        })
      ).statusCode,
    ).toBe(200);
    const effective = json<{ chain: string[]; entries: Published[] }>(
      await anonymous(app).get(`/api/v1/public/lists/${fx.cityA}/effective`),
    );
    expect(effective.chain).toEqual([fx.cityA, '370000']);
    expect(new Set(effective.entries.map((e) => e.source?.regionCode))).toEqual(new Set([fx.cityA, '370000']));
    const commitment = json<{ entries: Published[] }>(
      await anonymous(app).get(`/api/v1/public/lists/${fx.cityA}/effective?list=cancelled`),
    );
    expect(commitment.entries.every((e) => e.lists.includes('cancelled'))).toBe(true);
    // A city office cannot publish or adopt for another city.
    expect(
      (
        await leader.post(`/api/v1/catalog/regions/${fx.cityB}/adoptions`, {
          adoptsRegionCode: '370000',
          documentNumber: '',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('shows what a region adopts and which upper regions it could adopt; a district adopts its city', async () => {
    const city = json<Adoptions>(await leader.get(`/api/v1/catalog/regions/${fx.cityA}/adoptions`));
    expect(city.adoptions).toEqual([
      {
        regionCode: '370000',
        regionName: '山东省',
        documentNumber: '济政办字〔2021〕5号',
        adoptedAt: expect.any(String),
        latestVersion: expect.objectContaining({ versionNo: 1, documentNumber: '鲁政字〔2021〕8号' }),
      },
    ]);
    // The district sees every upper region with published lists, nearest first, and adopts none yet.
    const before = json<Adoptions>(await leader.get(`/api/v1/catalog/regions/${fx.countyA}/adoptions`));
    expect(before.adoptions).toEqual([]);
    expect(before.candidates.map((c) => [c.regionCode, c.latestVersion.versionNo])).toEqual([
      [fx.cityA, 2],
      ['370000', 1],
    ]);
    expect(
      json<{ entries: Published[] }>(await anonymous(app).get(`/api/v1/public/lists/${fx.countyA}/effective`)).entries,
    ).toEqual([]);

    const adopt = (body: object, lang?: string) =>
      leader.request(
        'POST',
        `/api/v1/catalog/regions/${fx.countyA}/adoptions`,
        body,
        lang ? { 'accept-language': lang } : undefined,
      );
    expect((await adopt({ adoptsRegionCode: fx.cityA, documentNumber: '任政发〔2026〕1号' })).statusCode).toBe(200);
    const after = json<Adoptions>(await leader.get(`/api/v1/catalog/regions/${fx.countyA}/adoptions`));
    expect(
      after.adoptions.map((a) => [a.regionCode, a.regionName, a.documentNumber, a.latestVersion?.versionNo]),
    ).toEqual([[fx.cityA, '济宁市', '任政发〔2026〕1号', 2]]);
    const effective = json<{ chain: string[]; entries: Published[] }>(
      await anonymous(app).get(`/api/v1/public/lists/${fx.countyA}/effective`),
    );
    expect(effective.chain).toEqual([fx.countyA, fx.cityA, '370000']);
    expect(effective.entries.length).toBeGreaterThan(0);

    // Adopting again under a new document replaces the number (and the date), it adds no second row.
    await adopt({ adoptsRegionCode: fx.cityA, documentNumber: '任政发〔2026〕2号' });
    const again = json<Adoptions>(await leader.get(`/api/v1/catalog/regions/${fx.countyA}/adoptions`));
    expect(again.adoptions.map((a) => a.documentNumber)).toEqual(['任政发〔2026〕2号']);
    expect(Date.parse(again.adoptions[0]!.adoptedAt)).toBeGreaterThanOrEqual(Date.parse(after.adoptions[0]!.adoptedAt));

    // Only a region above may be adopted: not a sibling city's lists, not the region's own.
    const sideways = await adopt({ adoptsRegionCode: fx.cityB, documentNumber: '' });
    expect(sideways.statusCode).toBe(400);
    expect(json<ErrorBody>(sideways).error).toMatchObject({
      code: 'ADOPTION_NOT_UPPER',
      message: '只能承接本区划的上级区划公布的清单',
    });
    expect(json<ErrorBody>(await adopt({ adoptsRegionCode: fx.countyA, documentNumber: '' })).error.code).toBe(
      'ADOPTION_NOT_UPPER',
    );
    expect(json<ErrorBody>(await adopt({ adoptsRegionCode: fx.cityB, documentNumber: '' }, 'en')).error.message).toBe(
      'A region can adopt only the lists of a region above it',
    );
    // Another city's adoptions are not even visible.
    expect((await leader.get(`/api/v1/catalog/regions/${fx.cityB}/adoptions`)).statusCode).toBe(404);
  });
});
