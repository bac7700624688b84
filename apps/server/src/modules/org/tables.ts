import { pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { regions } from '../../platform/directory/tables';

/** 申请人: natural persons (居民身份证) and legal persons (统一社会信用代码). */
export const applicants = pgTable(
  'applicants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<'natural' | 'legal'>().notNull(),
    name: text('name').notNull(),
    /** ID number or credit code, SM4-encrypted (natural persons) or plain (legal persons are public). */
    identifierEnc: text('identifier_enc').notNull(),
    /** HMAC-SM3 blind index of the identifier: uniqueness and look-up without decrypting. */
    identifierIndex: text('identifier_index').notNull(),
    identifierMasked: text('identifier_masked').notNull(),
    phoneEnc: text('phone_enc'),
    phoneMasked: text('phone_masked'),
    /** Legal persons: 法定代表人 */
    legalRepresentative: text('legal_representative'),
    regionCode: varchar('region_code', { length: 12 }).references(() => regions.code),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('applicants_identifier').on(t.identifierIndex)],
);

/** A column holding an applicant's id, by foreign key: how other modules' tables point at 申请人. */
export function applicantIdColumn(name: string) {
  return uuid(name).references(() => applicants.id);
}
