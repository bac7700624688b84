import { and, eq } from 'drizzle-orm';
import { LETTER_STATUSES, type LetterStatus } from '@pfc/contracts';
import type { Tx } from '../../db/client';
import { platformSigner } from '../../platform/crypto/platform-key';
import { transact } from '../../platform/audit/transaction';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/http/errors';
import { commitmentEligibility } from '../credit';
import { applicantSummary } from '../org';
import { actsForApplicant, isOwnerSide, notFound } from './access';
import { ApplicationErrors } from './errors';
import { storeFile, type Upload } from './files';
import { letterCanonical, signedPayload } from './letter-text';
import { loadView, readableApplication } from './read';
import { assertOpen } from './status';
import { applicationEvents, applicationProofs, commitmentLetters } from './tables';

/** A scanned A4 page is tens of kilobytes at least; a few bytes with the right magic number are not a signature. */
export const MIN_SCAN_BYTES = 8 * 1024;

const ACTIONS = { sign: { zh: '签署', en: 'sign' }, withdraw: { zh: '撤回', en: 'withdraw' } } as const;

async function letterOf(ctx: Ctx, tx: Tx, applicationId: string, letterId: string) {
  const app = await readableApplication(ctx, tx, applicationId, true);
  const [letter] = await tx
    .select()
    .from(commitmentLetters)
    .where(and(eq(commitmentLetters.id, letterId), eq(commitmentLetters.applicationId, app.id)));
  if (!letter) throw notFound(ctx);
  return { app, letter };
}

function expectStatus(
  ctx: Ctx,
  status: LetterStatus,
  wanted: readonly LetterStatus[],
  action: keyof typeof ACTIONS,
): void {
  if (!wanted.includes(status))
    throw new AppError(ApplicationErrors.LETTER_STATUS_INVALID, {
      status: LETTER_STATUSES[status][ctx.lang],
      action: ACTIONS[action][ctx.lang],
    });
}

/**
 * Signs a letter: the applicant confirms the digest of the text they read; the platform signs
 * (number, text digest, applicant, time, method) with its SM2 key. From then on the row is frozen
 * (a trigger refuses any change but withdrawal).
 */
async function sign(
  ctx: Ctx,
  tx: Tx,
  letter: typeof commitmentLetters.$inferSelect,
  method: 'electronic' | 'paper',
  scan: { id: string; sm3: string } | null,
) {
  // The credit file may have changed since the application was made.
  const eligibility = await commitmentEligibility(tx, letter.applicantId, ctx.lang);
  if (!eligibility.eligible) throw new AppError(ApplicationErrors.NOT_ELIGIBLE, { reason: eligibility.reason ?? '' });
  // The stored digest is recomputed, not trusted: a text altered in the database cannot be signed.
  if (ctx.crypto.sm3Hex(letterCanonical(letter.text)) !== letter.sm3)
    throw new AppError(ApplicationErrors.LETTER_TEXT_MISMATCH);
  const applicant = await applicantSummary(tx, letter.applicantId);
  const signedAt = ctx.now();
  const payload = signedPayload({
    number: letter.number,
    textSm3: letter.sm3,
    applicantId: letter.applicantId,
    applicantName: applicant!.name,
    signedAt: signedAt.toISOString(),
    method,
    scanSm3: scan?.sm3 ?? null,
  });
  const signer = platformSigner(ctx.config, ctx.crypto);
  const [row] = await tx
    .update(commitmentLetters)
    .set({
      status: 'signed',
      signMethod: method,
      signedAt,
      signedBy: ctx.actor!.userId,
      signedPayload: payload,
      signature: signer.sign(payload),
      keyId: signer.keyId,
      scanFileId: scan?.id ?? null,
    })
    .where(and(eq(commitmentLetters.id, letter.id), eq(commitmentLetters.status, 'unsigned')))
    .returning({ id: commitmentLetters.id });
  if (!row)
    throw new AppError(ApplicationErrors.LETTER_STATUS_INVALID, {
      status: LETTER_STATUSES.signed[ctx.lang],
      action: ACTIONS.sign[ctx.lang],
    });
  await tx.insert(applicationEvents).values({
    applicationId: letter.applicationId,
    action: method === 'electronic' ? 'letter_signed' : 'letter_scanned',
    byName: ctx.actor!.displayName,
    note: `${letter.proofName}（${letter.number}）`,
    at: signedAt,
  });
}

