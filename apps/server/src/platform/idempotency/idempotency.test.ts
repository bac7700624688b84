/**
 * Suite idempotency (RELIABILITY rule 3; research T10), through the real HTTP app.
 *
 * N concurrent identical creates with one Idempotency-Key make exactly one record and every answer
 * carries its id; the same key with another body is refused (422); without a key the database's
 * unique index still lets only one registration of an ID number through (409 APPLICANT_EXISTS);
 * keys of different actors never collide; malformed keys are refused (400). On PostgreSQL the
 * requests really run in parallel (pool of 20); on PGlite they are serialised. Both must pass.
 */
import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newResidentId } from '../../test/fixtures';
import { rowsOf } from '../../db/client';
import { type Client, createTestApp, signIn, type TestApp } from '../../test/harness';

function newKey(label: string): string {
  return `${label}-${randomBytes(12).toString('hex')}`;
}

function applicantBody(name: string, identifier = newResidentId()) {
  return { kind: 'natural' as const, name, identifier, regionCode: '370811' };
}

function post(client: Client, url: string, body: unknown, key?: string): Promise<LightMyRequestResponse> {
  return client.request('POST', url, body, key === undefined ? {} : { 'idempotency-key': key });
}

function errorCode(res: LightMyRequestResponse): string | undefined {
  return (res.json() as { error?: { code?: string } }).error?.code;
}

function idOf(res: LightMyRequestResponse): string {
  return (res.json() as { id: string }).id;
}

