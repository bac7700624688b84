import { randomInt } from 'node:crypto';
import type { VerificationPlan } from '@pfc/contracts';
import { eq } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client';
import { addWorkingDays, type Deadline, shanghaiToday } from '../../platform/calendar/service';
import type { Audit } from '../../platform/audit/transaction';
import type { Ctx } from '../../platform/context';
import { verificationTasks } from './tables';

export interface SignedCommitment {
  letterId: string;
  entryId: string;
  proofName: string;
  plan: VerificationPlan | null;
}

/** Sampling by share (双随机): 1 checks every letter, 0.3 about three in ten. */
export function drawn(share: number, roll: () => number = () => randomInt(1_000_000) / 1_000_000): boolean {
  return share >= 1 || (share > 0 && roll() < share);
}

/**
 * Due dates first, outside any transaction: the calendar may need to load. Counted from the day of
 * `at`, which createVerificationTasks stores as the tasks' creation time (the start of a recount).
 */
export async function verificationDueDates(
  ctx: Ctx,
  at: Date,
  commitments: SignedCommitment[],
): Promise<Map<string, Deadline>> {
  const today = shanghaiToday(at);
  const due = new Map<string, Deadline>();
  for (const c of commitments) {
    if (c.plan && c.plan.method !== 'exempt')
      due.set(c.letterId, await addWorkingDays(ctx, today, c.plan.timeLimitDays));
  }
  return due;
}

/**
 * 核查任务 for an approved application: one per signed commitment, with the method and working-day
 * limit of the entry's plan; exempt or unsampled letters get a task marked so, for the record.
 */
export async function createVerificationTasks(
  tx: Tx,
  audit: Audit,
  application: { id: string; unitId: string; regionCode: string },
  commitments: SignedCommitment[],
  at: Date,
  due: Map<string, Deadline>,
): Promise<number> {
  if (commitments.length === 0) return 0;
  const rows = commitments.map((c) => {
    const method = c.plan?.method ?? 'exempt';
    const sampled = method !== 'exempt' && drawn(c.plan?.samplingShare ?? 1);
    const deadline = sampled ? due.get(c.letterId) : undefined;
    return {
      applicationId: application.id,
      letterId: c.letterId,
      entryId: c.entryId,
      unitId: application.unitId,
      regionCode: application.regionCode,
      proofName: c.proofName,
      method,
      sampled,
      status: method === 'exempt' ? ('exempt' as const) : sampled ? ('pending' as const) : ('not_sampled' as const),
      due: deadline?.date ?? null,
      dueProvisional: deadline?.provisional ?? false,
      timeLimitDays: deadline ? (c.plan?.timeLimitDays ?? null) : null,
      createdAt: at,
    };
  });
  await tx.insert(verificationTasks).values(rows).onConflictDoNothing();
  audit.record({
    action: 'verification.tasks_created',
    targetType: 'application',
    targetId: application.id,
    after: {
      tasks: rows.map((r) => ({
        proof: r.proofName,
        method: r.method,
        status: r.status,
        due: r.due,
        provisional: r.dueProvisional,
      })),
    },
  });
  return rows.filter((r) => r.status === 'pending').length;
}

export async function tasksOf(db: Executor, applicationId: string) {
  return db.select().from(verificationTasks).where(eq(verificationTasks.applicationId, applicationId));
}
