/**
 * Read access to what is in force, for other modules (the public search keeps its own index of
 * it): the latest version of every region, the adoptions between regions, and a version's frozen
 * entries. Only published versions exist here — drafts never leave the catalogue module.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Executor, rowsOf } from '../../../db/client';
import { regionNameSql, unitNameSql } from '../../../platform/directory';
import { versionEntries } from './publication';
import { type EntrySnapshot, listAdoptions, listVersionEntries, listVersions, serviceItems } from '../tables';

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
      regionName: regionNameSql(listVersions.regionCode),
      versionNo: listVersions.versionNo,
      documentNumber: listVersions.documentNumber,
      effectiveDate: listVersions.effectiveDate,
      source: listVersions.source,
      publishedAt: listVersions.publishedAt,
    })
    .from(listVersions)
    .orderBy(listVersions.regionCode, sql`${listVersions.versionNo} desc`);
  return rows;
}

/** 承接 relations: which regions' lists apply in which region, besides its own. */
export async function adoptions(
  db: Executor,
): Promise<Array<{ regionCode: string; adoptsRegionCode: string; documentNumber: string }>> {
  return db
    .select({
      regionCode: listAdoptions.regionCode,
      adoptsRegionCode: listAdoptions.adoptsRegionCode,
      documentNumber: listAdoptions.documentNumber,
    })
    .from(listAdoptions);
}

/** A published entry as the search reads it. */
export type PublishedRow = ReturnType<typeof asEntry>;
const asEntry = (r: { entryId: string; lists: string[]; snapshot: EntrySnapshot }) => ({
  entryId: r.entryId,
  lists: r.lists,
  ...r.snapshot,
});

/** Entries per page when a whole version is handed over. */
const PAGE = 5000;

/**
 * The entries of one published version, exactly as frozen, in entry id order (the same on every
 * server), handed over a page at a time: one query (paging in the database would sort the rest of
 * a just-published version again for every page), with the rows turned into entries page by page,
 * so a reader that pauses between pages never holds the server's thread for a whole version.
 */
export async function* publishedEntryPages(
  db: Executor,
  versionId: string,
  pageSize = PAGE,
): AsyncGenerator<PublishedRow[]> {
  const rows = await versionEntries(db, versionId);
  for (let i = 0; i < rows.length; i += pageSize) yield rows.slice(i, i + pageSize).map(asEntry);
}

/**
 * How a version differs from an earlier one, by entry id (sorted): the entries that are new or
 * changed (lists or snapshot), and those that are gone; everything else is the same. Compared in
 * the database on the rows' digests, so a republication of 100,000 entries that changed a few is
 * known without reading the others. Undefined when more than `limit` entries differ (the caller
 * reads the version whole then): the comparison stops there.
 */
export async function publishedChangesSince(
  db: Executor,
  versionId: string,
  previousVersionId: string,
  limit: number,
): Promise<{ changed: string[]; removed: string[] } | undefined> {
  const res = await db.execute(sql`
    select entry_id as id, n.digest is null as removed
    from (select entry_id, digest from list_version_entries where version_id = ${versionId}) n
    full join (select entry_id, digest from list_version_entries where version_id = ${previousVersionId}) p using (entry_id)
    where n.digest is distinct from p.digest
    limit ${limit + 1}`);
  const rows = rowsOf<{ id: string; removed: boolean }>(res);
  if (rows.length > limit) return undefined;
  const changed: string[] = [];
  const removed: string[] = [];
  for (const r of rows) (r.removed ? removed : changed).push(r.id);
  // Lower-case UUID text sorts as the database sorts uuids (byte by byte).
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { changed: changed.sort(byId), removed: removed.sort(byId) };
}

/** Some entries of a version, in entry id order (the ids go as one JSON parameter: there may be tens of thousands). */
export async function publishedEntriesIn(db: Executor, versionId: string, entryIds: string[]): Promise<PublishedRow[]> {
  if (entryIds.length === 0) return [];
  const rows = await db
    .select({
      entryId: listVersionEntries.entryId,
      lists: listVersionEntries.lists,
      snapshot: listVersionEntries.snapshot,
    })
    .from(listVersionEntries)
    .where(
      and(
        eq(listVersionEntries.versionId, versionId),
        sql`${listVersionEntries.entryId} in (select jsonb_array_elements_text(${JSON.stringify(entryIds)}::jsonb)::uuid)`,
      ),
    )
    .orderBy(listVersionEntries.entryId);
  return rows.map(asEntry);
}

/** The latest versions (of any region) that contain an entry: lets the search tell "not indexed yet" from "not in force". */
export async function latestVersionsWith(db: Executor, entryId: string): Promise<string[]> {
  const res = await db.execute(sql`
    select lve.version_id as id from list_version_entries lve
    join (select distinct on (region_code) id from list_versions order by region_code, version_no desc) lv on lv.id = lve.version_id
    where lve.entry_id = ${entryId}`);
  return rowsOf<{ id: string }>(res).map((r) => r.id);
}

/** What an application needs to know of service items: handling unit and legal time limit. */
export async function serviceItemFacts(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: serviceItems.id,
      name: serviceItems.name,
      code: serviceItems.code,
      unitId: serviceItems.unitId,
      unitName: unitNameSql(serviceItems.unitId),
      regionCode: serviceItems.regionCode,
      legalTimeLimitDays: sql<number>`(${serviceItems.guide}->>'legalTimeLimitDays')::int`,
      archived: serviceItems.archived,
    })
    .from(serviceItems)
    .where(inArray(serviceItems.id, ids));
}
