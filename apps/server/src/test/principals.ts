import { ROLE_NAMES } from '@pfc/contracts';
import { afterAll, beforeAll } from 'vitest';
import type { Policy } from '../platform/access/policies';
import type { App } from '../platform/http/schemas';
import { FIXTURE_PASSWORD, type OrgFixture, createFixtureApp } from './fixtures';
import { type Client, anonymous, signIn, type TestPlatform, testClock } from './harness';

/** One caller of the route-walking suites (authz-matrix, input-fuzz): anonymous, the applicant, one per role, the platform admin. */
export interface Principal {
  name: string;
  username: string | null;
  kind: 'anonymous' | 'staff' | 'applicant';
  roles: string[];
  platformWide: boolean;
}

export function principalsOf(fx: OrgFixture): Principal[] {
  return [
    { name: 'anonymous', username: null, kind: 'anonymous', roles: [], platformWide: false },
    { name: 'applicant', username: fx.applicantUser, kind: 'applicant', roles: [], platformWide: false },
    ...ROLE_NAMES.map(
      (role): Principal => ({
        name: role,
        username: fx.users[role],
        kind: 'staff',
        roles: [role],
        platformWide: false,
      }),
    ),
    { name: 'platform-admin', username: fx.platformAdmin, kind: 'staff', roles: ['admin'], platformWide: true },
  ];
}

/** A signed-in client per principal (anonymous: no session), by principal name. */
export async function sessionsOf(app: App, principals: Principal[]): Promise<Map<string, Client>> {
  const sessions = new Map<string, Client>();
  for (const p of principals)
    sessions.set(p.name, p.username ? await signIn(app, p.username, FIXTURE_PASSWORD) : anonymous(app));
  return sessions;
}

/** Whether a policy's `allow` lets the principal through (before any scope check). */
export function admits(policy: Policy, p: Principal): boolean {
  const allow = policy.allow;
  if (allow === 'anyone') return true;
  if (p.kind === 'anonymous') return false;
  if (allow === 'signed_in') return true;
  if (policy.applicants && p.kind === 'applicant') return true;
  if (allow === 'staff') return p.kind === 'staff';
  if (allow === 'applicant') return p.kind === 'applicant';
  return allow.some((r) => p.roles.includes(r)) && (!policy.platformWide || p.platformWide);
}

/** What a route-walking suite works with: the fixture app, every principal and a session for each. */
export interface PrincipalWorld {
  platform: TestPlatform;
  app: App;
  fx: OrgFixture;
  principals: Principal[];
  sessions: Map<string, Client>;
}

/**
 * Registers the suite's beforeAll/afterAll and returns the world they fill. A fixed day: accepting
 * sets a deadline 20 working days on, inside the years the calendar holds.
 */
export function principalWorld(): PrincipalWorld {
  const world = { principals: [], sessions: new Map() } as unknown as PrincipalWorld;
  beforeAll(async () => {
    Object.assign(world, await createFixtureApp({ clock: testClock('2026-03-02T02:00:00Z') }));
    world.principals.push(...principalsOf(world.fx));
    world.sessions = await sessionsOf(world.app, world.principals);
  });
  afterAll(async () => {
    await world.app?.close();
    await world.platform?.close();
  });
  return world;
}
