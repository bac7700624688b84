import { boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { CreditStatus } from '@pfc/contracts';
import { applicantIdColumn } from '../org';

/**
 * An applicant's credit standing as far as commitment is concerned (seed 001 四.12). Set by credit
 * officers for now; the credit module's records will feed it.
 */
export const creditStatuses = pgTable('credit_statuses', {
  applicantId: applicantIdColumn('applicant_id').primaryKey(),
  status: text('status').$type<CreditStatus>().notNull(),
  repaired: boolean('repaired').notNull().default(false),
  note: text('note').notNull().default(''),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
