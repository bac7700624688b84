import { describe, expect, it } from 'vitest';
import { type Actor, type Grant, type PlacedGrant, grantWithinScope } from './actor';

const actor = (...grants: Grant[]): Actor => ({
  userId: 'u',
  username: 'u',
  displayName: 'u',
  kind: 'staff',
  unitId: null,
  applicantId: null,
  grants,
  sessionId: '',
});

const platformAdmin = actor({ role: 'admin', unitId: null, regionCode: null });
const cityAdmin = actor({ role: 'admin', unitId: null, regionCode: '370800' });
const districtAdmin = actor({ role: 'admin', unitId: null, regionCode: '370811' });
const unitAdmin = actor({ role: 'admin', unitId: 'unit-d', regionCode: null });
/** A city-wide reviewer: reaches the whole city, but administers nothing. */
const cityReviewer = actor({ role: 'legal_reviewer', unitId: null, regionCode: '370800' });

const platformGrant: PlacedGrant = { unitId: null, regionCode: null, unitRegionCode: null };
const province: PlacedGrant = { unitId: null, regionCode: '370000', unitRegionCode: null };
const city: PlacedGrant = { unitId: null, regionCode: '370800', unitRegionCode: null };
const otherCity: PlacedGrant = { unitId: null, regionCode: '371300', unitRegionCode: null };
const district: PlacedGrant = { unitId: null, regionCode: '370811', unitRegionCode: null };
const township: PlacedGrant = { unitId: null, regionCode: '370811003', unitRegionCode: null };
const districtUnit: PlacedGrant = { unitId: 'unit-d', regionCode: null, unitRegionCode: '370811' };
const cityUnit: PlacedGrant = { unitId: 'unit-c', regionCode: null, unitRegionCode: '370800' };
const otherCityUnit: PlacedGrant = { unitId: 'unit-b', regionCode: null, unitRegionCode: '371300' };
const unplacedUnit: PlacedGrant = { unitId: 'unit-x', regionCode: null, unitRegionCode: null };

/** Which grants lie within each administrator's scope: a grant is within only a scope at least as wide. */
describe('grantWithinScope', () => {
  const grants = {
    platformGrant,
    province,
    city,
    otherCity,
    district,
    township,
    districtUnit,
    cityUnit,
    otherCityUnit,
    unplacedUnit,
  };
  const within = (a: Actor) =>
    Object.entries(grants)
      .filter(([, g]) => grantWithinScope(a, ['admin'], g))
      .map(([name]) => name);

  it('puts everything within a platform-wide administrator, except a unit it cannot place', () => {
    expect(within(platformAdmin)).toEqual(Object.keys(grants).filter((n) => n !== 'unplacedUnit'));
  });
  it('puts only its city, what lies below and its units within a city administrator', () => {
    expect(within(cityAdmin)).toEqual(['city', 'district', 'township', 'districtUnit', 'cityUnit']);
  });
  it('keeps a city-wide grant out of a district administrator', () => {
    expect(within(districtAdmin)).toEqual(['district', 'township', 'districtUnit']);
  });
  it('gives a unit administrator its own unit only', () => {
    expect(within(unitAdmin)).toEqual(['districtUnit']);
  });
  it('counts only the roles asked for, and nothing for no one', () => {
    expect(within(cityReviewer)).toEqual([]);
    expect(grantWithinScope(cityReviewer, ['legal_reviewer'], district)).toBe(true);
    expect(grantWithinScope(null, ['admin'], district)).toBe(false);
  });
});
