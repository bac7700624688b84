import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import type { Actor } from '../access/actor';
import { policyOf } from '../../modules';
import { secondFactorGate, secondFactorRequired } from './second-factor';

const on = loadConfig({ NODE_ENV: 'test' });
const off = loadConfig({ NODE_ENV: 'test', STAFF_SECOND_FACTOR: 'off' });
const staff = (role: Actor['grants'][number]['role']): Actor => ({
  userId: 'u',
  username: 'u',
  displayName: 'u',
  kind: 'staff',
  unitId: null,
  applicantId: null,
  sessionId: 's',
  grants: [{ role, unitId: null, regionCode: '370800' }],
});

/** Which session reaches which route while the second factor is pending: the rule, without HTTP. */
describe('second-factor gate', () => {
  it('requires the factor of administrators, reviewers and credit officers only, and only when on', () => {
    for (const role of ['admin', 'legal_reviewer', 'policy_reviewer', 'credit_officer'] as const)
      expect(secondFactorRequired(on, staff(role))).toBe(true);
    for (const role of ['window_clerk', 'catalog_officer', 'verifier', 'unit_head'] as const)
      expect(secondFactorRequired(on, staff(role))).toBe(false);
    expect(secondFactorRequired(off, staff('admin'))).toBe(false);
    expect(secondFactorRequired(on, { ...staff('admin'), kind: 'applicant' })).toBe(false);
  });

  it('lets a pending session reach the code step, answers public routes as anyone, refuses the rest', () => {
    const pending = { stage: 'pending' as const, actor: staff('verifier') };
    expect(secondFactorGate(on, pending, policyOf('auth.second_factor.verify')!)).toBe('ok');
    expect(secondFactorGate(on, pending, policyOf('auth.session')!)).toBe('ok');
    expect(secondFactorGate(on, pending, policyOf('auth.logout')!)).toBe('ok');
    expect(secondFactorGate(on, pending, policyOf('org.regions.list')!)).toBe('anonymous');
    expect(secondFactorGate(on, pending, policyOf('org.units.list')!)).toBe('refuse');
    expect(secondFactorGate(on, pending, policyOf('auth.password')!)).toBe('refuse');
    expect(secondFactorGate(on, pending, policyOf('auth.second_factor.disable')!)).toBe('refuse');
  });

  it('refuses a required role whose session never passed, and lets passed or optional sessions through', () => {
    expect(secondFactorGate(on, { stage: 'none', actor: staff('admin') }, policyOf('org.staff.list')!)).toBe('refuse');
    expect(secondFactorGate(off, { stage: 'none', actor: staff('admin') }, policyOf('org.staff.list')!)).toBe('ok');
    expect(secondFactorGate(on, { stage: 'passed', actor: staff('admin') }, policyOf('org.staff.list')!)).toBe('ok');
    expect(secondFactorGate(on, { stage: 'none', actor: staff('verifier') }, policyOf('org.units.list')!)).toBe('ok');
  });
});
