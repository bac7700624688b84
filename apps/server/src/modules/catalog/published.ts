/**
 * Read access to what is in force, for other modules (the public search keeps its own index of
 * it): the latest version of every region, the adoptions between regions, and a version's frozen
 * entries. Only published versions exist here — drafts never leave the catalogue module.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { regions, units } from '../org';
import { type EntrySnapshot, listAdoptions, listVersionEntries, listVersions, serviceItems } from './tables';
import { versionEntries } from './publication';

export interface LatestVersion {
  id: string;
  regionCode: string;
  regionName: string;
  versionNo: number;
  documentNumber: string;
  effectiveDate: string;
  source: string;
  publishedAt: Date;
}

/** The newest version of each region that has published lists. */
export async function latestVersions(db: Executor): Promise<LatestVersion[]> {
  const rows = await db
    .selectDistinctOn([listVersions.regionCode], {
      id: listVersions.id,
      regionCode: listVersions.regionCode,
      regionName: regions.name,
      versionNo: listVersions.versionNo,
      documentNumber: listVersions.documentNumber,
      effectiveDate: listVersions.effectiveDate,
      source: listVersions.source,
      publishedAt: listVersions.publishedAt,
    })
    .from(listVersions)
    .innerJoin(regions, sql`${regions.code} = ${listVersions.regionCode}`)
    .orderBy(listVersions.regionCode, sql`${listVersions.versionNo} desc`);
  return rows;
}

/** 承接 relations: which regions' lists apply in which region, besides its own. */
export async function adoptions(db: Executor): Promise<Array<{ regionCode: string; adoptsRegionCode: string; documentNumber: string }>> {
  return db.select({ regionCode: listAdoptions.regionCode, adoptsRegionCode: listAdoptions.adoptsRegionCode, documentNumber: listAdoptions.documentNumber }).from(listAdoptions);
}

/** The entries of one published version, exactly as frozen. */
export async function publishedEntriesOf(db: Executor, versionId: string) {
  const rows = await versionEntries(db, versionId);
  return rows.map((r) => ({ entryId: r.entryId, lists: r.lists, ...r.snapshot }));
}

/**
 * The entries of a version, with their snapshot only where it differs from the same entry in
 * `previousVersionId` (null: unchanged). A republication mostly repeats the previous version;
 * the search index reuses what it already parsed instead of reading every snapshot again.
 */
export async function publishedEntriesSince(db: Executor, versionId: string, previousVersionId: string) {
  const previous = alias(listVersionEntries, 'previous');
  return db
    .select({
      entryId: listVersionEntries.entryId,
      lists: listVersionEntries.lists,
      snapshot: sql<EntrySnapshot | null>`case when ${previous.snapshot} = ${listVersionEntries.snapshot} then null else ${listVersionEntries.snapshot} end`,
    })
    .from(listVersionEntries)
    .leftJoin(previous, and(eq(previous.versionId, previousVersionId), eq(previous.entryId, listVersionEntries.entryId)))
    .where(eq(listVersionEntries.versionId, versionId));
}

/** The latest versions (of any region) that contain an entry: lets the search tell "not indexed yet" from "not in force". */
export async function latestVersionsWith(db: Executor, entryId: string): Promise<string[]> {
  const res = await db.execute(sql`
    select lve.version_id as id from list_version_entries lve
    join (select distinct on (region_code) id from list_versions order by region_code, version_no desc) lv on lv.id = lve.version_id
    where lve.entry_id = ${entryId}`);
  return (res as unknown as { rows: Array<{ id: string }> }).rows.map((r) => r.id);
}

/** What an application needs to know of service items: handling unit and legal time limit. */
export async function serviceItemFacts(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: serviceItems.id, name: serviceItems.name, code: serviceItems.code, unitId: serviceItems.unitId, unitName: units.name, regionCode: serviceItems.regionCode, legalTimeLimitDays: sql<number>`(${serviceItems.guide}->>'legalTimeLimitDays')::int`, archived: serviceItems.archived })
    .from(serviceItems)
    .innerJoin(units, eq(units.id, serviceItems.unitId))
    .where(inArray(serviceItems.id, ids));
}
