import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { VerificationMethod } from '@pfc/contracts';
import { units } from '../../platform/directory/tables';

/**
 * 核查任务: made when an application with commitments is approved, from the entry's verification
 * plan (method, time limit in working days, sampling share). The verification module runs them.
 */
export const verificationTasks = pgTable(
  'verification_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id').notNull(),
    letterId: uuid('letter_id').notNull(),
    entryId: uuid('entry_id').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    regionCode: text('region_code').notNull(),
    proofName: text('proof_name').notNull(),
    method: text('method').$type<VerificationMethod>().notNull(),
    /** Drawn by the sampling share; unsampled letters keep a task marked so for the record. */
    sampled: boolean('sampled').notNull(),
    status: text('status').$type<'pending' | 'not_sampled' | 'exempt'>().notNull(),
    due: date('due', { mode: 'string' }),
    /** The due date was counted over a year without its official arrangement (暂定). */
    dueProvisional: boolean('due_provisional').notNull().default(false),
    /** The plan's working-day limit the due date was counted with (from the creation day), for a recount. */
    timeLimitDays: integer('time_limit_days'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('verification_tasks_letter').on(t.letterId),
    index('verification_tasks_unit').on(t.unitId, t.status, t.due),
    index('verification_tasks_provisional_due').on(t.id).where(sql`due_provisional`),
  ],
);
