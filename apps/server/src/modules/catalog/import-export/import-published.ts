import { and, eq, sql } from 'drizzle-orm';
import type { ProofEntryInput } from '@pfc/contracts';
import { reachesRegion } from '../../../platform/access/actor';
import { transact } from '../../../platform/audit/transaction';
import type { Ctx } from '../../../platform/context';
import { AppError, E } from '../../../platform/http/errors';
import { unitsInRegion } from '../../../platform/directory';
import { quote } from '../excel';
import { writeVersion } from '../publication/publication';
import { LEADERSHIP } from '../policy';
import { listVersions, proofEntries, proofEntryItems } from '../tables';
import { type ImportProblem, itemsByName, parseUpload, rowToEntry, serviceItemMatcher } from './import';

/**
 * Loads a list published before the platform (seed 002 §三.4: earlier batches stay in force and
 * go into the lookup database) straight into a published version of the region. 实施机关 names
 * the unit; the same document imported twice gives back the version it made the first time.
 */
export async function importPublished(
  ctx: Ctx,
  regionCode: string,
  buffer: Buffer,
  meta: { documentNumber: string; effectiveDate: string },
) {
  if (!reachesRegion(ctx.actor, LEADERSHIP, regionCode))
    throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'region' : '区划' });
  const report = await parseUpload(ctx, buffer, 'published');
  return transact(ctx, async (tx, audit) => {
    const [already] = await tx
      .select()
      .from(listVersions)
      .where(
        and(
          eq(listVersions.regionCode, regionCode),
          eq(listVersions.documentNumber, meta.documentNumber),
          eq(listVersions.source, 'import'),
        ),
      );
    if (already)
      return {
        versionId: already.id,
        versionNo: already.versionNo,
        imported: 0,
        problems: [] as ImportProblem[],
        alreadyImported: true,
      };
    const problems: ImportProblem[] = report.errors.map((e) => ({
      rowNumber: e.rowNumber,
      column: e.column,
      message: e.message,
    }));
    const regionUnits = await unitsInRegion(tx, regionCode);
    const unitByName = new Map(regionUnits.map((u) => [u.name, u.id]));
    const match = serviceItemMatcher(await itemsByName(tx, regionCode));
    const ready: Array<{ unitId: string; entry: ProofEntryInput }> = [];
    for (const row of report.rows) {
      const unitId = unitByName.get(row.implementingUnitName);
      if (!unitId) {
        problems.push({
          rowNumber: row.rowNumber,
          column: '实施机关',
          message: `实施机关“${quote(row.implementingUnitName)}”不是本区划已登记的单位，请先在组织机构中登记或核对名称`,
        });
        continue;
      }
      // Historical lists name service items that may not be registered yet: keep the names in the remarks.
      const { ids, unknown } = match(row.serviceItemNames);
      const entry = rowToEntry(row, ids);
      if (unknown.length) entry.remarks = [entry.remarks, `办理事项：${unknown.join('、')}`].filter(Boolean).join('；');
      ready.push({ unitId, entry });
    }
    if (problems.length > 0)
      return {
        versionId: null,
        versionNo: null,
        imported: 0,
        problems: problems.sort((a, b) => a.rowNumber - b.rowNumber),
        alreadyImported: false,
      };
    for (const { unitId, entry } of ready) {
      const { serviceItemIds, ...columns } = entry;
      const [row] = await tx
        .insert(proofEntries)
        .values({ ...columns, unitId, regionCode, status: 'published' })
        .onConflictDoUpdate({
          target: [proofEntries.unitId, proofEntries.name],
          targetWhere: sql`status <> 'withdrawn'`,
          set: { ...columns, status: 'published', updatedAt: ctx.now() },
        })
        .returning({ id: proofEntries.id });
      await tx.delete(proofEntryItems).where(eq(proofEntryItems.entryId, row!.id));
      if (serviceItemIds.length)
        await tx
          .insert(proofEntryItems)
          .values([...new Set(serviceItemIds)].map((s) => ({ entryId: row!.id, serviceItemId: s })));
    }
    const version = await writeVersion(ctx, tx, regionCode, { ...meta, source: 'import' });
    audit.record({
      action: 'catalog.lists.imported',
      targetType: 'list_version',
      targetId: version.id,
      after: { regionCode, documentNumber: meta.documentNumber, effectiveDate: meta.effectiveDate, rows: ready.length },
    });
    return {
      versionId: version.id,
      versionNo: version.versionNo,
      imported: ready.length,
      problems,
      alreadyImported: false,
    };
  });
}
