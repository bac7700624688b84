import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, json, signIn, testClock, type TestApp } from '../../test/harness';

/** Sign-in, cookies, CSRF, sign-out (RELIABILITY suite T04, the parts that land here). */
describe('sign-in and sessions', () => {
  const clock = testClock('2026-03-02T02:00:00Z');
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ clock });
  });
  afterAll(async () => t?.close());

  const login = (username: string, password: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, headers });

  it('sets an HttpOnly, SameSite, signed session cookie and returns the CSRF token', async () => {
    const res = await login('admin', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^pfc_session=[^;]+\.[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    const body = json<{ csrfToken: string; user: { username: string }; grants: Array<{ role: string }> }>(res);
    expect(body.user.username).toBe('admin');
    expect(body.csrfToken.length).toBeGreaterThanOrEqual(24);
    expect(body.grants.map((g) => g.role)).toContain('admin');
  });

  it('refuses a tampered or unsigned cookie', async () => {
    const client = await signIn(t.app, 'admin');
    const [name, value] = client.cookie.split('=') as [string, string];
    const tampered = `${name}=${value.slice(0, -2)}${value.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie: tampered } })).statusCode).toBe(401);
    const unsigned = `${name}=${value.split('.')[0]}`;
    expect((await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie: unsigned } })).statusCode).toBe(401);
  });

  it('requires the CSRF token and a same-origin Origin on state-changing requests', async () => {
    const client = await signIn(t.app, 'admin');
    const body = { name: 'CSRF测试单位', kind: 'department', regionCode: '370800' };
    const noToken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      payload: body,
      headers: { cookie: client.cookie },
    });
    expect(noToken.statusCode).toBe(403);
    expect(json<{ error: { code: string } }>(noToken).error.code).toBe('CSRF_FAILED');
    const wrongToken = await client.request('POST', '/api/v1/units', body, { 'x-csrf-token': 'x'.repeat(32) });
    expect(wrongToken.statusCode).toBe(403);
    const crossSite = await client.request('POST', '/api/v1/units', body, { origin: 'https://evil.example' });
    expect(crossSite.statusCode).toBe(403);
    const ok = await client.request('POST', '/api/v1/units', body, {
      origin: 'http://localhost:3000',
      host: 'localhost:3000',
    });
    expect(ok.statusCode).toBe(201);
  });

  it('answers an unknown user name and a wrong password alike (the limits are in sign-in-limits.test.ts)', async () => {
    const unknown = await login('nobody-here', 'wrong-password');
    const wrong = await login('verifier', 'wrong-password');
    expect(unknown.statusCode).toBe(401);
    const same = (r: typeof unknown) => {
      const e = json<{ error: { code: string; message: string } }>(r).error;
      return [r.statusCode, e.code, e.message];
    };
    expect(same(unknown)).toEqual(same(wrong));
    expect((await login('verifier', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('an administrator can unlock, disable and reset; disabling ends open sessions at once', async () => {
    const admin = await signIn(t.app, 'admin');
    const victim = await signIn(t.app, 'assessor');
    expect((await victim.get('/api/v1/auth/session')).statusCode).toBe(200);
    const staff = json<{ items: Array<{ id: string; username: string }> }>(await admin.get('/api/v1/staff?q=assessor'));
    const id = staff.items.find((s) => s.username === 'assessor')?.id;
    expect(id).toBeDefined();
    expect((await admin.patch(`/api/v1/staff/${id}`, { disabled: true })).statusCode).toBe(200);
    expect((await victim.get('/api/v1/auth/session')).statusCode).toBe(401);
    expect((await login('assessor', DEMO_PASSWORD)).statusCode).toBe(403);
    expect((await admin.patch(`/api/v1/staff/${id}`, { disabled: false })).statusCode).toBe(200);
    expect((await login('assessor', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('signs out, expires idle sessions and stores only scrypt hashes', async () => {
    const client = await signIn(t.app, 'legal');
    expect((await client.post('/api/v1/auth/logout')).statusCode).toBe(200);
    expect((await client.get('/api/v1/auth/session')).statusCode).toBe(401);

    const idle = await signIn(t.app, 'legal');
    clock.advance(t.platform.config.sessionIdleMinutes * 60_000 + 1000);
    expect((await idle.get('/api/v1/auth/session')).statusCode).toBe(401);

    const { users } = await import('./tables');
    const rows = await t.platform.database.db.select({ hash: users.passwordHash }).from(users);
    for (const r of rows) expect(r.hash).toMatch(/^scrypt\$\d+\$8\$1\$/);
  });

  it('changing one’s password keeps this session and ends the others', async () => {
    const here = await signIn(t.app, 'policy');
    const elsewhere = await signIn(t.app, 'policy');
    const res = await here.post('/api/v1/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'New-pass-2026',
    });
    expect(res.statusCode).toBe(200);
    expect((await here.get('/api/v1/auth/session')).statusCode).toBe(200);
    expect((await elsewhere.get('/api/v1/auth/session')).statusCode).toBe(401);
    expect((await login('policy', 'New-pass-2026')).statusCode).toBe(200);
    const wrong = await here.post('/api/v1/auth/password', {
      currentPassword: 'not-it-at-all',
      newPassword: 'Another-pass-1',
    });
    expect(wrong.statusCode).toBe(400);
    expect(json<{ error: { code: string } }>(wrong).error.code).toBe('PASSWORD_INCORRECT');
  });
});
