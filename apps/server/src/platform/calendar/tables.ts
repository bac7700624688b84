import { date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A year the calendar holds: deadlines reaching a year without a row here fail loudly. */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  source: text('source').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

/** Special days only: holidays on weekdays or in a break, and make-up working days (调休). */
export const calendarDays = pgTable('calendar_days', {
  day: date('day', { mode: 'string' }).primaryKey(),
  kind: text('kind').$type<'holiday' | 'workday'>().notNull(),
  name: text('name').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

/** Deadlines that failed because their year is missing: shown on the admin dashboard until fixed. */
export const calendarGaps = pgTable('calendar_gaps', {
  year: integer('year').primaryKey(),
  firstSeenAt: timestamp('first_seen_at', { withTimezone: true, mode: 'date' }).notNull(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull(),
  occurrences: integer('occurrences').notNull().default(1),
  /** The date whose computation needed the missing year. */
  lastDate: date('last_date', { mode: 'string' }).notNull(),
});
