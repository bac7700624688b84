import { and, count, eq } from 'drizzle-orm';
import { emptyOutcome, recount, type ProvisionalDeadlines } from '../../../platform/calendar/deadlines';
import { shanghaiToday } from '../../../platform/calendar/service';
import { reschedule } from '../../../platform/jobs';
import { FILING_WORKING_DAYS, filingJobKey, filingJobRunAt } from './adjustments';
import { adjustmentRequests, listVersions } from '../tables';

/**
 * 逐级备案 deadlines: 7 working days from the day the adjustments were published (the version's
 * publication time); the version's overdue job moves with its deadline.
 */
export const adjustmentDeadlines: ProvisionalDeadlines = {
  module: 'catalog',
  async recompute(tx, calendar, audit) {
    const outcome = emptyOutcome();
    const rows = await tx
      .select({
        id: adjustmentRequests.id,
        versionId: adjustmentRequests.versionId,
        filingDue: adjustmentRequests.filingDue,
        publishedAt: listVersions.publishedAt,
      })
      .from(adjustmentRequests)
      .innerJoin(listVersions, eq(listVersions.id, adjustmentRequests.versionId))
      .where(eq(adjustmentRequests.filingDueProvisional, true));
    const versions = new Map<string, string>();
    for (const r of rows) {
      if (!r.filingDue || !r.versionId) continue;
      const due = recount(calendar, shanghaiToday(r.publishedAt), FILING_WORKING_DAYS, r.filingDue, outcome);
      await tx
        .update(adjustmentRequests)
        .set({ filingDue: due.date, filingDueProvisional: due.provisional })
        .where(and(eq(adjustmentRequests.id, r.id), eq(adjustmentRequests.filingDue, r.filingDue)));
      if (due.date !== r.filingDue) {
        versions.set(r.versionId, due.date);
        audit.record({
          action: 'catalog.adjustment.deadline_recomputed',
          targetType: 'adjustment',
          targetId: r.id,
          before: { filingDue: r.filingDue, provisional: true },
          after: { filingDue: due.date, provisional: due.provisional },
        });
      }
    }
    for (const [versionId, date] of versions) await reschedule(tx, filingJobKey(versionId), filingJobRunAt(date));
    return outcome;
  },
  async countProvisional(db) {
    const [row] = await db
      .select({ n: count() })
      .from(adjustmentRequests)
      .where(eq(adjustmentRequests.filingDueProvisional, true));
    return row?.n ?? 0;
  },
};
