import { creditCodeCheckChar, organizationCodeCheckChar, residentIdCheckChar } from '@pfc/contracts';
import { enrolWithKnownSecret } from '../../../platform/auth/second-factor-enrol';
import { base32Decode, base32Encode } from '../../../platform/auth/totp';
import type { CryptoProvider } from '../../../platform/crypto';
import type { DemoContext } from '../../../platform/module';
import { createApplicant } from '../applicants';
import { createRegion } from '../regions';
import { createStaff } from '../staff';
import { createUnit } from '../units';
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
 * The demo city's regions, units, staff (each enrolled with their printed TOTP secret) and
 * applicants, through the same use cases an administrator would use. Fills `demo.units` for the
 * steps after it.
 */
export async function loadOrgDemo(demo: DemoContext): Promise<void> {
  const { ctx } = demo;
  for (const region of DEMO_REGIONS) await createRegion(ctx, region);
  for (const { key, ...unit } of DEMO_UNITS) demo.units.set(key, (await createUnit(ctx, unit)).id);
  for (const staff of DEMO_STAFF) {
    const created = await createStaff(ctx, {
      username: staff.username,
      displayName: staff.displayName,
      unitId: demo.unitId(staff.unit),
      password: DEMO_PASSWORD,
      grants: staff.grants.map((g) => ({
        role: g.role,
        unitId: g.unit ? demo.unitId(g.unit) : null,
        regionCode: g.regionCode ?? null,
      })),
    });
    await enrolWithKnownSecret(
      ctx,
      created.id,
      base32Decode(demoTotpSecret(ctx.crypto, staff.username)),
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
}
