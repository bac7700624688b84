import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, type FixtureApp, createFixtureApp } from '../../test/fixtures';
import { type Client, clientFromResponse, json, signIn, testClock } from '../../test/harness';
import { auditEvents } from '../audit/tables';
import { findUserByUsername } from './accounts';
import { CODE_LOCK_MINUTES, MAX_CODE_ATTEMPTS, secretAad } from './second-factor';
import { secondFactors } from './second-factor-tables';
import { sessions } from './tables';
import { base32Decode, totpCode } from './totp';

/**
 * The staff second factor through real HTTP with STAFF_SECOND_FACTOR on: enrolment, the code step,
 * attempt limits, replay, recovery codes, reset by another administrator, half sessions refused.
 */
describe('staff second factor (TOTP)', () => {
  const clock = testClock('2026-03-02T02:00:05Z');
  let t: FixtureApp;
  const secrets = new Map<string, string>();
  const recovery = new Map<string, string[]>();
  beforeAll(async () => {
    t = await createFixtureApp({ clock, env: { STAFF_SECOND_FACTOR: 'required' } });
  });
  afterAll(async () => t?.close());

  const code = (username: string, offsetSteps = 0) =>
    totpCode(base32Decode(secrets.get(username)!), new Date(clock.now().getTime() + offsetSteps * 30_000));
  const stateOf = (res: { json(): unknown }) =>
    (res.json() as { secondFactor: { state: string; enrolled: boolean; required: boolean } }).secondFactor;
  const auditOf = async (action: string, targetId: string) =>
    (
      await t.platform.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, action), eq(auditEvents.targetId, targetId)))
    ).map((e) => ({ ...e, note: (JSON.parse(e.details) as { note?: string }).note }));
  const userId = async (username: string) => (await findUserByUsername(t.platform.database.db, username))!.id;
  /** Next 30-second step: a code of a step already used is refused (replay), so each sign-in moves on. */
  const nextStep = () => clock.advance(30_000);

  /** Password, then the code: the client of the full session. */
  async function signInWithCode(username: string): Promise<Client> {
    nextStep();
    const half = await signIn(t.app, username, FIXTURE_PASSWORD);
    const res = await half.post('/api/v1/auth/login/second-factor', { code: code(username) });
    expect(res.statusCode, res.body).toBe(200);
    return clientFromResponse(t.app, username, res);
  }

  async function enrol(username: string, signedIn?: Client): Promise<Client> {
    const half = signedIn ?? (await signIn(t.app, username, FIXTURE_PASSWORD));
    const started = json<{ secret: string; otpauthUri: string }>(
      await half.post('/api/v1/auth/second-factor/enrolment'),
    );
    secrets.set(username, started.secret);
    expect(started.otpauthUri).toMatch(new RegExp(`^otpauth://totp/.+:${username}\\?secret=${started.secret}&`));
    const res = await half.post('/api/v1/auth/second-factor/enrolment/confirm', { code: code(username) });
    expect(res.statusCode, res.body).toBe(200);
    recovery.set(username, json<{ recoveryCodes: string[] }>(res).recoveryCodes);
    return clientFromResponse(t.app, username, res);
  }

  it('gives a required role only a half session until it enrols; the first code completes it', async () => {
    const username = t.fx.users.admin;
    const half = await signIn(t.app, username, FIXTURE_PASSWORD);
    expect(stateOf(await half.get('/api/v1/auth/session'))).toEqual({
      state: 'pending',
      enrolled: false,
      required: true,
    });
    const refused = await half.get('/api/v1/staff');
    expect(refused.statusCode).toBe(403);
    expect(json<{ error: { code: string } }>(refused).error.code).toBe('AUTH_SECOND_FACTOR_REQUIRED');
    expect(
      (await half.post('/api/v1/auth/password', { currentPassword: FIXTURE_PASSWORD, newPassword: 'Another-pass-1' }))
        .statusCode,
    ).toBe(403);
    // A public page answers a half session as it answers anyone.
    expect((await half.get('/api/v1/regions')).statusCode).toBe(200);
    // Confirming before starting, or the code step before enrolling, is refused plainly.
    expect(
      json<{ error: { code: string } }>(
        await half.post('/api/v1/auth/second-factor/enrolment/confirm', { code: '123456' }),
      ).error.code,
    ).toBe('SECOND_FACTOR_NOT_STARTED');
    expect(
      json<{ error: { code: string } }>(await half.post('/api/v1/auth/login/second-factor', { code: '123456' })).error
        .code,
    ).toBe('SECOND_FACTOR_NOT_ENROLLED');

    const full = await enrol(username, half);
    expect(recovery.get(username)).toHaveLength(10);
    expect(new Set(recovery.get(username)).size).toBe(10);
    expect(stateOf(await full.get('/api/v1/auth/session'))).toEqual({
      state: 'passed',
      enrolled: true,
      required: true,
    });
    expect((await full.get('/api/v1/staff')).statusCode).toBe(200);
    // The password-only cookie did not become the full session: passing issued a new token.
    expect((await half.get('/api/v1/auth/session')).statusCode).toBe(401);
    // Enrolled once; starting again is refused (a half session cannot swap the phone).
    expect((await full.post('/api/v1/auth/second-factor/enrolment')).statusCode).toBe(409);
    expect(await auditOf('auth.second_factor.enrolled', await userId(username))).toHaveLength(1);

    // The secret is stored SM4-encrypted, bound to its user.
    const [row] = await t.platform.database.db
      .select()
      .from(secondFactors)
      .where(eq(secondFactors.userId, await userId(username)));
    const raw = base32Decode(secrets.get(username)!);
    expect(row!.secretEnc).not.toContain(secrets.get(username)!);
    expect(row!.secretEnc).not.toContain(raw.toString('base64url'));
    expect(t.platform.crypto.decrypt(row!.secretEnc, secretAad(await userId(username)))).toEqual(raw);
    expect(() => t.platform.crypto.decrypt(row!.secretEnc, secretAad(t.fx.staffA))).toThrow();
  });

  it('signs in with password and code, and accepts each code once (replay refused)', async () => {
    const username = t.fx.users.admin;
    nextStep();
    const half = await signIn(t.app, username, FIXTURE_PASSWORD);
    expect(stateOf(await half.get('/api/v1/auth/session'))).toMatchObject({ state: 'pending', enrolled: true });
    const used = code(username);
    const passed = await half.post('/api/v1/auth/login/second-factor', {
      code: used.slice(0, 3) + ' ' + used.slice(3),
    });
    expect(passed.statusCode, passed.body).toBe(200);
    expect(stateOf(passed).state).toBe('passed');

    const again = await signIn(t.app, username, FIXTURE_PASSWORD);
    const replay = await again.post('/api/v1/auth/login/second-factor', { code: used });
    expect(replay.statusCode).toBe(401);
    expect(json<{ error: { code: string } }>(replay).error.code).toBe('SECOND_FACTOR_CODE_USED');
    // The previous step's code is older still: refused too, though within the ±1 window.
    expect(
      json<{ error: { code: string } }>(
        await again.post('/api/v1/auth/login/second-factor', { code: code(username, -1) }),
      ).error.code,
    ).toBe('SECOND_FACTOR_CODE_USED');
    // One step ahead (a phone clock 30 s fast) is accepted.
    expect((await again.post('/api/v1/auth/login/second-factor', { code: code(username, 1) })).statusCode).toBe(200);
    expect((await auditOf('auth.second_factor.failed', await userId(username))).map((e) => e.note)).toEqual([
      'code replayed',
      'code replayed',
    ]);
  });

  it('limits code attempts: concurrent wrong guesses stop at the limit, and the lock ends by itself', async () => {
    const username = t.fx.users.legal_reviewer;
    await enrol(username);
    nextStep();
    const half = await signIn(t.app, username, FIXTURE_PASSWORD);
    const right = code(username);
    const wrong = right === '000000' ? '111111' : '000000';
    const answers = await Promise.all(
      Array.from({ length: 16 }, () => half.post('/api/v1/auth/login/second-factor', { code: wrong })),
    );
    const codes = answers.map((r) => json<{ error: { code: string } }>(r).error.code);
    expect(codes.filter((c) => c === 'SECOND_FACTOR_CODE_INVALID')).toHaveLength(MAX_CODE_ATTEMPTS - 1);
    expect(codes.filter((c) => c === 'SECOND_FACTOR_LOCKED')).toHaveLength(16 - (MAX_CODE_ATTEMPTS - 1));
    const id = await userId(username);
    expect(await auditOf('auth.second_factor.failed', id)).toHaveLength(MAX_CODE_ATTEMPTS);
    expect(await auditOf('auth.second_factor.locked', id)).toHaveLength(1);
    // Locked: even the right code waits.
    const locked = await half.post('/api/v1/auth/login/second-factor', { code: right });
    expect(locked.statusCode).toBe(423);
    expect(json<{ error: { message: string } }>(locked).error.message).toContain(`${CODE_LOCK_MINUTES} 分钟`);
    clock.advance(CODE_LOCK_MINUTES * 60_000 - 60_000);
    // The half session's own lifetime (10 minutes) ran out meanwhile: sign in again.
    expect((await half.get('/api/v1/auth/session')).statusCode).toBe(401);
    const later = await signIn(t.app, username, FIXTURE_PASSWORD);
    expect((await later.post('/api/v1/auth/login/second-factor', { code: code(username) })).statusCode).toBe(423);
    clock.advance(60_000);
    const ok = await later.post('/api/v1/auth/login/second-factor', { code: code(username) });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('accepts each recovery code once, in any case and with or without the dash', async () => {
    const username = t.fx.users.legal_reviewer;
    const [first, second] = recovery.get(username)!;
    nextStep();
    const half = await signIn(t.app, username, FIXTURE_PASSWORD);
    const res = await half.post('/api/v1/auth/login/second-factor', { recoveryCode: first });
    expect(res.statusCode, res.body).toBe(200);
    const full = clientFromResponse(t.app, username, res);
    expect(json<{ recoveryCodesLeft: number }>(await full.get('/api/v1/auth/second-factor')).recoveryCodesLeft).toBe(9);
    // The CSRF token the password alone obtained does not carry over into the full session.
    expect(full.csrf).toMatch(/^\S{24,}$/);
    expect(full.csrf).not.toBe(half.csrf);
    const attempt = { currentPassword: 'not-the-password', newPassword: 'Another-Password-2026' };
    const withOldToken = await full.request('POST', '/api/v1/auth/password', attempt, { 'x-csrf-token': half.csrf });
    expect(json<{ error: { code: string } }>(withOldToken).error.code).toBe('CSRF_FAILED');

    const again = await signIn(t.app, username, FIXTURE_PASSWORD);
    expect(
      json<{ error: { code: string } }>(await again.post('/api/v1/auth/login/second-factor', { recoveryCode: first }))
        .error.code,
    ).toBe('SECOND_FACTOR_CODE_INVALID');
    expect(
      (await again.post('/api/v1/auth/login/second-factor', { recoveryCode: second!.replace('-', '').toUpperCase() }))
        .statusCode,
    ).toBe(200);
    const sessionId = (
      await t.platform.database.db
        .select()
        .from(sessions)
        .where(eq(sessions.userId, await userId(username)))
    ).map((r) => r.id);
    const notes = (await Promise.all(sessionId.map((id) => auditOf('auth.second_factor.passed', id))))
      .flat()
      .map((e) => e.note);
    expect(notes.filter((n) => n === 'recovery_code')).toHaveLength(2);
    // Neither or both: refused before anything is counted.
    const third = await signIn(t.app, username, FIXTURE_PASSWORD);
    expect((await third.post('/api/v1/auth/login/second-factor', {})).statusCode).toBe(400);
    expect(
      (
        await third.post('/api/v1/auth/login/second-factor', {
          code: code(username),
          recoveryCode: recovery.get(username)![2],
        })
      ).statusCode,
    ).toBe(400);
  });

  it("lets another administrator reset the factor, never one's own, and only within scope", async () => {
    const target = t.fx.users.admin;
    const root = t.fx.platformAdmin;
    const rootClient = await enrol(root);
    const targetClient = await signInWithCode(target);
    const targetId = await userId(target);

    const self = await rootClient.post(`/api/v1/staff/${await userId(root)}/second-factor/reset`);
    expect(self.statusCode).toBe(403);
    expect(json<{ error: { code: string } }>(self).error.code).toBe('SECOND_FACTOR_RESET_SELF');
    const selfCity = await targetClient.post(`/api/v1/staff/${targetId}/second-factor/reset`);
    expect(json<{ error: { code: string } }>(selfCity).error.code).toBe('SECOND_FACTOR_RESET_SELF');
    // The city A administrator cannot reach a staff member of city B.
    expect((await targetClient.post(`/api/v1/staff/${t.fx.staffB}/second-factor/reset`)).statusCode).toBe(404);

    const list = json<{ items: Array<{ username: string; secondFactorEnrolled: boolean }> }>(
      await rootClient.get(`/api/v1/staff?q=${target}`),
    );
    expect(list.items.find((s) => s.username === target)?.secondFactorEnrolled).toBe(true);
    expect((await rootClient.post(`/api/v1/staff/${targetId}/second-factor/reset`)).statusCode).toBe(200);
    const reset = await auditOf('auth.second_factor.reset', targetId);
    expect(reset).toHaveLength(1);
    expect(reset[0]!.actorId).toBe(await userId(root));
    // The target's sessions ended; the next sign-in must enrol again.
    expect((await targetClient.get('/api/v1/auth/session')).statusCode).toBe(401);
    const half = await signIn(t.app, target, FIXTURE_PASSWORD);
    expect(stateOf(await half.get('/api/v1/auth/session'))).toEqual({
      state: 'pending',
      enrolled: false,
      required: true,
    });
  });

  it('leaves optional staff a choice: no code until they enrol, then asked; they may turn it off', async () => {
    const username = t.fx.users.verifier;
    const plain = await signIn(t.app, username, FIXTURE_PASSWORD);
    expect(stateOf(await plain.get('/api/v1/auth/session'))).toEqual({
      state: 'none',
      enrolled: false,
      required: false,
    });
    expect((await plain.get('/api/v1/units')).statusCode).toBe(200);

    nextStep();
    const enrolled = await enrol(username);
    nextStep();
    const half = await signIn(t.app, username, FIXTURE_PASSWORD);
    expect(json<{ error: { code: string } }>(await half.get('/api/v1/units')).error.code).toBe(
      'AUTH_SECOND_FACTOR_REQUIRED',
    );
    const wrong = code(username) === '000000' ? '111111' : '000000';
    expect((await enrolled.post('/api/v1/auth/second-factor/disable', { code: wrong })).statusCode).toBe(401);
    expect((await enrolled.post('/api/v1/auth/second-factor/disable', { code: code(username) })).statusCode).toBe(200);
    expect(await auditOf('auth.second_factor.disabled', await userId(username))).toHaveLength(1);
    expect(stateOf(await (await signIn(t.app, username, FIXTURE_PASSWORD)).get('/api/v1/auth/session')).state).toBe(
      'none',
    );

    // A required role cannot turn it off.
    const credit = await enrol(t.fx.users.credit_officer);
    nextStep();
    const refused = await credit.post('/api/v1/auth/second-factor/disable', { code: code(t.fx.users.credit_officer) });
    expect(json<{ error: { code: string } }>(refused).error.code).toBe('SECOND_FACTOR_REQUIRED_FOR_ROLE');
  });

  it("refuses a required role's session that never passed the factor, whatever it was marked", async () => {
    const half = await signIn(t.app, t.fx.users.policy_reviewer, FIXTURE_PASSWORD);
    // A session made while the factor was off carries "none": the role still needs the factor.
    await t.platform.database.db
      .update(sessions)
      .set({ secondFactor: 'none' })
      .where(eq(sessions.userId, await userId(t.fx.users.policy_reviewer)));
    expect(json<{ error: { code: string } }>(await half.get('/api/v1/catalog/entries')).error.code).toBe(
      'AUTH_SECOND_FACTOR_REQUIRED',
    );
    // Applicants keep password sign-in.
    const applicant = await signIn(t.app, t.fx.applicantUser, FIXTURE_PASSWORD);
    expect(stateOf(await applicant.get('/api/v1/auth/session'))).toEqual({
      state: 'none',
      enrolled: false,
      required: false,
    });
    expect((await applicant.post('/api/v1/auth/second-factor/enrolment')).statusCode).toBe(403);
  });
});
