import { and, eq, isNull, sql } from 'drizzle-orm';
import type { SecondFactorEnrolment, SecondFactorStatus } from '@pfc/contracts';
import type { Tx } from '../../db/client';
import type { Actor } from '../access/actor';
import { transact } from '../audit/transaction';
import type { Ctx } from '../context';
import { AppError, E } from '../http/errors';
import { SecondFactorErrors as SF } from './errors';
import { revokeSessionsOf } from './accounts';
import {
  type CodeInput,
  checkSecondFactorCode,
  enrolmentOf,
  passSession,
  recoveryCodeHash,
  secondFactorRequired,
  secretAad,
  type SessionStage,
} from './second-factor';
import { recoveryCodes, secondFactors } from './second-factor-tables';
import { sessions } from './tables';
import { base32Encode, otpauthUri } from './totp';

export const TOTP_ISSUER = '无证明城市';
export const RECOVERY_CODE_COUNT = 10;

function staffActor(ctx: Ctx): Actor {
  const actor = ctx.actor;
  if (!actor) throw new AppError(E.UNAUTHENTICATED);
  if (actor.kind !== 'staff') throw new AppError(E.FORBIDDEN);
  return actor;
}

export async function secondFactorStatus(ctx: Ctx): Promise<SecondFactorStatus> {
  const actor = staffActor(ctx);
  const row = await enrolmentOf(ctx.database.db, actor.userId);
  const [left] = await ctx.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, actor.userId), isNull(recoveryCodes.usedAt)));
  return {
    enrolled: !!row?.confirmedAt,
    required: secondFactorRequired(ctx.config, actor),
    enrolledAt: row?.confirmedAt?.toISOString() ?? null,
    recoveryCodesLeft: row?.confirmedAt ? (left?.n ?? 0) : 0,
  };
}

/**
 * Writes a new (unconfirmed, or for the demo confirmed) secret. The attempt count and lock of an
 * earlier row are kept: starting over must not reset the guessing limit.
 */
async function storeSecret(ctx: Ctx, tx: Tx, userId: string, secret: Buffer, confirmedAt: Date | null): Promise<void> {
  const secretEnc = ctx.crypto.encrypt(secret, secretAad(userId));
  await tx
    .insert(secondFactors)
    .values({ userId, secretEnc, confirmedAt, createdAt: ctx.now() })
    .onConflictDoUpdate({
      target: secondFactors.userId,
      set: { secretEnc, confirmedAt, lastUsedStep: null, createdAt: ctx.now() },
    });
}

/** Step 1 of enrolment: a fresh 160-bit secret (RFC 4226's recommended length) shown as QR and text. */
export async function startEnrolment(ctx: Ctx): Promise<SecondFactorEnrolment> {
  const actor = staffActor(ctx);
  const secret = Buffer.from(ctx.crypto.randomToken(20), 'base64url');
  await ctx.database.db.transaction(async (tx) => {
    // Locks the row, so two concurrent starts cannot overwrite a confirmation between them.
    const [row] = await tx.select().from(secondFactors).where(eq(secondFactors.userId, actor.userId)).for('update');
    if (row?.confirmedAt) throw new AppError(SF.SECOND_FACTOR_ALREADY_ENROLLED);
    await storeSecret(ctx, tx, actor.userId, secret, null);
  });
  const secretB32 = base32Encode(secret);
  return {
    secret: secretB32,
    otpauthUri: otpauthUri(TOTP_ISSUER, actor.username, secretB32),
    issuer: TOTP_ISSUER,
    account: actor.username,
  };
}

function newRecoveryCode(ctx: Ctx): string {
  // 10 base32 characters: 50 bits, with the attempt limit far beyond guessing.
  const raw = base32Encode(Buffer.from(ctx.crypto.randomToken(16), 'base64url'))
    .toLowerCase()
    .slice(0, 10);
  return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}

/**
 * Step 2: the first code proves the app holds the secret. The enrolment is confirmed, ten recovery
 * codes are made (returned this once, stored as HMAC-SM3 digests), and this session counts as
 * having passed the second factor.
 */
