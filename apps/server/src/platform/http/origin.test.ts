import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { createTestPlatform, type TestPlatform } from '../../test/harness';
import type { App } from './schemas';

/**
 * Issue 11 item 6: the Origin of a state-changing request must be the server's own origin, scheme,
 * host and port. Sign-in is the anonymous route to try: refused means CSRF_FAILED before the
 * password is looked at; accepted means any other answer.
 */
describe('same-origin check', () => {
  let platform: TestPlatform;
  let direct: App;
  let proxied: App;
  beforeAll(async () => {
    platform = await createTestPlatform();
    direct = await buildApp(platform, { logger: false });
    proxied = await buildApp({ ...platform, config: { ...platform.config, trustProxy: true } }, { logger: false });
  });
  afterAll(async () => {
    await direct?.close();
    await proxied?.close();
    await platform?.close();
  });

  const signInFrom = async (app: App, headers: Record<string, string>) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json', ...headers },
      payload: JSON.stringify({ username: 'nobody', password: 'Wrong-password-1' }),
    });
    expect(res.statusCode).toBeLessThan(500);
    return (res.json() as { error?: { code: string } }).error?.code === 'CSRF_FAILED' ? 'refused' : 'accepted';
  };

  it('accepts the same scheme, host and port, default ports written or not', async () => {
    expect(await signInFrom(direct, { host: 'pfc.example:8080', origin: 'http://pfc.example:8080' })).toBe('accepted');
    expect(await signInFrom(direct, { host: 'pfc.example', origin: 'http://pfc.example:80' })).toBe('accepted');
    expect(await signInFrom(direct, { host: 'pfc.example:80', origin: 'http://pfc.example' })).toBe('accepted');
    expect(await signInFrom(direct, { host: 'pfc.example' })).toBe('accepted');
  });

  it('refuses another scheme, another port or another host', async () => {
    expect(await signInFrom(direct, { host: 'pfc.example', origin: 'https://pfc.example' })).toBe('refused');
    expect(await signInFrom(direct, { host: 'pfc.example:8080', origin: 'https://pfc.example:8080' })).toBe('refused');
    expect(await signInFrom(direct, { host: 'pfc.example:8080', origin: 'http://pfc.example:9090' })).toBe('refused');
    expect(await signInFrom(direct, { host: 'pfc.example', origin: 'http://evil.example' })).toBe('refused');
    expect(await signInFrom(direct, { host: 'pfc.example', origin: 'null' })).toBe('refused');
    expect(await signInFrom(direct, { host: 'pfc.example', origin: 'not a url' })).toBe('refused');
  });

  it('takes the scheme from X-Forwarded-Proto only behind a trusted proxy', async () => {
    const viaTls = { host: 'pfc.example', origin: 'https://pfc.example', 'x-forwarded-proto': 'https' };
    expect(await signInFrom(proxied, viaTls)).toBe('accepted');
    expect(await signInFrom(proxied, { ...viaTls, origin: 'http://pfc.example' })).toBe('refused');
    expect(await signInFrom(direct, viaTls)).toBe('refused');
  });
});
