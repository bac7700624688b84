import { bigint, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only audit log. Rows are chained with SM3 per chain: hash = SM3(prevHash ‖ canonical row).
 * Several chains let unrelated transactions append without waiting for each other; a trigger
 * (see migrations) refuses UPDATE, DELETE and TRUNCATE.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    chainId: integer('chain_id').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    actorRole: text('actor_role'),
    actorUnitId: uuid('actor_unit_id'),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    /** Canonical JSON of { before, after, note }: stored as the exact text that was hashed. */
    details: text('details').notNull(),
    requestId: text('request_id'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    unique('audit_events_chain_seq').on(t.chainId, t.seq),
    index('audit_events_target').on(t.targetType, t.targetId),
    index('audit_events_occurred').on(t.occurredAt),
    index('audit_events_actor').on(t.actorId),
  ],
);

export const auditChainHeads = pgTable('audit_chain_heads', {
  chainId: integer('chain_id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
  /**
   * HMAC-SM3 of (chain, seq, hash) under a key derived from DATA_KEY: someone with database access
   * but not the application's key cannot move a head to hide an appended or truncated tail.
   */
  seal: text('seal').notNull().default(''),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
