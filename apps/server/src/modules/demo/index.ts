import { creditCodeCheckChar, organizationCodeCheckChar, residentIdCheckChar } from '@pfc/contracts';
import type { Actor } from '../../platform/access/actor';
import { transact } from '../../platform/audit/transaction';
import { enrolWithKnownSecret } from '../../platform/auth/second-factor-enrol';
import { base32Decode, base32Encode } from '../../platform/auth/totp';
import type { CryptoProvider } from '../../platform/crypto';
import { type Platform, systemCtx } from '../../platform/context';
import { createApplicant } from '../org/applicants';
import { createRegion } from '../org/regions';
import { createStaff } from '../org/staff';
import { createUnit } from '../org/units';
import { loadDemoApplications } from './applications';
import { loadDemoCatalog } from './catalog';
import { DEMO_APPLICANTS, DEMO_REGIONS, DEMO_STAFF, DEMO_UNITS } from './data';

export const DEMO_PASSWORD = 'Demo@2026!';

/**
 * The demo staff's TOTP secret (base32, what one types into an authenticator app): derived from the
 * user name so it is the same on every start and can be printed beside the (equally public) demo
 * password. Real accounts enrol with a random secret.
 */
export function demoTotpSecret(crypto: CryptoProvider, username: string): string {
  return base32Encode(crypto.sm3(`pfc-demo-totp:${username}`).subarray(0, 20));
}

export const DEMO_ACCOUNTS = [
  ...DEMO_STAFF.map((s) => ({ username: s.username, label: s.label, staff: true })),
  ...DEMO_APPLICANTS.map((a) => ({ username: a.username, label: a.label, staff: false })),
];

/** The full identifier: check characters computed, so the demo never ships an invalid number. */
export function demoIdentifier(kind: 'natural' | 'legal', body: string): string {
  if (kind === 'natural') return body + residentIdCheckChar(body);
  const withOrgCheck = body.slice(0, 16) + organizationCodeCheckChar(body.slice(8, 16));
  return withOrgCheck + creditCodeCheckChar(withOrgCheck);
}

/**
 * Loads 济宁市 through the same use cases an administrator would use, so the demo obeys every
 * rule and leaves a complete audit trail.
 */
export async function loadDemo(platform: Platform): Promise<void> {
  const loader: Actor = {
    userId: '00000000-0000-0000-0000-000000000000',
    username: 'demo-loader',
    displayName: '演示数据载入程序',
    kind: 'staff',
    unitId: null,
    applicantId: null,
    grants: [{ role: 'admin', unitId: null, regionCode: null }],
    sessionId: '',
  };
  const ctx = { ...systemCtx(platform, 'demo-load'), actor: loader };
  for (const region of DEMO_REGIONS) await createRegion(ctx, region);
  const unitIds = new Map<string, string>();
  for (const { key, ...unit } of DEMO_UNITS) unitIds.set(key, (await createUnit(ctx, unit)).id);
  const unitId = (key: string) => {
    const id = unitIds.get(key);
    if (!id) throw new Error(`demo unit ${key} missing`);
    return id;
  };
  for (const staff of DEMO_STAFF) {
    const created = await createStaff(ctx, {
      username: staff.username,
      displayName: staff.displayName,
      unitId: unitId(staff.unit),
      password: DEMO_PASSWORD,
      grants: staff.grants.map((g) => ({
        role: g.role,
        unitId: g.unit ? unitId(g.unit) : null,
        regionCode: g.regionCode ?? null,
      })),
    });
    await enrolWithKnownSecret(
      ctx,
      created.id,
      base32Decode(demoTotpSecret(platform.crypto, staff.username)),
      'demo account, secret printed at start',
    );
  }
  for (const a of DEMO_APPLICANTS) {
    await createApplicant(ctx, {
      kind: a.kind,
      name: a.name,
      identifier: demoIdentifier(a.kind, a.identifierBody),
      phone: a.phone,
      regionCode: a.regionCode,
      legalRepresentative: a.legalRepresentative ?? null,
      username: a.username,
      password: DEMO_PASSWORD,
    });
  }
  await loadDemoCatalog(ctx, unitIds);
  await loadDemoApplications(ctx);
  await transact(ctx, async (_tx, audit) => {
    audit.record({ action: 'system.demo_loaded', targetType: 'region', targetId: '370800', note: '济宁市演示数据' });
  });
}
