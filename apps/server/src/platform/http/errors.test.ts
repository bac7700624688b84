import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, signIn, type Client, type TestApp } from '../../test/harness';

interface ErrorShape {
  error: { code: string; message: string; requestId?: string; details?: Array<{ field: string; message: string }> };
}

/** One error shape, Chinese by default, English on request; bad input is a 4xx and writes nothing. */
describe('API errors', () => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await signIn(t.app, 'admin');
  });
  afterAll(async () => t?.close());

  async function unitCount(): Promise<number> {
    return json<{ total: number }>(await admin.get('/api/v1/units?pageSize=1&includeArchived=true')).total;
  }

  function expectError(res: { statusCode: number; body: string }, status: number, code: string): ErrorShape {
    expect(res.statusCode, res.body).toBe(status);
    const body = JSON.parse(res.body) as ErrorShape;
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(0);
    expect(Object.keys(body)).toEqual(['error']);
    expect(res.body).not.toMatch(/at \w+ \(|node_modules|select |insert /i);
    return body;
  }

  it('rejects malformed JSON, wrong types, missing fields, oversized bodies and other media types', async () => {
    const before = await unitCount();
    const raw = (payload: string, type = 'application/json') =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/units',
        payload,
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': type },
      });
    expectError(await raw('{"name": "x", '), 400, 'MALFORMED_JSON');
    expectError(await raw(''), 400, 'MALFORMED_JSON');
    const wrongType = expectError(
      await admin.post('/api/v1/units', { name: 123, kind: 'department', regionCode: '370800' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(wrongType.error.message).toMatch(/[\u4e00-\u9fff]/);
    expectError(
      await admin.post('/api/v1/units', { kind: 'department', regionCode: '370800' }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await admin.post('/api/v1/units', { name: '   ', kind: 'department', regionCode: '370800' }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await admin.post('/api/v1/units', { name: 'x', kind: 'spaceship', regionCode: '370800' }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await admin.post('/api/v1/units', { name: 'x', kind: 'department', regionCode: '37080' }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(await raw(JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) })), 413, 'BODY_TOO_LARGE');
    expectError(await raw('name=x', 'application/x-www-form-urlencoded'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectError(await raw('{"name":"x"}', 'text/plain'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    // Fastify's JSON parser refuses __proto__ keys outright (prototype-pollution guard).
    expectError(
      await raw('{"__proto__": {"polluted": true}, "name": "原型", "kind": "department", "regionCode": "370800"}'),
      400,
      'MALFORMED_JSON',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await unitCount()).toBe(before);
  });

  it('answers unknown ids and routes with 404 and malformed ids with 400', async () => {
    expectError(await admin.get('/api/v1/units/5b1f6f8e-3c2a-4b7e-9f00-000000000000'), 404, 'NOT_FOUND');
    expectError(await admin.get('/api/v1/units/not-a-uuid'), 400, 'VALIDATION_FAILED');
    expectError(await admin.get('/api/v1/nothing-here'), 404, 'ROUTE_NOT_FOUND');
    expectError(
      await admin.patch('/api/v1/staff/5b1f6f8e-3c2a-4b7e-9f00-000000000000', { displayName: '无' }),
      404,
      'NOT_FOUND',
    );
  });

  it('rejects bad ID numbers and credit codes with a reason, storing nothing', async () => {
    const count = async () => json<{ total: number }>(await admin.get('/api/v1/applicants?pageSize=1')).total;
    const before = await count();
    const bad = expectError(
      await admin.post('/api/v1/applicants', { kind: 'natural', name: '王五', identifier: '370811198503120031' }),
      400,
      'INVALID_RESIDENT_ID',
    );
    expect(bad.error.message).toContain('居民身份证号码无效');
    expectError(
      await admin.post('/api/v1/applicants', { kind: 'natural', name: '王五', identifier: '37081119850231003X' }),
      400,
      'INVALID_RESIDENT_ID',
    );
    expectError(
      await admin.post('/api/v1/applicants', { kind: 'legal', name: '某公司', identifier: '91370800MA3C4D5E6Z' }),
      400,
      'INVALID_CREDIT_CODE',
    );
    expect(await count()).toBe(before);
  });

  it('speaks English when asked', async () => {
    const res = await admin.request(
      'POST',
      '/api/v1/units',
      { kind: 'department' },
      { 'accept-language': 'en-US,en;q=0.9' },
    );
    const body = expectError(res, 400, 'VALIDATION_FAILED');
    expect(body.error.message).toMatch(/^The request is invalid/);
    const anon = await t.app.inject({ url: '/api/v1/units', headers: { 'accept-language': 'en' } });
    expect(expectError(anon, 401, 'UNAUTHENTICATED').error.message).toBe('Please sign in first');
  });

  it('serves health, readiness and an OpenAPI 3 document of every route', async () => {
    expect(json(await t.app.inject({ url: '/healthz' }))).toMatchObject({ status: 'ok' });
    expect(json(await t.app.inject({ url: '/readyz' }))).toMatchObject({ status: 'ready' });
    const doc = json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(
      await t.app.inject({ url: '/api/openapi.json' }),
    );
    expect(doc.openapi).toMatch(/^3\.0/);
    for (const route of t.app.apiRoutes) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[path]?.[route.method.toLowerCase()], `${route.method} ${route.url} in OpenAPI`).toBeDefined();
    }
    const docs = await t.app.inject({ url: '/api/docs' });
    expect(docs.statusCode).toBeLessThan(400);
  });
});
