import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import type {
  ApplicationEventAction,
  ApplicationStatus,
  Channel,
  LetterStatus,
  LetterText,
  ProofPath,
  VerificationPlan,
} from '@pfc/contracts';
import { regions, units } from '../../platform/directory/tables';
import { applicantIdColumn } from '../org';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/** Numbers of applications and letters: one sequence each, so numbers never repeat across servers. */
export const applicationNumbers = pgSequence('application_number_seq', { startWith: 1 });
export const letterNumbers = pgSequence('letter_number_seq', { startWith: 1 });

/** 办件: one application for one service item by one applicant. */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull(),
    status: text('status').$type<ApplicationStatus>().notNull().default('draft'),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    serviceItemId: uuid('service_item_id').notNull(),
    serviceItemName: text('service_item_name').notNull(),
    legalTimeLimitDays: integer('legal_time_limit_days').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    applicantId: applicantIdColumn('applicant_id').notNull(),
    channel: text('channel').$type<Channel>().notNull(),
    createdBy: uuid('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    acceptDue: date('accept_due', { mode: 'string' }),
    /** The acceptance deadline was counted over a year without its official arrangement (暂定). */
    acceptDueProvisional: boolean('accept_due_provisional').notNull().default(false),
    acceptedAt: timestamp('accepted_at', { withTimezone: true, mode: 'date' }),
    decisionDue: date('decision_due', { mode: 'string' }),
    /** The decision deadline was counted over a year without its official arrangement (暂定). */
    decisionDueProvisional: boolean('decision_due_provisional').notNull().default(false),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    decisionNote: text('decision_note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('applications_number').on(t.number),
    index('applications_applicant').on(t.applicantId, t.createdAt),
    index('applications_queue').on(t.regionCode, t.status),
    index('applications_unit').on(t.unitId, t.status),
    // Few rows at any time (those reaching a year without a notice): the recount and dashboard find them here.
    index('applications_provisional_due').on(t.id).where(sql`accept_due_provisional or decision_due_provisional`),
  ],
);

/** Each proof the service item needs, with the path the lists gave it and the applicant's choice. */
export const applicationProofs = pgTable(
  'application_proofs',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    entryId: uuid('entry_id').notNull(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    path: text('path').$type<ProofPath>().notNull(),
    choice: text('choice').$type<'commitment' | 'submit' | 'none'>().notNull(),
    fileId: uuid('file_id'),
    /** The entry's verification plan as published when the application was made. */
    verificationPlan: jsonb('verification_plan').$type<VerificationPlan | null>(),
  },
  (t) => [uniqueIndex('application_proofs_pk').on(t.applicationId, t.entryId)],
);

/**
 * 告知承诺书: the notification and the commitment for one proof of one application. The text is
 * frozen when the letter is made; signing adds the SM2 signature; a database trigger refuses any
 * change to a signed letter except marking it withdrawn (migration 0011).
 */
export const commitmentLetters = pgTable(
  'commitment_letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    entryId: uuid('entry_id').notNull(),
    applicantId: applicantIdColumn('applicant_id').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    proofName: text('proof_name').notNull(),
    text: jsonb('text').$type<LetterText>().notNull(),
    /** SM3 over the canonical JSON of `text`. */
    sm3: text('sm3').notNull(),
    disclosure: boolean('disclosure').notNull(),
    status: text('status').$type<LetterStatus>().notNull().default('unsigned'),
    signMethod: text('sign_method').$type<'electronic' | 'paper'>(),
    signedAt: timestamp('signed_at', { withTimezone: true, mode: 'date' }),
    signedBy: uuid('signed_by'),
    /** The exact bytes the platform signed: canonical JSON of number, text digest, applicant, time (and scan digest). */
    signedPayload: text('signed_payload'),
    signature: text('signature'),
    keyId: text('key_id'),
    scanFileId: uuid('scan_file_id'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, mode: 'date' }),
    withdrawReason: text('withdraw_reason').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('commitment_letters_number').on(t.number),
    uniqueIndex('commitment_letters_proof').on(t.applicationId, t.entryId),
    index('commitment_letters_disclosed')
      .on(t.regionCode, t.signedAt)
      .where(sql`${t.disclosure} and ${t.signedAt} is not null`),
  ],
);

/** Uploaded proofs and scans of paper letters. Content is checked by its magic bytes. */
export const applicationFiles = pgTable(
  'application_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sm3: text('sm3').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('application_files_application').on(t.applicationId)],
);

/** What happened to an application, for the applicant's timeline (the audit log keeps the full record). */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    action: text('action').$type<ApplicationEventAction>().notNull(),
    byName: text('by_name').notNull(),
    note: text('note').notNull().default(''),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('application_events_application').on(t.applicationId, t.at)],
);
