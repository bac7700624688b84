import { eq } from 'drizzle-orm';
import type { SessionView } from '@pfc/contracts';
import type { Actor } from '../access/actor';
import { transact } from '../audit/transaction';
import type { Ctx, Platform } from '../context';
import { DEFAULT_PASSWORD_PARAMS, hashPassword, verifyPassword } from '../crypto';
import { unitById } from '../directory';
import { AppError, E } from '../http/errors';
import {
  findLiveSession,
  findUserById,
  findUserByUsername,
  grantsOf,
  revokeSessionsOf,
  touchSession,
} from './accounts';
import { forgiveSignInFailures, markAccountLocked, reserveSignInAttempt, type SignInAttempt } from './sign-in-limits';
import { canonicalUsername, usernameForAudit } from './username';
import { sessions, users } from './tables';
import { secondFactorAtSignIn, secondFactorSessionState, type SessionStage } from './second-factor';

/** A hash to check against when the username is unknown, so timing does not reveal which accounts exist. */
let dummyHash: Promise<string> | undefined;

export interface IssuedSession {
  token: string;
  expiresAt: Date;
}

export function passwordParams(platform: Platform) {
  return { ...DEFAULT_PASSWORD_PARAMS, log2N: platform.config.passwordCostLog2 };
}

export async function hashNewPassword(platform: Platform, password: string): Promise<string> {
  return hashPassword(password, passwordParams(platform));
}

/**
 * Password sign-in within the limits of sign-in-limits.ts (RELIABILITY suites T04, T25). Every
 * failure answers alike: an unknown name and a wrong password both run the password hash and get
 * AUTH_INVALID_CREDENTIALS; while a limit holds, every attempt on that name from that address (or
 * from that address at all) gets AUTH_TOO_MANY_ATTEMPTS with Retry-After, whatever the password and
 * whether or not the account exists. Every path runs one password hash (no early return), so the
 * time an answer takes says nothing either; a refused attempt is hashed against the dummy hash
 * without looking the account up.
 */
export async function login(
  ctx: Ctx,
  username: string,
  password: string,
  meta: { userAgent: string | null },
): Promise<IssuedSession> {
  const now = ctx.now();
  const name = canonicalUsername(username);
  const reserved = await reserveSignInAttempt(ctx, name);
  dummyHash ??= hashNewPassword(ctx, 'not-a-real-password');
  if (!reserved.ok) {
    await verifyPassword(password, await dummyHash);
    throw tooManyAttempts(reserved.retryAfterSeconds);
  }
  const { attempt } = reserved;

  const user = await findUserByUsername(ctx.database.db, name);
  const passwordOk = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
  if (!user || !passwordOk) {
    await recordFailure(ctx, name, user?.id ?? null, attempt);
    throw new AppError(E.AUTH_INVALID_CREDENTIALS);
  }
  // The password is right. Everything after this point concerns someone who knows it.
  await forgiveSignInFailures(ctx.database.db, attempt);
  if (user.disabled) throw new AppError(E.AUTH_DISABLED);

  // Second factor (issue 11 item 7, second-factor.ts): staff who enrolled or must enrol get a short
  // half session that reaches only the code step; POST /auth/login/second-factor completes it.
  const secondFactor = await secondFactorAtSignIn(ctx, user);

  const token = ctx.crypto.randomToken(32);
  const expiresAt = secondFactor.expiresAt ?? new Date(now.getTime() + ctx.config.sessionAbsoluteHours * 3_600_000);
  await transact({ ...ctx, actor: actorStub(user) }, async (tx, audit) => {
    await tx.update(users).set({ lockedUntil: null, lastLoginAt: now }).where(eq(users.id, user.id));
    const [session] = await tx
      .insert(sessions)
      .values({
        tokenHash: ctx.crypto.sm3Hex(token),
        userId: user.id,
        csrfToken: ctx.crypto.randomToken(24),
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
        ip: ctx.ip,
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
        secondFactor: secondFactor.stage,
      })
      .returning({ id: sessions.id });
    audit.record({ action: 'auth.login', targetType: 'session', targetId: session?.id ?? '' });
  });
  return { token, expiresAt };
}

function tooManyAttempts(seconds: number): AppError {
  return new AppError(E.AUTH_TOO_MANY_ATTEMPTS, { minutes: Math.ceil(seconds / 60), retryAfter: seconds });
}

/**
 * The audit of a checked, failed attempt, and of each limit it filled. A name that matched no
 * account is kept masked, beside its blind index (an ID or phone number is never stored in clear).
 */
