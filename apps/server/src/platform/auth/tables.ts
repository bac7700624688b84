import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { regions, units } from '../../modules/org/tables';


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
    failedLogins: integer('failed_logins').notNull().default(0),
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
    uniqueIndex('role_grants_unique').on(t.userId, t.role, sql`coalesce(${t.unitId}::text, '')`, sql`coalesce(${t.regionCode}, '')`),
  ],
);

