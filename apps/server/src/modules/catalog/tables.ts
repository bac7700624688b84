import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import type {
  LegalBasis,
  ProofEntryInput,
  PublishedEntry,
  ServiceItemGuide,
  Substitute,
  VerificationPlan,
} from '@pfc/contracts';

/** What a published version keeps of each entry. */
export type EntrySnapshot = Omit<PublishedEntry, 'entryId' | 'lists' | 'source'>;
import { regions, units } from '../../platform/directory/tables';

/** 政务服务事项: what an office does for applicants, with its service guide (办事指南). */
export const serviceItems = pgTable(
  'service_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    applicationBased: boolean('application_based').notNull().default(true),
    guide: jsonb('guide').$type<ServiceItemGuide>().notNull(),
    archived: boolean('archived').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('service_items_region_code').on(t.regionCode, t.code), index('service_items_unit').on(t.unitId)],
);

/** 清理轮次: one clean-up of a region's proofs, with a due date per stage. */
export const cleanupRounds = pgTable(
  'cleanup_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    title: text('title').notNull(),
    stage: text('stage').notNull(),
    /** Due date (Asia/Shanghai calendar day) of each stage, keyed by stage name. */
    dueDates: jsonb('due_dates').$type<Record<string, string>>().notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('cleanup_rounds_region').on(t.regionCode)],
);

/** 证明事项: one proof a unit demands, from registration (附件4) through review to publication. */
export const proofEntries = pgTable(
  'proof_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    /** The unit that demands the proof (实施机关) and registers it. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    roundId: uuid('round_id').references(() => cleanupRounds.id),
    status: text('status').notNull().default('draft'),
    name: text('name').notNull(),
    aliases: jsonb('aliases').$type<string[]>().notNull().default([]),
    content: text('content').notNull().default(''),
    issuingUnitName: text('issuing_unit_name').notNull(),
    legalBasis: jsonb('legal_basis').$type<LegalBasis[]>().notNull().default([]),
    disposition: text('disposition').notNull(),
    cancelRule: smallint('cancel_rule'),
    cancelReason: text('cancel_reason').notNull().default(''),
    substitutes: jsonb('substitutes').$type<Substitute[]>().notNull().default([]),
    mustSubmitReason: text('must_submit_reason').notNull().default(''),
    commitmentExcluded: boolean('commitment_excluded').notNull().default(false),
    exclusionCategory: text('exclusion_category'),
    disclosure: boolean('disclosure').notNull().default(false),
    verificationPlan: jsonb('verification_plan').$type<VerificationPlan | null>(),
    remarks: text('remarks').notNull().default(''),
    /** Optimistic concurrency: every edit bumps it; an edit based on an old version is refused. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('proof_entries_unit').on(t.unitId),
    index('proof_entries_region_status').on(t.regionCode, t.status),
    // One live entry per unit and proof name: importing the same file twice changes nothing.
    uniqueIndex('proof_entries_unit_name').on(t.unitId, t.name).where(sql`status <> 'withdrawn'`),
  ],
);

/** Which service items need which proof. */
export const proofEntryItems = pgTable(
  'proof_entry_items',
  {
    entryId: uuid('entry_id')
      .notNull()
      .references(() => proofEntries.id, { onDelete: 'cascade' }),
    serviceItemId: uuid('service_item_id')
      .notNull()
      .references(() => serviceItems.id),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.serviceItemId] }), index('proof_entry_items_item').on(t.serviceItemId)],
);

/** Reviews and comments on an entry, by stage: the entry's timeline together with the audit log. */
export const entryReviews = pgTable(
  'entry_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => proofEntries.id, { onDelete: 'cascade' }),
    stage: text('stage').notNull(),
    decision: text('decision').notNull(),
    comment: text('comment').notNull().default(''),
    reviewerId: uuid('reviewer_id'),
    reviewerName: text('reviewer_name'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('entry_reviews_entry').on(t.entryId)],
);

