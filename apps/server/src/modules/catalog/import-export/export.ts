import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { reachesUnit } from '../../../platform/access/actor';
import type { Ctx } from '../../../platform/context';
import { AppError, E } from '../../../platform/http/errors';
import { unitById } from '../../../platform/directory';
import { itemIdsOf } from '../entries/entries';
import { type ExportRow, exportInventory } from '../excel';
import { ENTRY_READERS } from '../policy';
import { versionWithEntries } from '../publication/versions';
import { proofEntries, serviceItems } from '../tables';

/** A unit's whole inventory as an attachment-4 workbook. */
export async function exportUnitInventory(ctx: Ctx, unitId: string): Promise<{ filename: string; body: Buffer }> {
  const db = ctx.database.db;
  const unit = await unitById(db, unitId);
  if (!unit || !reachesUnit(ctx.actor, ENTRY_READERS, unit))
    throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'unit' : '单位' });
  const entries = await db
    .select()
    .from(proofEntries)
    .where(and(eq(proofEntries.unitId, unitId), ne(proofEntries.status, 'withdrawn')))
    .orderBy(asc(proofEntries.name));
  const links = await itemIdsOf(
    db,
    entries.map((e) => e.id),
  );
  const ids = [...new Set([...links.values()].flat())];
  const names = new Map(
    (ids.length
      ? await db
          .select({ id: serviceItems.id, name: serviceItems.name })
          .from(serviceItems)
          .where(inArray(serviceItems.id, ids))
      : []
    ).map((i) => [i.id, i.name]),
  );
  const rows: ExportRow[] = entries.map((e, i) => ({
    seq: i + 1,
    name: e.name,
    serviceItemNames: (links.get(e.id) ?? []).map((id) => names.get(id) ?? ''),
    legalBasis: e.legalBasis,
    issuingUnitName: e.issuingUnitName,
    implementingUnitName: unit.name,
    disposition: e.disposition as 'retain' | 'cancel',
    cancelReason: e.cancelReason,
    substitutes: e.substitutes,
    verificationMethod: e.verificationPlan?.method ?? null,
    remarks: e.remarks,
  }));
  const body = await exportInventory(rows, {
    title: `${unit.name}要求行政相对人或服务对象提供的证明材料汇总表`,
    sheetName: '证明材料汇总表',
  });
  return { filename: `${unit.name}-证明材料汇总表.xlsx`, body };
}

const LIST_TITLES = {
  retained: '证明事项保留清单',
  cancelled: '证明事项取消清单',
  commitment: '证明事项告知承诺制清单',
} as const;

/** One published version (optionally one of its three lists) as a workbook anyone may download. */
export async function exportVersion(
  ctx: Ctx,
  versionId: string,
  list?: keyof typeof LIST_TITLES,
): Promise<{ filename: string; body: Buffer }> {
  const { version, entries } = await versionWithEntries(ctx, versionId);
  const chosen = list ? entries.filter((e) => e.lists.includes(list)) : entries;
  const rows: ExportRow[] = chosen.map((e, i) => ({
    seq: i + 1,
    name: e.name,
    serviceItemNames: e.serviceItems.map((s) => s.name),
    legalBasis: e.legalBasis,
    issuingUnitName: e.issuingUnitName,
    implementingUnitName: e.unitName,
    disposition: e.disposition,
    cancelReason: e.cancelReason,
    substitutes: e.substitutes,
    verificationMethod: e.verificationPlan?.method ?? null,
    remarks: e.remarks,
  }));
  const title = `${version.regionName}${list ? LIST_TITLES[list] : '证明事项清单'}（${version.documentNumber}，第${version.versionNo}版）`;
  const body = await exportInventory(rows, { title, sheetName: list ? LIST_TITLES[list] : '证明事项清单' });
  return {
    filename: `${version.regionName}-${list ? LIST_TITLES[list] : '证明事项清单'}-v${version.versionNo}.xlsx`,
    body,
  };
}
