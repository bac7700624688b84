import { eq } from 'drizzle-orm';
import type { SessionView } from '@pfc/contracts';
import type { Actor } from '../access/actor';
import { transact } from '../audit/transaction';
import type { Ctx, Platform } from '../context';
import { DEFAULT_PASSWORD_PARAMS, hashPassword, verifyPassword } from '../crypto';
import { AppError, E } from '../http/errors';
import { findLiveSession, findUserById, findUserByUsername, grantsOf, revokeSessionsOf, touchSession } from './repo';
import { units } from '../../modules/org/tables';
import { sessions, users } from './tables';
import { secondFactorAtSignIn, secondFactorSessionState, type SessionStage } from './second-factor';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

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

/** Password sign-in with lock-out after repeated failures (RELIABILITY suite T04). */
export async function login(ctx: Ctx, username: string, password: string, meta: { userAgent: string | null }): Promise<IssuedSession> {
  const now = ctx.now();
  const user = await findUserByUsername(ctx.database.db, username.trim());
  if (!user) {
    dummyHash ??= hashNewPassword(ctx, 'not-a-real-password');
    await verifyPassword(password, await dummyHash);
    await transact(ctx, async (_tx, audit) => {
      audit.record({ action: 'auth.login_failed', targetType: 'username', targetId: username.slice(0, 64), note: 'unknown user' });
    });
    throw new AppError(E.AUTH_INVALID_CREDENTIALS);
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    const minutes = Math.max(1, Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000));
    throw new AppError(E.AUTH_LOCKED, { minutes });
  }
  const ok = await verifyPassword(password, user.passwordHash);
  if (!ok) {
    const failures = user.failedLogins + 1;
    const lock = failures >= MAX_FAILED_LOGINS;
    await transact(ctx, async (tx, audit) => {
      await tx
        .update(users)
        .set(lock ? { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) } : { failedLogins: failures })
        .where(eq(users.id, user.id));
      audit.record({ action: 'auth.login_failed', targetType: 'user', targetId: user.id, note: `failure ${failures}` });
      if (lock) audit.record({ action: 'auth.locked', targetType: 'user', targetId: user.id, note: `${LOCK_MINUTES} minutes` });
    });
    if (lock) throw new AppError(E.AUTH_LOCKED, { minutes: LOCK_MINUTES });
    throw new AppError(E.AUTH_INVALID_CREDENTIALS);
  }
  if (user.disabled) throw new AppError(E.AUTH_DISABLED);

  // Second factor (issue 11 item 7, second-factor.ts): staff who enrolled or must enrol get a short
  // half session that reaches only the code step; POST /auth/login/second-factor completes it.
  const secondFactor = await secondFactorAtSignIn(ctx, user);

  const token = ctx.crypto.randomToken(32);
  const expiresAt = secondFactor.expiresAt ?? new Date(now.getTime() + ctx.config.sessionAbsoluteHours * 3_600_000);
  await transact({ ...ctx, actor: actorStub(user) }, async (tx, audit) => {
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now }).where(eq(users.id, user.id));
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

function actorStub(user: { id: string; username: string; displayName: string; kind: 'staff' | 'applicant'; unitId: string | null; applicantId: string | null }): Actor {
  return { userId: user.id, username: user.username, displayName: user.displayName, kind: user.kind, unitId: user.unitId, applicantId: user.applicantId, grants: [], sessionId: '' };
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
  if (now.getTime() - row.session.lastSeenAt.getTime() > 60_000) await touchSession(platform.database.db, row.session.id, now);
  return {
    actor: { ...actorStub(row.user), grants: grants.map(({ role, unitId, regionCode }) => ({ role, unitId, regionCode })), sessionId: row.session.id },
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
  const unitName = actor.unitId ? (grants.find((g) => g.unitId === actor.unitId)?.unitName ?? (await unitNameOf(ctx, actor.unitId))) : null;
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
  const [row] = await ctx.database.db.select({ name: units.name }).from(units).where(eq(units.id, unitId)).limit(1);
  return row?.name ?? null;
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