/** 发布版本: an immutable snapshot of a region's retained, cancelled and commitment lists. */
export const listVersions = pgTable(
  'list_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    versionNo: integer('version_no').notNull(),
    documentNumber: text('document_number').notNull(),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    source: text('source').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }).notNull(),
    publishedBy: uuid('published_by'),
  },
  (t) => [uniqueIndex('list_versions_region_no').on(t.regionCode, t.versionNo)],
);

/** The entries of a published version, frozen as they were published. */
export const listVersionEntries = pgTable(
  'list_version_entries',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => listVersions.id),
    entryId: uuid('entry_id').notNull(),
    /** retained · cancelled · commitment (a retained entry replaceable by commitment is on both). */
    lists: jsonb('lists').$type<string[]>().notNull(),
    snapshot: jsonb('snapshot').$type<EntrySnapshot>().notNull(),
    /**
     * A 64-bit hash of lists and snapshot, kept by the database: comparing two versions entry by
     * entry reads 8 bytes a row instead of two whole snapshots (the search index re-reads only
     * what changed). A fingerprint for finding changes, not a security digest (letters use SM3);
     * jsonb's own hash, because it costs a fifth of an MD5 of the text when 100k rows are written.
     */
    digest: bigint('digest', { mode: 'bigint' })
      .notNull()
      .generatedAlwaysAs(sql`jsonb_hash_extended(lists, jsonb_hash_extended(snapshot, 0))`),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.entryId] }), index('list_version_entries_entry').on(t.entryId)],
);

/** 承接: a region adopts the lists of a region above it and adds its own. */
export const listAdoptions = pgTable(
  'list_adoptions',
  {
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    adoptsRegionCode: varchar('adopts_region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    documentNumber: text('document_number').notNull().default(''),
    adoptedAt: timestamp('adopted_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.adoptsRegionCode] })],
);

/** 征求意见: the public's comments on draft lists, including proofs still demanded but missing from them. */
export const consultationComments = pgTable(
  'consultation_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    entryId: uuid('entry_id').references(() => proofEntries.id),
    /** A proof that offices still demand but that neither list mentions. */
    missingProofName: text('missing_proof_name'),
    body: text('body').notNull(),
    /** Shown (masked) only when the commenter gave it; the contact is encrypted and never public. */
    authorName: text('author_name'),
    contactEnc: text('contact_enc'),
    status: text('status').$type<'pending' | 'published' | 'rejected'>().notNull().default('pending'),
    reply: text('reply').notNull().default(''),
    moderatedBy: uuid('moderated_by'),
    moderatedAt: timestamp('moderated_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('consultation_comments_region').on(t.regionCode, t.status)],
);

/** 动态调整 (seed 004 §3): a unit asks to add, change or remove a published entry. */
export const adjustmentRequests = pgTable(
  'adjustment_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind').$type<'add' | 'change' | 'remove'>().notNull(),
    entryId: uuid('entry_id').references(() => proofEntries.id),
    /** The entry as it should read after the change (add, change). */
    proposed: jsonb('proposed').$type<ProofEntryInput | null>(),
    reason: text('reason').notNull(),
    basis: text('basis').notNull().default(''),
    status: text('status').$type<'submitted' | 'approved' | 'rejected' | 'published'>().notNull().default('submitted'),
    reviewComment: text('review_comment').notNull().default(''),
    reviewedBy: uuid('reviewed_by'),
    versionId: uuid('version_id').references(() => listVersions.id),
    /** 逐级备案: due 7 working days after publication. */
    filingDue: date('filing_due', { mode: 'string' }),
    /** The filing deadline was counted over a year without its official arrangement (暂定). */
    filingDueProvisional: boolean('filing_due_provisional').notNull().default(false),
    filedAt: timestamp('filed_at', { withTimezone: true, mode: 'date' }),
    filingDocument: text('filing_document'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('adjustment_requests_region_status').on(t.regionCode, t.status),
    index('adjustment_requests_provisional_due').on(t.id).where(sql`filing_due_provisional`),
  ],
);
