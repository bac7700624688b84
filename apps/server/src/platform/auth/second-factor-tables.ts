import { bigint, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './tables';

/**
 * A staff member's TOTP enrolment (第二因素). One row per user; `confirmedAt` null while the
 * enrolment waits for its first code. The secret is SM4 + HMAC-SM3 encrypted, bound to the user.
 */
export const secondFactors = pgTable('second_factors', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  secretEnc: text('secret_enc').notNull(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'date' }),
  /** The last time step accepted: a code is good once (replay refused), so only later steps pass. */
  lastUsedStep: bigint('last_used_step', { mode: 'number' }),
  /** Code attempts since the last success, counted before each check (atomic, like passwords). */
  failedAttempts: integer('failed_attempts').notNull().default(0),
  /** Set when the attempts ran out; ends by itself. */
  lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** One-time recovery codes (恢复码): HMAC-SM3 digests only; the codes are shown once. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, mode: 'date' }),
  },
  // Leads with user_id, so it also serves the per-user look-ups.
  (t) => [uniqueIndex('recovery_codes_hash').on(t.userId, t.codeHash)],
);
