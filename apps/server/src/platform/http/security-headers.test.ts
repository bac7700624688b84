import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { createTestPlatform, type TestPlatform } from '../../test/harness';
import type { App } from './schemas';
import { HSTS, PAGE_CSP } from './security-headers';

const DOCS = [
  '/api/docs',
  '/api/docs/',
  '/api/docs/static/swagger-ui-bundle.js',
  '/api/docs/static/swagger-initializer.js',
  '/api/docs/static/swagger-ui.css',
  '/api/docs/json',
];

/** Issue 11 item 6: HSTS in production, and the API documentation under the same page policy as the web app. */
describe('security headers', () => {
  let platform: TestPlatform;
  let dev: App;
  let production: App;
  beforeAll(async () => {
    platform = await createTestPlatform();
    dev = await buildApp(platform, { logger: false });
    // The same platform with the production switch: only the headers differ.
    production = await buildApp({ ...platform, config: { ...platform.config, env: 'production' } }, { logger: false });
  });
  afterAll(async () => {
    await dev?.close();
    await production?.close();
    await platform?.close();
  });

  it('puts the API documentation and its assets under the page policy, never in a frame', async () => {
    for (const url of DOCS) {
      const res = await dev.inject({ url });
      expect(res.statusCode, url).toBeLessThan(400);
      expect(res.headers['content-security-policy'], url).toBe(PAGE_CSP);
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
    }
    // The page loads its scripts from files, none inline: script-src 'self' lets it run.
    const page = (await dev.inject({ url: '/api/docs' })).body;
    expect(page).toContain('swagger-ui-bundle.js');
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(PAGE_CSP).toContain("frame-ancestors 'none'");
    expect(PAGE_CSP).not.toContain('unsafe-eval');
  });

  it('sends Strict-Transport-Security on every production response, and none in development', async () => {
    for (const url of ['/api/v1/meta', '/healthz', '/api/docs', '/api/v1/nothing', '/api/v1/staff']) {
      expect((await production.inject({ url })).headers['strict-transport-security'], url).toBe(HSTS);
      expect((await dev.inject({ url })).headers['strict-transport-security'], url).toBeUndefined();
    }
    const failed = await production.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{',
    });
    expect(failed.statusCode).toBe(400);
    expect(failed.headers['strict-transport-security']).toBe(HSTS);
    expect(HSTS).toBe('max-age=31536000; includeSubDomains');
  });
});
