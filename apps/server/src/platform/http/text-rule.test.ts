import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { FIXTURE_PASSWORD, type FixtureApp, createFixtureApp } from '../../test/fixtures';
import { anonymous, type Client, json, signIn } from '../../test/harness';
import { auditEvents } from '../audit/tables';
import { verifyChains } from '../audit/verify';

/**
 * The one rule for text input (issue 11) as a client meets it: every string of body, query,
 * parameters and headers is checked once in the schema layer; names refuse invisible characters.
 */
describe('text input rule', () => {
  let f: FixtureApp;
  let admin: Client;
  type ErrorJson = { error: { code: string; message: string; details?: Array<{ field: string; message: string }> } };

  beforeAll(async () => {
    f = await createFixtureApp();
    admin = await signIn(f.app, f.fx.platformAdmin, FIXTURE_PASSWORD);
  });
  afterAll(async () => f?.close());

  it('answers NUL in an anonymous sign-in with 400 and a message naming the field, and stores nothing', async () => {
    const before = await f.platform.database.db.select().from(auditEvents);
    const res = await anonymous(f.app).post('/api/v1/auth/login', { username: 'm-staff-a\u0000', password: 'x' });
    expect(res.statusCode).toBe(400);
    const body = json<ErrorJson>(res);
    expect(body.error.code).toBe('TEXT_FORBIDDEN_CHARACTER');
    expect(body.error.message).toContain('body.username');
    expect(body.error.message).toContain('U+0000');
    expect(body.error.details).toEqual([{ field: 'body.username', message: 'U+0000' }]);
    const en = await anonymous(f.app).request(
      'POST',
      '/api/v1/auth/login',
      { username: 'a\ud800', password: 'x' },
      { 'accept-language': 'en' },
    );
    expect(json<ErrorJson>(en).error.message).toMatch(
      /^body\.username contains a character that is not allowed \(U\+D800\)/,
    );
    expect(await f.platform.database.db.select().from(auditEvents)).toHaveLength(before.length);
  });

  it('refuses control characters in free text but keeps tab, line feed and carriage return', async () => {
    const bad = await admin.patch(`/api/v1/units/${f.fx.unitA}`, { liaisonName: '王\u0007五' });
    expect(json<ErrorJson>(bad).error.code).toBe('TEXT_FORBIDDEN_CHARACTER');
    const item = { code: 'TXT-1', name: '多行事项', kind: 'licensing', unitId: f.fx.unitA, applicationBased: true };
    const guide = {
      conditions: '第一条\n第二条\r\n\t缩进',
      materials: [],
      steps: [],
      legalTimeLimitDays: 5,
      commitmentChoice: '',
      withdrawal: '',
    };
    const ok = await admin.post('/api/v1/catalog/service-items', { ...item, guide });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(json<{ guide: { conditions: string } }>(ok).guide.conditions).toBe('第一条\n第二条\r\n\t缩进');
  });

  it('refuses direction and zero-width characters in names, not in free text', async () => {
    for (const name of ['济宁市\u202e局政民', '济宁市\u200b民政局', '\ufeff济宁市民政局']) {
      const res = await admin.post('/api/v1/units', { name, kind: 'department', regionCode: f.fx.cityA });
      expect(res.statusCode).toBe(400);
      expect(json<ErrorJson>(res).error.details?.[0]?.field).toBe('body.name');
    }
    const free = await admin.post('/api/v1/catalog/service-items', {
      code: 'TXT-2',
      name: '事项',
      kind: 'licensing',
      unitId: f.fx.unitA,
      applicationBased: true,
      guide: {
        conditions: 'مرحبا \u200f(阿拉伯文) \u202b段落\u202c',
        materials: [],
        steps: [],
        legalTimeLimitDays: 5,
        commitmentChoice: '',
        withdrawal: '',
      },
    });
    expect(free.statusCode, free.body).toBe(201);
  });

  it('checks query strings, path parameters, keys and headers the same way', async () => {
    const cases = [
      admin.get('/api/v1/units?q=%00'),
      admin.get('/api/v1/units?q=a%1Bb'),
      admin.get(`/api/v1/units/${f.fx.unitA}%00`),
      admin.post('/api/v1/units', JSON.parse('{"name":"单位","kind":"department","regionCode":"370800","x\\u0000":1}')),
      admin.request('GET', '/api/v1/units', undefined, { 'user-agent': 'agent\u0000' }),
      admin.request(
        'POST',
        '/api/v1/applicants',
        { kind: 'natural', name: '张三', identifier: '1' },
        { 'idempotency-key': 'key\u0001key-key' },
      ),
    ];
    for (const res of await Promise.all(cases)) {
      expect(res.statusCode, res.body).toBe(400);
      expect(['TEXT_FORBIDDEN_CHARACTER', 'BAD_URL']).toContain(json<ErrorJson>(res).error.code);
    }
  });

  it('marks names and identifiers in the OpenAPI document', async () => {
    const doc = json<{
      paths: Record<
        string,
        Record<
          string,
          {
            requestBody: {
              content: Record<string, { schema: { properties: Record<string, Record<string, unknown>> } }>;
            };
          }
        >
      >;
    }>(await f.app.inject({ url: '/api/openapi.json' }));
    const unit = doc.paths['/api/v1/units']!.post!.requestBody.content['application/json']!.schema.properties;
    expect(unit.name!['x-text']).toBe('name');
    expect(unit.liaisonName).toBeDefined();
    const item =
      doc.paths['/api/v1/catalog/service-items']!.post!.requestBody.content['application/json']!.schema.properties;
    expect(item.name!['x-text']).toBe('name');
    expect(JSON.stringify(item.guide)).not.toContain('x-text');
  });

  it('keeps the audit chain intact after all of the above', async () => {
    const rows = await f.platform.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'auth.login_failed'));
    expect(rows.every((r) => !r.targetId.includes('\u0000'))).toBe(true);
    expect((await verifyChains(f.platform.database.db, f.platform.crypto)).ok).toBe(true);
  });
});
