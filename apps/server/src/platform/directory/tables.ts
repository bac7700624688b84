import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, smallint, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';

// The directory's tables. Every module's tables may reference them by foreign key; only the directory's
// read functions and org's region and unit use cases read or write them.

/** 行政区划: GB/T 2260 six-digit codes to county level, 9 digits for townships, 12 for villages. */
export const regions = pgTable(
  'regions',
  {
    code: varchar('code', { length: 12 }).primaryKey(),
    name: text('name').notNull(),
    /** 1 province · 2 city · 3 county/district · 4 township/street · 5 village/community */
    level: smallint('level').notNull(),
    parentCode: varchar('parent_code', { length: 12 }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('regions_parent').on(t.parentCode)],
);

/** 单位: departments, public-service companies, townships, villages and the special offices. */
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    regionCode: varchar('region_code', { length: 12 })
      .notNull()
      .references(() => regions.code),
    /** 统一社会信用代码 of the unit itself, when known. */
    creditCode: varchar('credit_code', { length: 18 }),
    /** 负责领导 */
    leaderName: text('leader_name'),
    leaderTitle: text('leader_title'),
    /** 联络员: a work contact, shown to staff only. */
    liaisonName: text('liaison_name'),
    liaisonPhone: text('liaison_phone'),
    archived: boolean('archived').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('units_region').on(t.regionCode),
    uniqueIndex('units_region_name').on(t.regionCode, t.name),
    uniqueIndex('units_credit_code').on(t.creditCode).where(sql`credit_code is not null`),
  ],
);
