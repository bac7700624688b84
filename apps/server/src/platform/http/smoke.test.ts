import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../test/harness';

describe('smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('serves health, openapi and sign-in', async () => {
    expect((await t.app.inject({ url: '/healthz' })).statusCode).toBe(200);
    const ready = await t.app.inject({ url: '/readyz' });
    expect(ready.json()).toMatchObject({ status: 'ready' });
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/v1/units');
    const admin = await signIn(t.app, 'admin');
    const units = await admin.get('/api/v1/units?pageSize=100');
    expect(units.statusCode).toBe(200);
    expect((units.json() as { total: number }).total).toBeGreaterThanOrEqual(20);
  });
});
