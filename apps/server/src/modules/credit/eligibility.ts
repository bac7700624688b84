import { eq } from 'drizzle-orm';
import {
  CREDIT_STATUSES,
  type CreditStatus,
  type CreditStatusInput,
  type CreditStatusView,
  type Eligibility,
} from '@pfc/contracts';
import type { Executor } from '../../db/client';
import { reachesRegion } from '../../platform/access/actor';
import { transact } from '../../platform/audit/transaction';
import type { Ctx } from '../../platform/context';
import { AppError, E } from '../../platform/http/errors';
import { applicantSummary } from '../org';
import { CREDIT_ROLES } from './policy';
import { creditStatuses } from './tables';

/**
 * Seed 001 四.12 / seed 004: an applicant with a serious bad-credit record or a past false
 * commitment may not use commitment until the record is repaired. Pure, so every caller agrees.
 */
export function eligibilityOf(
  row: { status: CreditStatus; repaired: boolean } | undefined,
  lang: 'zh' | 'en' = 'zh',
): Eligibility {
  if (!row || row.status === 'good' || row.repaired) return { eligible: true, reason: null };
  const what = CREDIT_STATUSES[row.status][lang];
  return {
    eligible: false,
    reason:
      lang === 'en'
        ? `${what}, not yet repaired: commitment does not apply; please submit the proofs.`
        : `${what}，尚未完成信用修复，不适用告知承诺，请提交证明材料。`,
  };
}

/** The eligibility check the applications module calls (inside its transaction). */
export async function commitmentEligibility(
  db: Executor,
  applicantId: string,
  lang: 'zh' | 'en' = 'zh',
): Promise<Eligibility> {
  const [row] = await db.select().from(creditStatuses).where(eq(creditStatuses.applicantId, applicantId));
  return eligibilityOf(row, lang);
}

async function applicantInScope(ctx: Ctx, applicantId: string) {
  const a = await applicantSummary(ctx.database.db, applicantId);
  // Applicants registered without a region are reachable by platform-wide officers only.
  if (!a || !reachesRegion(ctx.actor, CREDIT_ROLES, a.regionCode ?? ''))
    throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'applicant' : '申请人' });
}

export async function getCreditStatus(ctx: Ctx, applicantId: string): Promise<CreditStatusView> {
  await applicantInScope(ctx, applicantId);
  const [row] = await ctx.database.db.select().from(creditStatuses).where(eq(creditStatuses.applicantId, applicantId));
  return {
    applicantId,
    status: row?.status ?? 'good',
    repaired: row?.repaired ?? false,
    note: row?.note ?? '',
    updatedAt: row?.updatedAt.toISOString() ?? null,
    eligibility: eligibilityOf(row, ctx.lang),
  };
}

export async function setCreditStatus(
  ctx: Ctx,
  applicantId: string,
  input: CreditStatusInput,
): Promise<CreditStatusView> {
  await applicantInScope(ctx, applicantId);
  await transact(ctx, async (tx, audit) => {
    const [before] = await tx.select().from(creditStatuses).where(eq(creditStatuses.applicantId, applicantId));
    const values = {
      status: input.status,
      repaired: input.repaired,
      note: input.note.trim(),
      updatedBy: ctx.actor?.userId ?? null,
      updatedAt: ctx.now(),
    };
    await tx
      .insert(creditStatuses)
      .values({ applicantId, ...values })
      .onConflictDoUpdate({ target: creditStatuses.applicantId, set: values });
    audit.record({
      action: 'credit.status.set',
      targetType: 'applicant',
      targetId: applicantId,
      before: before ? { status: before.status, repaired: before.repaired } : null,
      after: { status: input.status, repaired: input.repaired, note: values.note },
    });
  });
  return getCreditStatus(ctx, applicantId);
}
