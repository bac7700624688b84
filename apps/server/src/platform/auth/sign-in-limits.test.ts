import { and, eq, lt, sql } from 'drizzle-orm';
import { maskPhone, maskResidentId } from '@pfc/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, json, signIn, testClock, type TestApp } from '../../test/harness';
import { auditEvents } from '../audit/tables';
import { clientAddressKey } from '../http/client-address';
import { accountKeyOf, SIGN_IN_LIMITS, secondsToWait } from './sign-in-limits';
import { signInAttempts, users } from './tables';
import { usernameForAudit } from './username';

const limit = (scope: (typeof SIGN_IN_LIMITS)[number]['scope']) => SIGN_IN_LIMITS.find((l) => l.scope === scope)!;
const PER_NAME_AND_ADDRESS = limit('name_and_address');
const PER_NAME = limit('name');
const PER_ADDRESS = limit('address');

/** Sign-in limits (issue 11 item 4; RELIABILITY T04 and T25), on PGlite and on PostgreSQL. */
describe('sign-in limits', () => {
  const clock = testClock('2026-03-02T02:00:00Z');
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ clock });
  });
  afterAll(async () => t?.close());

  const attempt = (username: string, password: string, address: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
      remoteAddress: address,
    });
  /** What a client can tell from an answer. */
  const shape = (r: LightMyRequestResponse) => {
    const error = r.statusCode === 200 ? undefined : json<{ error: { code: string; message: string } }>(r).error;
    return { status: r.statusCode, code: error?.code, message: error?.message, retryAfter: r.headers['retry-after'] };
  };
  const userId = async (username: string) =>
    (await t.platform.database.db.select().from(users).where(eq(users.username, username)))[0]!.id;
  const checkedFailures = async (id: string) =>
    (
      await t.platform.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'auth.login_failed'), eq(auditEvents.targetId, id)))
    ).length;

  it('checks no more concurrent wrong guesses than the limit allows', async () => {
    const answers = await Promise.all(
      Array.from({ length: 18 }, () => attempt('verifier', 'wrong-password', '198.51.100.1')),
    );
    const statuses = answers.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(PER_NAME_AND_ADDRESS.max);
    expect(statuses.filter((s) => s === 429)).toHaveLength(18 - PER_NAME_AND_ADDRESS.max);
    // Exactly the counted guesses had their password checked (an audit row each).
    expect(await checkedFailures(await userId('verifier'))).toBe(PER_NAME_AND_ADDRESS.max);
  });

  it("keeps a stranger who guesses a user name out, not the name's owner at another address", async () => {
    for (let i = 0; i < PER_NAME_AND_ADDRESS.max; i++)
      expect((await attempt('legal', 'wrong-password', '198.51.100.2')).statusCode).toBe(401);
    expect(shape(await attempt('legal', DEMO_PASSWORD, '198.51.100.2')).code).toBe('AUTH_TOO_MANY_ATTEMPTS');
    expect((await attempt('legal', DEMO_PASSWORD, '203.0.113.2')).statusCode).toBe(200);
  });

  it('answers unknown names, wrong passwords and limited attempts alike, and the lock-out ends by itself', async () => {
    const here = '198.51.100.3';
    for (let i = 0; i < PER_NAME_AND_ADDRESS.max; i++) {
      const unknown = shape(await attempt('nobody-here', 'wrong-password', here));
      const wrong = shape(await attempt('policy', 'wrong-password', here));
      expect(unknown).toEqual(wrong);
      expect(unknown).toMatchObject({ status: 401, code: 'AUTH_INVALID_CREDENTIALS' });
    }
    const unknown = shape(await attempt('nobody-here', 'wrong-password', here));
    const wrong = shape(await attempt('policy', 'wrong-password', here));
    const right = shape(await attempt('policy', DEMO_PASSWORD, here));
    expect(unknown).toEqual({
      status: 429,
      code: 'AUTH_TOO_MANY_ATTEMPTS',
      message: expect.stringContaining('15'),
      retryAfter: '900',
    });
    // The right password while limited is told to wait exactly like a wrong one: no password oracle.
    expect(wrong).toEqual(unknown);
    expect(right).toEqual(unknown);

    clock.advance(PER_NAME_AND_ADDRESS.windowMinutes * 60_000 - 1000);
    expect(shape(await attempt('policy', DEMO_PASSWORD, here)).retryAfter).toBe('1');
    clock.advance(1000);
    expect((await attempt('policy', DEMO_PASSWORD, here)).statusCode).toBe(200);
  });

  it('a right password forgives the failures from its own address', async () => {
    const here = '198.51.100.4';
    for (let i = 1; i < PER_NAME_AND_ADDRESS.max; i++)
      expect((await attempt('leader', 'wrong-password', here)).statusCode).toBe(401);
    expect((await attempt('leader', DEMO_PASSWORD, here)).statusCode).toBe(200);
    for (let i = 0; i < PER_NAME_AND_ADDRESS.max; i++)
      expect((await attempt('leader', 'wrong-password', here)).statusCode).toBe(401);
    expect((await attempt('leader', 'wrong-password', here)).statusCode).toBe(429);
  });

  it(`stops one address spraying guesses over many names after ${PER_ADDRESS.max} failures a minute`, async () => {
    const here = '198.51.100.5';
    for (let i = 0; i < PER_ADDRESS.max; i++)
      expect((await attempt(`sprayed-${i}`, 'Summer2026!', here)).statusCode).toBe(401);
    const refused = shape(await attempt('catalog', DEMO_PASSWORD, here));
    expect(refused).toMatchObject({ status: 429, code: 'AUTH_TOO_MANY_ATTEMPTS' });
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(PER_ADDRESS.windowMinutes * 60);
    expect((await attempt('catalog', DEMO_PASSWORD, '203.0.113.5')).statusCode).toBe(200);
    clock.advance(Number(refused.retryAfter) * 1000);
    expect((await attempt('catalog', DEMO_PASSWORD, here)).statusCode).toBe(200);
  });

  it('counts an IPv6 client by its /64 network', () => {
    expect(clientAddressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientAddressKey('2001:0db8:0001:0002:ffff:ffff:ffff:fffe')).toBe('2001:db8:1:2::/64');
    expect(clientAddressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientAddressKey('::ffff:198.51.100.9')).toBe('198.51.100.9');
    expect(clientAddressKey('198.51.100.9')).toBe('198.51.100.9');
    expect(clientAddressKey(null)).toBe('unknown');
  });

  it('holds an account guessed from many addresses for everyone, shows it locked, and lets an administrator unlock it', async () => {
    const addresses = Array.from({ length: PER_NAME.max / PER_NAME_AND_ADDRESS.max }, (_, i) => `192.0.2.${i + 10}`);
    for (const address of addresses) {
      const answers = await Promise.all(
        Array.from({ length: PER_NAME_AND_ADDRESS.max }, () => attempt('unithead', 'wrong-password', address)),
      );
      expect(answers.map((r) => r.statusCode)).toEqual(Array(PER_NAME_AND_ADDRESS.max).fill(401));
    }
    const owner = shape(await attempt('unithead', DEMO_PASSWORD, '203.0.113.6'));
    expect(owner).toMatchObject({
      status: 429,
      code: 'AUTH_TOO_MANY_ATTEMPTS',
      retryAfter: String(PER_NAME.windowMinutes * 60),
    });

    const admin = await signIn(t.app, 'admin');
    const listed = () =>
      admin
        .get('/api/v1/staff?q=unithead')
        .then((r) => json<{ items: Array<{ id: string; username: string; locked: boolean }> }>(r).items[0]!);
    const staff = await listed();
    expect(staff).toMatchObject({ username: 'unithead', locked: true });
    expect((await admin.patch(`/api/v1/staff/${staff.id}`, { unlock: true })).statusCode).toBe(200);
    expect((await listed()).locked).toBe(false);
    expect((await attempt('unithead', DEMO_PASSWORD, '203.0.113.6')).statusCode).toBe(200);
  });

  it('never stores a user name that looks like an ID or phone number in clear: masked beside its blind index', async () => {
    const id = '370811198503120036';
    const phone = '13853712345';
    for (const name of [id, phone, 'no-such-clerk'])
      expect((await attempt(name, 'wrong-password', '198.51.100.8')).statusCode).toBe(401);
    const rows = await t.platform.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'auth.login_failed'), eq(auditEvents.targetType, 'username')));
    const byTarget = new Map(rows.map((r) => [r.targetId, r]));
    expect(byTarget.get(maskResidentId(id))?.details).toContain(accountKeyOf(t.platform.crypto, id));
    expect(byTarget.get(maskPhone(phone))?.details).toContain(accountKeyOf(t.platform.crypto, phone));
    expect(byTarget.has('no-such-clerk')).toBe(true);
    const stored = JSON.stringify([rows, await t.platform.database.db.select().from(signInAttempts)]);
    for (const clear of [id, phone, '19850312']) expect(stored).not.toContain(clear);
  });

  it('prunes attempts older than the longest window as new ones come in', async () => {
    const longest = Math.max(...SIGN_IN_LIMITS.map((l) => l.windowMinutes));
    clock.advance(longest * 60_000 + 1000);
    const db = t.platform.database.db;
    const expired = async () =>
      Number(
        (
          await db
            .select({ n: sql<number>`count(*)` })
            .from(signInAttempts)
            .where(lt(signInAttempts.at, new Date(clock.now().getTime() - longest * 60_000)))
        )[0]?.n,
      );
    const before = await expired();
    expect(before).toBeGreaterThan(0);
    await attempt('nobody-at-all', 'wrong-password', '198.51.100.9');
    expect(await expired()).toBe(Math.max(0, before - 50));
  });
});

