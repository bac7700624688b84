import { and, eq, inArray, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { type Role, SECOND_FACTOR_ROLES, type SecondFactorSessionState } from '@pfc/contracts';
import type { Config } from '../../config';
import type { Tx } from '../../db/client';
import type { Actor } from '../access/actor';
import type { Policy } from '../access/policies';
import { transact } from '../audit/transaction';
import type { Ctx, Platform } from '../context';
import { AppError } from '../http/errors';
import { SecondFactorErrors as SF } from './errors';
import { grantsOf } from './accounts';
import { recoveryCodes, secondFactors } from './second-factor-tables';
import { sessions } from './tables';
import { matchTotp } from './totp';

/** Code attempts (TOTP or recovery) before a lock; 3 valid codes in 10^6, so 5 tries leave ~1.5e-5. */
export const MAX_CODE_ATTEMPTS = 5;
export const CODE_LOCK_MINUTES = 15;
/** A half-signed-in session lives this long: enough to enrol a phone, too short to linger. */
export const PENDING_SESSION_MINUTES = 10;

export type SessionStage = 'none' | 'pending' | 'passed';

export function secondFactorRequired(config: Config, actor: Pick<Actor, 'kind' | 'grants'>): boolean {
  return (
    config.staffSecondFactor === 'required' &&
    actor.kind === 'staff' &&
    actor.grants.some((g) => (SECOND_FACTOR_ROLES as readonly Role[]).includes(g.role))
  );
}

/** Associated data binding an encrypted secret to its row: a ciphertext moved to another user fails. */
export const secretAad = (userId: string) => `second_factors.secret_enc:${userId}`;

export async function enrolmentOf(db: Ctx['database']['db'] | Tx, userId: string) {
  const [row] = await db.select().from(secondFactors).where(eq(secondFactors.userId, userId)).limit(1);
  return row;
}

/**
 * Decided once the password is right: staff who enrolled, or whose role needs the factor, get a
 * half session that reaches only the code step (and enrolment); everyone else a full one.
 */
export async function secondFactorAtSignIn(
  ctx: Ctx,
  user: { id: string; kind: 'staff' | 'applicant' },
): Promise<{ stage: SessionStage; expiresAt: Date | null }> {
  if (user.kind !== 'staff' || ctx.config.staffSecondFactor === 'off') return { stage: 'none', expiresAt: null };
  const enrolled = !!(await enrolmentOf(ctx.database.db, user.id))?.confirmedAt;
  const grants = (await grantsOf(ctx.database.db, [user.id])).get(user.id) ?? [];
  if (!enrolled && !secondFactorRequired(ctx.config, { kind: 'staff', grants }))
    return { stage: 'none', expiresAt: null };
  return { stage: 'pending', expiresAt: new Date(ctx.now().getTime() + PENDING_SESSION_MINUTES * 60_000) };
}

/**
 * What the access hooks do with a session before the route's policy: `ok`; `anonymous` (a public
 * route answers a half session as it answers anyone); or `refuse` with AUTH_SECOND_FACTOR_REQUIRED.
 */
export function secondFactorGate(
  config: Config,
  session: { stage: SessionStage; actor: Actor },
  policy: Policy,
): 'ok' | 'anonymous' | 'refuse' {
  const blocked =
    session.stage === 'pending' || (session.stage === 'none' && secondFactorRequired(config, session.actor));
  if (!blocked || policy.secondFactorStep) return 'ok';
  return policy.allow === 'anyone' ? 'anonymous' : 'refuse';
}

export async function secondFactorSessionState(
  platform: Platform,
  actor: Actor,
  stage: SessionStage,
): Promise<SecondFactorSessionState> {
  if (actor.kind !== 'staff') return { state: 'none', enrolled: false, required: false };
  const row = await enrolmentOf(platform.database.db, actor.userId);
  return { state: stage, enrolled: !!row?.confirmedAt, required: secondFactorRequired(platform.config, actor) };
}

function lockedError(ctx: Ctx, lockedUntil: Date | null): AppError {
  const ms = (lockedUntil?.getTime() ?? ctx.now().getTime()) - ctx.now().getTime();
  return new AppError(SF.SECOND_FACTOR_LOCKED, { minutes: Math.max(1, Math.ceil(ms / 60_000)) });
}

/**
 * Counts an attempt before the code is checked, in one conditional UPDATE: concurrent guesses
 * queue on the row, so at most MAX_CODE_ATTEMPTS are ever checked before the lock. The attempt that
 * reaches the limit sets the lock; a lock ends by itself and the count then starts again.
 */
async function reserveAttempt(ctx: Ctx, userId: string): Promise<{ locksNow: boolean }> {
  const now = ctx.now();
  const nowSql = sql`${now.toISOString()}::timestamptz`;
  const lockEnd = new Date(now.getTime() + CODE_LOCK_MINUTES * 60_000).toISOString();
  const t = secondFactors;
  const next = sql`(case when ${t.lockedUntil} is not null and ${t.lockedUntil} <= ${nowSql} then 1 else ${t.failedAttempts} + 1 end)`;
  const [row] = await ctx.database.db
    .update(t)
    .set({
      failedAttempts: next,
      lockedUntil: sql`(case when ${next} >= ${MAX_CODE_ATTEMPTS} then ${lockEnd}::timestamptz else null end)`,
    })
    .where(and(eq(t.userId, userId), or(isNull(t.lockedUntil), lte(t.lockedUntil, now))))
    .returning({ lockedUntil: t.lockedUntil });
  if (!row) throw lockedError(ctx, (await enrolmentOf(ctx.database.db, userId))?.lockedUntil ?? null);
  return { locksNow: row.lockedUntil !== null };
}

/** Recovery codes: case, spaces and dashes do not matter. */
export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

export function recoveryCodeHash(ctx: Platform, code: string): string {
  return ctx.crypto.blindIndex(normalizeRecoveryCode(code), 'second-factor-recovery-code');
}

export type CodeInput = { code?: string | undefined; recoveryCode?: string | undefined };

/**
 * Checks a TOTP code (or a recovery code) of the user's enrolment, counting the attempt first and
 * accepting each time step once. `pendingEnrolment` checks the secret waiting for confirmation.
 * Wrong codes are audited and throw; a right one resets the count and says which kind it was.
 */
export async function checkSecondFactorCode(
  ctx: Ctx,
  userId: string,
  input: CodeInput,
  options: { pendingEnrolment?: boolean } = {},
): Promise<'totp' | 'recovery_code'> {
  const code = input.code?.replace(/\s/g, '');
  const recovery = input.recoveryCode;
  if ((code ? 1 : 0) + (recovery ? 1 : 0) !== 1 || (options.pendingEnrolment && !code))
    throw new AppError(SF.SECOND_FACTOR_CODE_MISSING);
  const row = await enrolmentOf(ctx.database.db, userId);
  if (options.pendingEnrolment ? !row || row.confirmedAt : !row?.confirmedAt) {
    throw new AppError(options.pendingEnrolment ? SF.SECOND_FACTOR_NOT_STARTED : SF.SECOND_FACTOR_NOT_ENROLLED);
  }
  const { locksNow } = await reserveAttempt(ctx, userId);
  const now = ctx.now();
  let failure: 'wrong' | 'replayed' | null = null;
  if (code) {
    const step = matchTotp(ctx.crypto.decrypt(row!.secretEnc, secretAad(userId)), code, now);
    if (step === null) failure = 'wrong';
    else {
      const t = secondFactors;
      const used = await ctx.database.db
        .update(t)
        .set({ lastUsedStep: step, failedAttempts: 0, lockedUntil: null })
        .where(and(eq(t.userId, userId), or(isNull(t.lastUsedStep), lt(t.lastUsedStep, step))))
        .returning({ userId: t.userId });
      if (used.length === 0) failure = 'replayed';
    }
  } else {
    const hash = recoveryCodeHash(ctx, recovery!);
    const spent = await ctx.database.db.transaction(async (tx) => {
      const rows = await tx
        .update(recoveryCodes)
        .set({ usedAt: now })
        .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hash), isNull(recoveryCodes.usedAt)))
        .returning({ id: recoveryCodes.id });
      if (rows.length > 0)
        await tx
          .update(secondFactors)
          .set({ failedAttempts: 0, lockedUntil: null })
          .where(eq(secondFactors.userId, userId));
      return rows.length > 0;
    });
    if (!spent) failure = 'wrong';
  }
  if (!failure) return code ? 'totp' : 'recovery_code';
  await transact(ctx, async (_tx, audit) => {
    audit.record({
      action: 'auth.second_factor.failed',
      targetType: 'user',
      targetId: userId,
      note: failure === 'replayed' ? 'code replayed' : code ? 'wrong code' : 'wrong recovery code',
    });
    if (locksNow)
      audit.record({
        action: 'auth.second_factor.locked',
        targetType: 'user',
        targetId: userId,
        note: `${CODE_LOCK_MINUTES} minutes`,
      });
  });
  if (locksNow) throw new AppError(SF.SECOND_FACTOR_LOCKED, { minutes: CODE_LOCK_MINUTES });
  throw new AppError(failure === 'replayed' ? SF.SECOND_FACTOR_CODE_USED : SF.SECOND_FACTOR_CODE_INVALID);
}

/**
 * Marks a session as having passed the second factor and gives it a new token and a new CSRF token
 * (neither the cookie nor the CSRF token that a password alone obtained carries over into a full
 * session: no fixation), with the full lifetime.
 */
export async function passSession(ctx: Ctx, tx: Tx, sessionId: string): Promise<{ token: string; expiresAt: Date }> {
  const token = ctx.crypto.randomToken(32);
  const expiresAt = new Date(ctx.now().getTime() + ctx.config.sessionAbsoluteHours * 3_600_000);
  await tx
    .update(sessions)
    .set({
      secondFactor: 'passed',
      tokenHash: ctx.crypto.sm3Hex(token),
      csrfToken: ctx.crypto.randomToken(24),
      expiresAt,
    })
    .where(eq(sessions.id, sessionId));
  return { token, expiresAt };
}

/** Which of these users have a confirmed enrolment (for the staff list). */
export async function enrolledAmong(db: Ctx['database']['db'] | Tx, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .select({ userId: secondFactors.userId })
    .from(secondFactors)
    .where(and(inArray(secondFactors.userId, userIds), isNotNull(secondFactors.confirmedAt)));
  return new Set(rows.map((r) => r.userId));
}