describe('idempotency', () => {
  let t: TestApp;
  let clerk: Client;
  let admin: Client;

  async function count(query: ReturnType<typeof sql>): Promise<number> {
    const res = await t.platform.database.db.execute(query);
    return Number(rowsOf<{ n: number | string }>(res)[0]?.n);
  }
  const applicantCount = () => count(sql`select count(*)::int as n from applicants`);
  /** Found by the full ID number through the API (the identifier is stored encrypted). */
  async function registrationsOf(identifier: string): Promise<number> {
    const res = await admin.get(`/api/v1/applicants?identifier=${identifier}`);
    expect(res.statusCode).toBe(200);
    return (res.json() as { total: number }).total;
  }

  beforeAll(async () => {
    t = await createTestApp();
    clerk = await signIn(t.app, 'clerk');
    admin = await signIn(t.app, 'admin');
  });
  afterAll(async () => t?.close());

  it('50 concurrent identical POST /applicants with one Idempotency-Key: exactly 1 applicant, every answer 201 with its id', {
    timeout: 120_000,
  }, async () => {
    const started = Date.now();
    const before = await applicantCount();
    const body = applicantBody('幂等测试甲');
    const key = newKey('apl50');
    const answers = await Promise.all(Array.from({ length: 50 }, () => post(clerk, '/api/v1/applicants', body, key)));

    const statuses = answers.map((r) => r.statusCode);
    const ids = new Set(answers.filter((r) => r.statusCode === 201).map(idOf));
    const replayed = answers.filter((r) => r.headers['idempotency-replayed'] === 'true').length;
    console.log(
      `[idempotency] ${t.platform.database.kind}: 50 concurrent same-key creates → statuses ${JSON.stringify(countBy(statuses))}, ` +
        `${ids.size} distinct id, ${replayed} replayed, ${(await applicantCount()) - before} applicant row(s) (${Date.now() - started} ms)`,
    );
    expect(statuses.filter((s) => s !== 201)).toEqual([]);
    expect(ids.size).toBe(1);
    // One request ran the use case; the other 49 got its stored answer.
    expect(replayed).toBe(49);
    expect((await applicantCount()) - before).toBe(1);
    expect(await registrationsOf(body.identifier)).toBe(1);
    const [id] = [...ids];
    expect(
      await count(
        sql`select count(*)::int as n from audit_events where action = 'org.applicant.created' and target_id = ${id!}`,
      ),
    ).toBe(1);
    expect(await count(sql`select count(*)::int as n from idempotency_keys where key = ${key}`)).toBe(1);
    // Every answer has the same body, not just the same id.
    const first = answers[0]!.json() as Record<string, unknown>;
    for (const r of answers) expect(r.json()).toEqual(first);

    // A retry long after the first one still gets the stored answer.
    const late = await post(clerk, '/api/v1/applicants', body, key);
    expect(late.statusCode).toBe(201);
    expect(late.headers['idempotency-replayed']).toBe('true');
    expect(idOf(late)).toBe(id);
    expect((await applicantCount()) - before).toBe(1);
  });

  it('same key with a different body → 422 IDEMPOTENCY_KEY_REUSED; concurrently, one body wins and the other gets 422', {
    timeout: 120_000,
  }, async () => {
    const key = newKey('reuse');
    const original = applicantBody('幂等测试乙');
    const first = await post(clerk, '/api/v1/applicants', original, key);
    expect(first.statusCode).toBe(201);
    const before = await applicantCount();
    const other = await post(clerk, '/api/v1/applicants', applicantBody('幂等测试乙'), key);
    expect(other.statusCode).toBe(422);
    expect(errorCode(other)).toBe('IDEMPOTENCY_KEY_REUSED');
    // A change in one field is a different request too.
    const renamed = await post(clerk, '/api/v1/applicants', { ...original, name: '幂等测试乙（改）' }, key);
    expect(renamed.statusCode).toBe(422);
    expect(errorCode(renamed)).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(renamed.headers['idempotency-replayed']).toBeUndefined();
    // Key order in the JSON does not make a different request.
    const reordered = await post(
      clerk,
      '/api/v1/applicants',
      { regionCode: original.regionCode, identifier: original.identifier, name: original.name, kind: original.kind },
      key,
    );
    expect(reordered.statusCode).toBe(201);
    expect(reordered.headers['idempotency-replayed']).toBe('true');
    expect(idOf(reordered)).toBe(idOf(first));
    expect((await applicantCount()) - before).toBe(0);

    // 25 + 25 concurrent requests with one new key and two bodies.
    const raceKey = newKey('race');
    const a = applicantBody('并发甲');
    const b = applicantBody('并发乙');
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        post(clerk, '/api/v1/applicants', i % 2 === 0 ? a : b, raceKey).then((res) => ({
          res,
          body: i % 2 === 0 ? 'a' : 'b',
        })),
      ),
    );
    const winners = new Set(answers.filter((x) => x.res.statusCode === 201).map((x) => x.body));
    expect(winners.size).toBe(1);
    const winner = [...winners][0];
    for (const { res, body } of answers) {
      if (body === winner) {
        expect(res.statusCode).toBe(201);
      } else {
        expect(res.statusCode).toBe(422);
        expect(errorCode(res)).toBe('IDEMPOTENCY_KEY_REUSED');
      }
    }
    expect(new Set(answers.filter((x) => x.res.statusCode === 201).map((x) => idOf(x.res))).size).toBe(1);
    expect((await applicantCount()) - before).toBe(1);
    expect(await registrationsOf(winner === 'a' ? a.identifier : b.identifier)).toBe(1);
    expect(await registrationsOf(winner === 'a' ? b.identifier : a.identifier)).toBe(0);
  });

  it('without a key, identical registrations of one ID number: one 201, the rest 409 APPLICANT_EXISTS (unique index)', {
    timeout: 120_000,
  }, async () => {
    // Two, as a double click would send them …
    const before = await applicantCount();
    const twice = applicantBody('重复登记丙');
    const pair = await Promise.all([
      post(clerk, '/api/v1/applicants', twice),
      post(clerk, '/api/v1/applicants', twice),
    ]);
    expect(pair.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(errorCode(pair.find((r) => r.statusCode === 409)!)).toBe('APPLICANT_EXISTS');
    expect((await applicantCount()) - before).toBe(1);

    // … and twenty, from two different clerks' sessions (no key: nothing but the index decides).
    const many = applicantBody('重复登记丁');
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => post(i % 2 === 0 ? clerk : admin, '/api/v1/applicants', many)),
    );
    const statuses = answers.map((r) => r.statusCode);
    console.log(
      `[idempotency] ${t.platform.database.kind}: 20 concurrent keyless registrations of one ID → ${JSON.stringify(countBy(statuses))}`,
    );
    expect(statuses.filter((s) => s === 201).length).toBe(1);
    expect(statuses.filter((s) => s === 409).length).toBe(19);
    for (const r of answers) if (r.statusCode === 409) expect(errorCode(r)).toBe('APPLICANT_EXISTS');
    expect((await applicantCount()) - before).toBe(2);
    expect(await registrationsOf(many.identifier)).toBe(1);
  });

  it("different actors using the same key do not collide, and never get each other's stored answer", {
    timeout: 120_000,
  }, async () => {
    const before = await applicantCount();
    const key = newKey('shared');
    const x = applicantBody('不同操作人戊');
    const y = applicantBody('不同操作人己');
    const [byClerk, byAdmin] = await Promise.all([
      post(clerk, '/api/v1/applicants', x, key),
      post(admin, '/api/v1/applicants', y, key),
    ]);
    expect([byClerk.statusCode, byAdmin.statusCode]).toEqual([201, 201]);
    expect(byClerk.headers['idempotency-replayed']).toBeUndefined();
    expect(byAdmin.headers['idempotency-replayed']).toBeUndefined();
    expect(idOf(byClerk)).not.toBe(idOf(byAdmin));
    expect((await applicantCount()) - before).toBe(2);
    expect(await count(sql`select count(*)::int as n from idempotency_keys where key = ${key}`)).toBe(2);

    // The admin repeating the clerk's exact request with the clerk's key runs it for themself
    // (→ the ID number is taken), rather than being handed the clerk's stored answer.
    const key2 = newKey('own');
    const z = applicantBody('不同操作人庚');
    expect((await post(clerk, '/api/v1/applicants', z, key2)).statusCode).toBe(201);
    const copy = await post(admin, '/api/v1/applicants', z, key2);
    expect(copy.statusCode).toBe(409);
    expect(errorCode(copy)).toBe('APPLICANT_EXISTS');
    expect(copy.headers['idempotency-replayed']).toBeUndefined();
    // The failed attempt stored no key (its transaction rolled back), so the admin may retry it.
    expect(await count(sql`select count(*)::int as n from idempotency_keys where key = ${key2}`)).toBe(1);
    expect((await applicantCount()) - before).toBe(3);
  });

  it('malformed Idempotency-Key → 400 IDEMPOTENCY_KEY_INVALID and nothing is created', async () => {
    const before = await applicantCount();
    const malformed = [
      '',
      'short',
      'a'.repeat(7),
      'a'.repeat(129),
      'has space inside',
      'key.with.dots',
      'key:with:colon',
      'key/with/slash',
      "quote'key-1",
    ];
    for (const key of malformed) {
      const res = await post(clerk, '/api/v1/applicants', applicantBody('坏键'), key);
      expect(res.statusCode, `key ${JSON.stringify(key)}`).toBe(400);
      expect(errorCode(res)).toBe('IDEMPOTENCY_KEY_INVALID');
    }
    // The limits themselves are fine.
    for (const key of ['a'.repeat(8), `${'Z9_-'.repeat(32)}`]) {
      const res = await post(clerk, '/api/v1/applicants', applicantBody('边界键'), key);
      expect(res.statusCode, `key of length ${key.length}`).toBe(201);
    }
    expect((await applicantCount()) - before).toBe(2);
  });

  it('POST /units: 20 concurrent creates with one key make one unit', { timeout: 120_000 }, async () => {
    const key = newKey('unit');
    const body = { name: `幂等测试单位${randomBytes(3).toString('hex')}`, kind: 'department', regionCode: '370811' };
    const before = await count(sql`select count(*)::int as n from units`);
    const answers = await Promise.all(Array.from({ length: 20 }, () => post(admin, '/api/v1/units', body, key)));
    expect(answers.map((r) => r.statusCode).filter((s) => s !== 201)).toEqual([]);
    expect(new Set(answers.map(idOf)).size).toBe(1);
    expect(answers.filter((r) => r.headers['idempotency-replayed'] === 'true').length).toBe(19);
    expect((await count(sql`select count(*)::int as n from units`)) - before).toBe(1);
  });
});

function countBy(values: number[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}