/** 电子签署, by the applicant themselves, against the digest of the text they read. */
export async function signLetter(ctx: Ctx, applicationId: string, letterId: string, sm3: string) {
  return transact(ctx, async (tx, audit) => {
    const { app, letter } = await letterOf(ctx, tx, applicationId, letterId);
    if (ctx.actor?.kind !== 'applicant' || ctx.actor.applicantId !== app.applicantId)
      throw new AppError(ApplicationErrors.SIGNER_NOT_APPLICANT);
    assertOpen(app.status, ACTIONS.sign[ctx.lang], ctx.lang);
    expectStatus(ctx, letter.status, ['unsigned'], 'sign');
    if (sm3 !== letter.sm3) throw new AppError(ApplicationErrors.LETTER_TEXT_MISMATCH);
    await sign(ctx, tx, letter, 'electronic', null);
    audit.record({
      action: 'application.letter_signed',
      targetType: 'commitment_letter',
      targetId: letter.id,
      after: { number: letter.number, sm3: letter.sm3, application: app.number },
    });
    return loadView(ctx, tx, app.id);
  });
}

/** 纸质签署: the clerk or proxy uploads the scan of the letter the applicant signed by hand. */
export async function uploadSignedScan(ctx: Ctx, applicationId: string, letterId: string, upload: Upload) {
  return transact(ctx, async (tx, audit) => {
    const { app, letter } = await letterOf(ctx, tx, applicationId, letterId);
    // Paper signing is for applications made at a counter or through a proxy, by the staff member
    // who made it and printed the letter: never a way round an applicant who applies online.
    if (ctx.actor?.kind !== 'staff' || app.channel === 'online' || !isOwnerSide(ctx, app)) throw notFound(ctx);
    assertOpen(app.status, ACTIONS.sign[ctx.lang], ctx.lang);
    expectStatus(ctx, letter.status, ['unsigned'], 'sign');
    if (upload.content.length < MIN_SCAN_BYTES) throw new AppError(ApplicationErrors.SCAN_TOO_SMALL);
    const scan = await storeFile(ctx, tx, app.id, upload);
    await sign(ctx, tx, letter, 'paper', scan);
    audit.record({
      action: 'application.letter_scanned',
      targetType: 'commitment_letter',
      targetId: letter.id,
      after: { number: letter.number, sm3: letter.sm3, scanSm3: scan.sm3 },
    });
    return loadView(ctx, tx, app.id);
  });
}

/**
 * 中途退出 (seed 004 §6): before the decision the applicant withdraws a commitment and submits the
 * proof instead. The letter is kept, marked withdrawn.
 */
export async function withdrawCommitment(ctx: Ctx, applicationId: string, entryId: string, reason: string) {
  return transact(ctx, async (tx, audit) => {
    const app = await readableApplication(ctx, tx, applicationId, true);
    if (!(await actsForApplicant(ctx, tx, app))) throw notFound(ctx);
    assertOpen(app.status, ACTIONS.withdraw[ctx.lang], ctx.lang);
    const [letter] = await tx
      .select()
      .from(commitmentLetters)
      .where(and(eq(commitmentLetters.applicationId, app.id), eq(commitmentLetters.entryId, entryId)));
    if (!letter) throw notFound(ctx);
    expectStatus(ctx, letter.status, ['unsigned', 'signed'], 'withdraw');
    const now = ctx.now();
    const [changed] = await tx
      .update(commitmentLetters)
      .set({ status: 'withdrawn', withdrawnAt: now, withdrawReason: reason.trim() })
      .where(and(eq(commitmentLetters.id, letter.id), eq(commitmentLetters.status, letter.status)))
      .returning({ id: commitmentLetters.id });
    if (!changed)
      throw new AppError(ApplicationErrors.LETTER_STATUS_INVALID, {
        status: LETTER_STATUSES.withdrawn[ctx.lang],
        action: ACTIONS.withdraw[ctx.lang],
      });
    await tx
      .update(applicationProofs)
      .set({ choice: 'submit' })
      .where(and(eq(applicationProofs.applicationId, app.id), eq(applicationProofs.entryId, entryId)));
    await tx.insert(applicationEvents).values({
      applicationId: app.id,
      action: 'commitment_withdrawn',
      byName: ctx.actor!.displayName,
      note: `${letter.proofName}：${reason.trim()}`,
      at: now,
    });
    audit.record({
      action: 'application.commitment_withdrawn',
      targetType: 'commitment_letter',
      targetId: letter.id,
      before: { status: letter.status },
      after: { status: 'withdrawn', reason: reason.trim() },
    });
    return loadView(ctx, tx, app.id);
  });
}