export async function confirmEnrolment(
  ctx: Ctx,
  code: string,
): Promise<{ recoveryCodes: string[]; session: { token: string; expiresAt: Date } }> {
  const actor = staffActor(ctx);
  await checkSecondFactorCode(ctx, actor.userId, { code }, { pendingEnrolment: true });
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => newRecoveryCode(ctx));
  return transact(ctx, async (tx, audit) => {
    const confirmed = await tx
      .update(secondFactors)
      .set({ confirmedAt: ctx.now() })
      .where(and(eq(secondFactors.userId, actor.userId), isNull(secondFactors.confirmedAt)))
      .returning({ userId: secondFactors.userId });
    if (confirmed.length === 0) throw new AppError(SF.SECOND_FACTOR_NOT_STARTED);
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, actor.userId));
    await tx
      .insert(recoveryCodes)
      .values(codes.map((c) => ({ userId: actor.userId, codeHash: recoveryCodeHash(ctx, c) })));
    const session = await passSession(ctx, tx, actor.sessionId);
    audit.record({
      action: 'auth.second_factor.enrolled',
      targetType: 'user',
      targetId: actor.userId,
      note: `TOTP, ${RECOVERY_CODE_COUNT} recovery codes`,
    });
    return { recoveryCodes: codes, session };
  });
}

/** The code step of sign-in: a half session becomes a full one. */
export async function completeSignIn(
  ctx: Ctx,
  stage: SessionStage,
  input: CodeInput,
): Promise<{ token: string; expiresAt: Date }> {
  const actor = staffActor(ctx);
  const method = await checkSecondFactorCode(ctx, actor.userId, input);
  return transact(ctx, async (tx, audit) => {
    const session = await passSession(ctx, tx, actor.sessionId);
    audit.record({
      action: 'auth.second_factor.passed',
      targetType: 'session',
      targetId: actor.sessionId,
      note: `${method}${stage === 'passed' ? ' (again)' : ''}`,
    });
    return session;
  });
}

/** An optional user turns the factor off, proving possession with a code first. */
export async function disableSecondFactor(ctx: Ctx, input: CodeInput): Promise<void> {
  const actor = staffActor(ctx);
  if (secondFactorRequired(ctx.config, actor)) throw new AppError(SF.SECOND_FACTOR_REQUIRED_FOR_ROLE);
  await checkSecondFactorCode(ctx, actor.userId, input);
  await transact(ctx, async (tx, audit) => {
    await removeEnrolment(tx, actor.userId);
    await tx.update(sessions).set({ secondFactor: 'none' }).where(eq(sessions.id, actor.sessionId));
    audit.record({ action: 'auth.second_factor.disabled', targetType: 'user', targetId: actor.userId });
  });
}

async function removeEnrolment(tx: Tx, userId: string): Promise<boolean> {
  const removed = await tx
    .delete(secondFactors)
    .where(eq(secondFactors.userId, userId))
    .returning({ userId: secondFactors.userId });
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  return removed.length > 0;
}

/**
 * Another administrator clears a staff member's enrolment (lost phone) and ends their sessions; at
 * the next sign-in a required role enrols again. The caller has checked scope; self is refused here
 * so no route can forget it. Runs inside the caller's transaction, which records its audit event.
 */
export async function resetSecondFactorOf(ctx: Ctx, tx: Tx, userId: string): Promise<{ hadEnrolment: boolean }> {
  if (ctx.actor?.userId === userId) throw new AppError(SF.SECOND_FACTOR_RESET_SELF);
  const hadEnrolment = await removeEnrolment(tx, userId);
  await revokeSessionsOf(tx, userId, ctx.now());
  return { hadEnrolment };
}

/** The demo city's staff come enrolled with a secret printed at start (never for real accounts). */
export async function enrolWithKnownSecret(ctx: Ctx, userId: string, secret: Buffer, note: string): Promise<void> {
  await transact(ctx, async (tx, audit) => {
    await storeSecret(ctx, tx, userId, secret, ctx.now());
    audit.record({ action: 'auth.second_factor.enrolled', targetType: 'user', targetId: userId, note });
  });
}
