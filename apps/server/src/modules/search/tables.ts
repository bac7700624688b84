import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Synonym groups admins add to the built-in ones (synonyms-data.ts): phrases people use for the
 * same proof (低保 = 最低生活保障, 良民证 = 无犯罪记录证明). A change reaches every app server's
 * index through NOTIFY pfc_search (see the migration's triggers).
 */
export const searchSynonyms = pgTable(
  'search_synonyms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    terms: jsonb('terms').$type<string[]>().notNull(),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('search_synonyms_created').on(t.createdAt)],
);