async function recordFailure(ctx: Ctx, name: string, userId: string | null, attempt: SignInAttempt): Promise<void> {
  await transact(ctx, async (tx, audit) => {
    const account = userId
      ? { targetType: 'user', targetId: userId }
      : { targetType: 'username', targetId: usernameForAudit(name), after: { usernameIndex: attempt.accountKey } };
    audit.record({ action: 'auth.login_failed', ...account, note: userId ? 'wrong password' : 'unknown user' });
    if (userId) await markAccountLocked(tx, userId, attempt);
    for (const fill of attempt.fills) {
      const minutes = Math.ceil((fill.until.getTime() - ctx.now().getTime()) / 60_000);
      const subject = fill.scope === 'address' ? { targetType: 'client_address', targetId: attempt.address } : account;
      audit.record({
        action: 'auth.locked',
        ...subject,
        note: `${fill.scope} limit: ${minutes} minutes${fill.scope === 'name_and_address' ? ` from ${attempt.address}` : ''}`,
      });
    }
  });
}

function actorStub(user: {
  id: string;
  username: string;
  displayName: string;
  kind: 'staff' | 'applicant';
  unitId: string | null;
  applicantId: string | null;
}): Actor {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    kind: user.kind,
    unitId: user.unitId,
    applicantId: user.applicantId,
    grants: [],
    sessionId: '',
  };
}

export interface LoadedSession {
  actor: Actor;
  csrfToken: string;
  expiresAt: Date;
  /** Whether the staff second factor was passed (pending: password only, see second-factor.ts). */
  secondFactor: SessionStage;
}

/** Resolves a cookie token to the signed-in actor, or null when absent, expired, idle or revoked. */
export async function loadSession(platform: Platform, token: string): Promise<LoadedSession | null> {
  const now = platform.now();
  const idleSince = new Date(now.getTime() - platform.config.sessionIdleMinutes * 60_000);
  const row = await findLiveSession(platform.database.db, platform.crypto.sm3Hex(token), now, idleSince);
  if (!row) return null;
  const grants = (await grantsOf(platform.database.db, [row.user.id])).get(row.user.id) ?? [];
  // Touch at most once a minute: idle time-out needs it, a write per request does not.
  if (now.getTime() - row.session.lastSeenAt.getTime() > 60_000)
    await touchSession(platform.database.db, row.session.id, now);
  return {
    actor: {
      ...actorStub(row.user),
      grants: grants.map(({ role, unitId, regionCode }) => ({ role, unitId, regionCode })),
      sessionId: row.session.id,
    },
    csrfToken: row.session.csrfToken,
    expiresAt: row.session.expiresAt,
    secondFactor: row.session.secondFactor,
  };
}

export async function logout(ctx: Ctx): Promise<void> {
  const actor = ctx.actor;
  if (!actor) return;
  await transact(ctx, async (tx, audit) => {
    await tx.update(sessions).set({ revokedAt: ctx.now() }).where(eq(sessions.id, actor.sessionId));
    audit.record({ action: 'auth.logout', targetType: 'session', targetId: actor.sessionId });
  });
}

export async function sessionView(ctx: Ctx, loaded: LoadedSession): Promise<SessionView> {
  const { actor } = loaded;
  const user = await findUserById(ctx.database.db, actor.userId);
  const grants = (await grantsOf(ctx.database.db, [actor.userId])).get(actor.userId) ?? [];
  const unitName = actor.unitId
    ? (grants.find((g) => g.unitId === actor.unitId)?.unitName ?? (await unitNameOf(ctx, actor.unitId)))
    : null;
  return {
    user: {
      id: actor.userId,
      username: actor.username,
      displayName: user?.displayName ?? actor.displayName,
      kind: actor.kind,
      unitId: actor.unitId,
      unitName,
      applicantId: actor.applicantId,
    },
    grants,
    csrfToken: loaded.csrfToken,
    expiresAt: loaded.expiresAt.toISOString(),
    secondFactor: await secondFactorSessionState(ctx, actor, loaded.secondFactor),
  };
}

async function unitNameOf(ctx: Ctx, unitId: string): Promise<string | null> {
  return (await unitById(ctx.database.db, unitId))?.name ?? null;
}

/** Changing one's password signs out every other session of that user. */
export async function changePassword(ctx: Ctx, currentPassword: string, newPassword: string): Promise<void> {
  const actor = ctx.actor;
  if (!actor) throw new AppError(E.UNAUTHENTICATED);
  const user = await findUserById(ctx.database.db, actor.userId);
  if (!user || !(await verifyPassword(currentPassword, user.passwordHash))) throw new AppError(E.PASSWORD_INCORRECT);
  const hash = await hashNewPassword(ctx, newPassword);
  await transact(ctx, async (tx, audit) => {
    await tx.update(users).set({ passwordHash: hash, passwordChangedAt: ctx.now() }).where(eq(users.id, actor.userId));
    await revokeSessionsOf(tx, actor.userId, ctx.now(), actor.sessionId);
    audit.record({ action: 'auth.password_changed', targetType: 'user', targetId: actor.userId });
  });
}
