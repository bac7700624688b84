import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { regions, units } from '../directory/tables';

/** Server-side sessions, so app servers stay stateless and sign-out revokes at once. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** SM3 of the cookie token: a leaked table does not yield usable cookies. */
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
    ip: text('ip'),
    userAgent: text('user_agent'),
    /** none: not asked; pending: password only, reaches the code step alone; passed: code given. */
    secondFactor: text('second_factor').$type<'none' | 'pending' | 'passed'>().notNull().default('none'),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/** Everyone who signs in: staff and applicants. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-case; unique. */
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    kind: text('kind').$type<'staff' | 'applicant'>().notNull(),
    /** The staff member's own unit (for display); access comes from role grants. */
    unitId: uuid('unit_id').references(() => units.id),
    applicantId: uuid('applicant_id'),
    passwordHash: text('password_hash').notNull(),
    /**
     * Until when failed sign-ins from all addresses together keep this account out (set by the
     * sign-in limits for the staff list; the limits themselves live in sign_in_attempts).
     */
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
    disabled: boolean('disabled').notNull().default(false),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_username').on(t.username), index('users_unit').on(t.unitId)],
);

/** A role held at one unit, or over a region (and everything below it). */
export const roleGrants = pgTable(
  'role_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    unitId: uuid('unit_id').references(() => units.id),
    regionCode: varchar('region_code', { length: 12 }).references(() => regions.code),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('role_grants_user').on(t.userId),
    uniqueIndex('role_grants_unique').on(
      t.userId,
      t.role,
      sql`coalesce(${t.unitId}::text, '')`,
      sql`coalesce(${t.regionCode}, '')`,
    ),
  ],
);

/**
 * Failed sign-in attempts of the last hour, and those still being checked: the sliding windows of
 * the sign-in limits (sign-in-limits.ts), shared by every app server. No user name is stored, only
 * its blind index, since a user name may be an ID or phone number. Pruned as attempts come in.
 */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** HMAC-SM3 blind index of the user name as looked up (trimmed, lower-case), known or not. */
    accountKey: text('account_key').notNull(),
    /** The client address; an IPv6 client counts by its /64 network, which one subscriber holds. */
    address: text('address').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('sign_in_attempts_account').on(t.accountKey, t.at),
    index('sign_in_attempts_address').on(t.address, t.at),
    index('sign_in_attempts_at').on(t.at),
  ],
);
