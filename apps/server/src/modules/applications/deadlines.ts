import { and, count, eq, or, type SQL } from 'drizzle-orm';
import { emptyOutcome, recount, type ProvisionalDeadlines } from '../../platform/calendar/deadlines';
import { shanghaiToday } from '../../platform/calendar/service';
import { ACCEPT_WORKING_DAYS } from './handling';
import { applications } from './tables';

const provisional = or(eq(applications.acceptDueProvisional, true), eq(applications.decisionDueProvisional, true));

/**
 * The acceptance (5 working days from submission) and decision (the item's legal limit from
 * acceptance) deadlines, counted again from the day they started when the calendar changes.
 */
export const applicationDeadlines: ProvisionalDeadlines = {
  module: 'applications',
  async recompute(tx, calendar, audit) {
    const outcome = emptyOutcome();
    const rows = await tx.select().from(applications).where(provisional);
    for (const a of rows) {
      const set: Partial<typeof applications.$inferInsert> = {};
      // Only the deadline as it was read: a resubmission since (new start, new date) is left alone.
      const unchanged: SQL[] = [eq(applications.id, a.id)];
      if (a.acceptDueProvisional && a.acceptDue && a.submittedAt) {
        const due = recount(calendar, shanghaiToday(a.submittedAt), ACCEPT_WORKING_DAYS, a.acceptDue, outcome);
        Object.assign(set, { acceptDue: due.date, acceptDueProvisional: due.provisional });
        unchanged.push(eq(applications.acceptDue, a.acceptDue), eq(applications.submittedAt, a.submittedAt));
      }
      if (a.decisionDueProvisional && a.decisionDue && a.acceptedAt) {
        const due = recount(calendar, shanghaiToday(a.acceptedAt), a.legalTimeLimitDays, a.decisionDue, outcome);
        Object.assign(set, { decisionDue: due.date, decisionDueProvisional: due.provisional });
        unchanged.push(eq(applications.decisionDue, a.decisionDue), eq(applications.acceptedAt, a.acceptedAt));
      }
      if (Object.keys(set).length === 0) continue;
      const [row] = await tx
        .update(applications)
        .set(set)
        .where(and(...unchanged))
        .returning({ id: applications.id });
      const moved =
        (set.acceptDue !== undefined && set.acceptDue !== a.acceptDue) ||
        (set.decisionDue !== undefined && set.decisionDue !== a.decisionDue);
      if (row && moved) {
        audit.record({
          action: 'application.deadline_recomputed',
          targetType: 'application',
          targetId: a.id,
          before: {
            acceptDue: a.acceptDue,
            decisionDue: a.decisionDue,
            acceptDueProvisional: a.acceptDueProvisional,
            decisionDueProvisional: a.decisionDueProvisional,
          },
          after: {
            acceptDue: set.acceptDue ?? a.acceptDue,
            decisionDue: set.decisionDue ?? a.decisionDue,
            acceptDueProvisional: set.acceptDueProvisional ?? a.acceptDueProvisional,
            decisionDueProvisional: set.decisionDueProvisional ?? a.decisionDueProvisional,
          },
        });
      }
    }
    return outcome;
  },
  async countProvisional(db) {
    const [row] = await db.select({ n: count() }).from(applications).where(provisional);
    return row?.n ?? 0;
  },
};
