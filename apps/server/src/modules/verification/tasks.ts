import type { VerificationPlan } from '@pfc/contracts';
import { eq } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client';
import { addWorkingDays, type Deadline, shanghaiToday } from '../../platform/calendar/service';
import type { Audit } from '../../platform/audit/transaction';
import type { Ctx } from '../../platform/context';
import { dueDateDays, taskOutcome } from './rules';
import { verificationTasks } from './tables';

export interface SignedCommitment {
  letterId: string;
  entryId: string;
  proofName: string;
  plan: VerificationPlan | null;
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
    const days = dueDateDays(c.plan);
    if (days !== null) due.set(c.letterId, await addWorkingDays(ctx, today, days));
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
    const { method, sampled, status, timeLimitDays } = taskOutcome(c.plan);
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
      status,
      due: deadline?.date ?? null,
      dueProvisional: deadline?.provisional ?? false,
      timeLimitDays: deadline ? timeLimitDays : null,
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
