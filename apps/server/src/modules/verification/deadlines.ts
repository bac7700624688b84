import { and, count, eq } from 'drizzle-orm';
import { emptyOutcome, recount, type ProvisionalDeadlines } from '../../platform/calendar/deadlines';
import { shanghaiToday } from '../../platform/calendar/service';
import { verificationTasks } from './tables';

/** Verification due dates: the plan's working-day limit from the day the task was made (approval). */
export const verificationDeadlines: ProvisionalDeadlines = {
  module: 'verification',
  async recompute(tx, calendar, audit) {
    const outcome = emptyOutcome();
    const rows = await tx.select().from(verificationTasks).where(eq(verificationTasks.dueProvisional, true));
    for (const t of rows) {
      if (t.due === null || t.timeLimitDays === null) continue;
      const due = recount(calendar, shanghaiToday(t.createdAt), t.timeLimitDays, t.due, outcome);
      await tx
        .update(verificationTasks)
        .set({ due: due.date, dueProvisional: due.provisional })
        .where(and(eq(verificationTasks.id, t.id), eq(verificationTasks.due, t.due)));
      if (due.date !== t.due) {
        audit.record({
          action: 'verification.deadline_recomputed',
          targetType: 'verification_task',
          targetId: t.id,
          before: { due: t.due, provisional: true },
          after: { due: due.date, provisional: due.provisional },
        });
      }
    }
    return outcome;
  },
  async countProvisional(db) {
    const [row] = await db
      .select({ n: count() })
      .from(verificationTasks)
      .where(eq(verificationTasks.dueProvisional, true));
    return row?.n ?? 0;
  },
};
