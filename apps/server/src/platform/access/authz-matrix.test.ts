import { describe, expect, it } from 'vitest';
import { type Principal, admits, principalWorld } from '../../test/principals';
import { ROUTE_CASES, type Relation } from '../../test/authz-cases';
import { FIXTURE_PASSWORD } from '../../test/fixtures';
import { signIn } from '../../test/harness';
import type { Policy } from './policies';

/**
 * Suite authz-matrix (RELIABILITY T01): every /api/v1 route × every principal × every relation
 * of caller to object, against the declarative policy file. 0 unexpected 2xx, 0 allowed denied.
 */

type Expect = 'ok' | 'unauthenticated' | 'forbidden' | 'denied';

function expectation(policy: Policy, p: Principal, relation: Relation): Expect {
  if (!admits(policy, p)) return p.kind === 'anonymous' ? 'unauthenticated' : 'forbidden';
  // Another city's object, or one reaching wider than the caller's city: only platform-wide grants reach it.
  if ((relation === 'other' || relation === 'wider') && !p.platformWide) return 'denied';
  return 'ok';
}

function matches(expect: Expect, status: number): boolean {
  switch (expect) {
    case 'ok':
      return status >= 200 && status < 300;
    case 'unauthenticated':
      return status === 401;
    case 'forbidden':
      return status === 403;
    case 'denied':
      return status === 403 || status === 404;
  }
}

describe('authz-matrix', () => {
  const world = principalWorld();

  it('covers every API route with a policy and a case', () => {
    const { app } = world;
    const routes = app.apiRoutes.map((r) => `${r.method} ${r.url}`);
    expect(routes.length).toBeGreaterThan(20);
    const missing = routes.filter((r) => !ROUTE_CASES[r]);
    expect(missing, 'routes without an entry in test/authz-cases.ts').toEqual([]);
    const stale = Object.keys(ROUTE_CASES).filter((k) => !routes.includes(k));
    expect(stale, 'cases for routes that no longer exist').toEqual([]);
  });

  it('answers every route × principal × relation as the policy file says', async () => {
    const { platform, app, fx, principals, sessions } = world;
    const failures: string[] = [];
    let calls = 0;
    let n = 0;
    for (const route of app.apiRoutes) {
      const policy = app.policies.get(route.policy);
      const spec = ROUTE_CASES[`${route.method} ${route.url}`];
      if (!policy || !spec) continue;
      for (const p of principals) {
        for (const [relation, build] of Object.entries(spec.relations) as Array<
          [Relation, NonNullable<(typeof spec.relations)[Relation]>]
        >) {
          n += 1;
          const prepared = (await spec.before?.(platform, fx, relation, p.name)) ?? {};
          for (const req of [build(fx, n, prepared)].flat()) {
            const client =
              spec.freshSession && p.username ? await signIn(app, p.username, FIXTURE_PASSWORD) : sessions.get(p.name)!;
            const res = req.raw
              ? await client.request(
                  route.method,
                  req.url,
                  undefined,
                  { 'content-type': req.raw.contentType },
                  req.raw.payload,
                )
              : await client.request(route.method, req.url, req.body);
            calls += 1;
            const expect_ = expectation(policy, p, relation);
            if (!matches(expect_, res.statusCode)) {
              const body = req.body ? ` ${JSON.stringify(req.body).slice(0, 120)}` : '';
              failures.push(
                `${route.method} ${route.url} as ${p.name} (${relation}${body}): expected ${expect_}, got ${res.statusCode} ${res.body.slice(0, 160)}`,
              );
            }
            if (res.statusCode >= 500) failures.push(`${route.method} ${route.url} as ${p.name}: 5xx`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(calls).toBeGreaterThan(principals.length * 20);
    // About 2,000 real requests, each with its objects prepared: minutes on a loaded CI machine.
  }, 600_000);
});