describe('sign-in limit arithmetic', () => {
  it('waits until the oldest counted failure of each full window leaves it', () => {
    const now = Date.parse('2026-03-02T02:00:00Z');
    expect(secondsToWait([{ max: 5, windowMinutes: 15, count: 4, oldestMs: now - 1000 }], now)).toBe(0);
    expect(secondsToWait([{ max: 5, windowMinutes: 15, count: 5, oldestMs: now - 60_000 }], now)).toBe(14 * 60);
    expect(
      secondsToWait(
        [
          { max: 5, windowMinutes: 15, count: 5, oldestMs: now - 14 * 60_000 },
          { max: 20, windowMinutes: 1, count: 20, oldestMs: now - 30_500 },
        ],
        now,
      ),
    ).toBe(60);
  });

  it('masks user names that look like ID or phone numbers, and keeps others', () => {
    expect(usernameForAudit('37081119850312003X')).toBe('3****************X');
    expect(usernameForAudit('３７０８１１１９８５０３１２００３ｘ')).toBe('3****************X');
    expect(usernameForAudit('13853712345')).toBe('138****2345');
    expect(usernameForAudit('0537-2345678')).toBe('*******5678');
    expect(usernameForAudit('zhang13853712345')).toBe('************2345');
    expect(usernameForAudit('clerk2026')).toBe('clerk2026');
  });
});
