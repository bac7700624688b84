import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressFolder } from '../../../../../scripts/precompress';
import { buildApp } from '../../app';
import { createTestPlatform, type TestPlatform } from '../../test/harness';
import type { App } from './schemas';

/** A script as large and as repetitive as a bundled library. */
const BIG_SCRIPT = Array.from(
  { length: 3000 },
  (_, i) =>
    `export function 组件${i}(props){return createElement("div",{className:"ant-btn-${i % 40}"},props.children)}`,
).join('\n');

/** The built web app is served with client-side routes falling back to index.html. */
describe('web app serving', () => {
  let platform: TestPlatform;
  let app: App;
  let dist: string;
  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'pfc-dist-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(
      path.join(dist, 'index.html'),
      '<!doctype html><title>无证明城市</title><script type="module" src="/assets/app-1.js"></script>',
    );
    fs.writeFileSync(path.join(dist, 'assets/app-1.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dist, 'assets/vendor-1.js'), BIG_SCRIPT);
    precompressFolder(dist);
    platform = await createTestPlatform({ env: { WEB_DIST: dist } });
    app = await buildApp(platform, { logger: false });
  });
  afterAll(async () => {
    await app?.close();
    await platform?.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('serves the page, its assets and deep links, and never a file outside the build', async () => {
    const home = await app.inject({ url: '/' });
    expect(home.statusCode).toBe(200);
    expect(home.headers['content-security-policy']).toContain("script-src 'self'");
    expect(home.body).toContain('无证明城市');
    expect((await app.inject({ url: '/admin/units' })).body).toContain('app-1.js');
    const asset = await app.inject({ url: '/assets/app-1.js' });
    expect(asset.body).toBe('console.log(1)');
    expect(asset.headers['cache-control']).toContain('immutable');
    const badUrl = await app.inject({ url: '/%E0%A4%A' });
    expect(badUrl.statusCode).toBe(400);
    expect(JSON.parse(badUrl.body)).toHaveProperty('error.code');
    const traversal = await app.inject({ url: '/..%2F..%2Fpackage.json' });
    expect(traversal.body).not.toContain('"dependencies"');
    expect((await app.inject({ url: '/api/v1/nothing' })).statusCode).toBe(404);
  });

  it('sends a browser that accepts brotli or gzip the compressed copy the build wrote, the same bytes once decoded', async () => {
    expect(fs.existsSync(path.join(dist, 'assets/app-1.js.br'))).toBe(false); // too small to be worth it
    const plain = await app.inject({ url: '/assets/vendor-1.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(BIG_SCRIPT);
    expect(String(plain.headers.vary).toLowerCase()).toContain('accept-encoding');
    const br = await app.inject({ url: '/assets/vendor-1.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toContain('javascript');
    expect(br.headers['cache-control']).toContain('immutable');
    expect(br.rawPayload.length).toBeLessThan(BIG_SCRIPT.length / 5);
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(BIG_SCRIPT);
    const gz = await app.inject({ url: '/assets/vendor-1.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(BIG_SCRIPT);
  });

  it('picks up a rebuilt index.html without a restart', async () => {
    fs.writeFileSync(
      path.join(dist, 'index.html'),
      '<!doctype html><script type="module" src="/assets/app-2.js"></script>',
    );
    const future = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(dist, 'index.html'), future, future);
    expect((await app.inject({ url: '/workbench' })).body).toContain('app-2.js');
  });
});

describe('log lines', () => {
  it('never carry search values that may be personal data', async () => {
    const { redactUrl } = await import('../../app');
    const logged = redactUrl('/api/v1/applicants?identifier=370811198503120039&page=2&q=%E5%BC%A0%E4%B8%89');
    expect(logged).not.toContain('370811198503120039');
    expect(logged).not.toContain('%E5%BC%A0');
    expect(logged).toContain('page=2');
  });
});
