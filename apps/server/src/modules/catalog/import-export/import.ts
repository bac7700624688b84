import { and, eq, inArray, ne } from 'drizzle-orm';
import type { CancelRule, ProofEntryInput } from '@pfc/contracts';
import { reachesUnit } from '../../../platform/access/actor';
import { canonicalJson } from '../../../platform/audit/canonical';
import { transact } from '../../../platform/audit/transaction';
import type { Ctx } from '../../../platform/context';
import type { Tx } from '../../../db/client';
import { AppError, E } from '../../../platform/http/errors';
import { unitById } from '../../../platform/directory';
import { CatalogErrors } from '../errors';
import { ExcelFileError, type ImportMode, type ParsedRow, parseInventory, quote, splitServiceItems } from '../excel';
import { entryInput } from '../entries/present';
import { currentRoundId } from '../rounds/rounds';
import { CATALOG_EDITORS } from '../policy';
import { EDITABLE, type EntryStatus } from '../entries/status';
import { proofEntries, proofEntryItems, serviceItems } from '../tables';

export interface ImportProblem {
  rowNumber: number;
  column?: string;
  message: string;
}

export interface ImportReport {
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Rows already in review or published: an import never changes them. */
  locked: number;
  problems: ImportProblem[];
  /** False when problems stopped the import (nothing was written). */
  imported: boolean;
}

/** Which of the seven rules a written cancel reason points to, when it says so plainly. */
export function cancelRuleFromReason(reason: string): CancelRule | null {
  const tests: Array<[CancelRule, RegExp]> = [
    [7, /保留清单以外|清单之外/],
    [6, /无法调查核实|无法核实/],
    [5, /数据共享|信息共享|部门协(助|查)/],
    [4, /其他材料|涵盖|代替/],
    [3, /承诺/],
    [2, /证照|证件/],
    [1, /没有法律|无法律|无.*法规依据|法律法规.*(没有|未)/],
  ];
  return tests.find(([, re]) => re.test(reason))?.[0] ?? null;
}

/** A parsed sheet row as an entry, service items resolved by name within the unit's region. */
export function rowToEntry(row: ParsedRow, serviceItemIds: string[]): ProofEntryInput {
  const commitment = row.disposition === 'commitment';
  const cancelled = row.disposition === 'cancel' || row.disposition === 'exempt';
  const substitutes =
    commitment && !row.substitutes.some((s) => s.method === 'commitment')
      ? [{ method: 'commitment' as const }, ...row.substitutes]
      : row.substitutes;
  return {
    name: row.name,
    aliases: [],
    content: '',
    serviceItemIds,
    issuingUnitName: row.issuingUnitName,
    legalBasis: row.legalBasis,
    disposition: cancelled ? 'cancel' : 'retain',
    cancelRule: cancelled
      ? cancelRuleFromReason(
          row.cancelReason || (row.disposition === 'exempt' ? '免提交：通过数据共享或部门协助获取' : ''),
        )
      : null,
    cancelReason: cancelled ? row.cancelReason || (row.disposition === 'exempt' ? '免提交' : '') : '',
    substitutes: cancelled ? [] : substitutes,
    mustSubmitReason: '',
    commitmentExcluded: false,
    exclusionCategory: null,
    disclosure: false,
    // A plan needs a time limit the sheet does not carry: reviewers complete it in the editor.
    verificationPlan:
      !cancelled && row.verificationMethod
        ? { method: row.verificationMethod, timeLimitDays: 10, samplingShare: 1 }
        : null,
    remarks: row.remarks,
  };
}

export async function parseUpload(ctx: Ctx, buffer: Buffer, mode: ImportMode) {
  try {
    const report = await parseInventory(buffer, { mode });
    // The blank template uploaded by mistake: say so rather than report an import of nothing.
    if (report.totalRows === 0) throw new ExcelFileError('NO_ROWS', { sheet: report.sheetName });
    return report;
  } catch (err) {
    if (err instanceof ExcelFileError)
      throw new AppError(CatalogErrors.IMPORT_FILE_INVALID, { reason: err.messageIn(ctx.lang) });
    throw err;
  }
}

/** Names from the file in a message: the first few, each shortened, and how many more. */
function nameList(names: string[]): string {
  const shown = names
    .slice(0, 5)
    .map((n) => quote(n))
    .join('、');
  return names.length > 5 ? `${shown}等 ${names.length} 项` : shown;
}

/**
 * Resolves the 办理事项 names of a row to service items. Item names may themselves contain the
 * separators the column is split on (内地居民与港澳台居民、华侨结婚登记), so a known name matches
 * when its own pieces stand next to each other in the row; longest names first. The region's names
 * are split once and indexed, as a file may hold thousands of rows.
 */
export function serviceItemMatcher(
  byName: Map<string, string>,
): (names: string[]) => { ids: string[]; unknown: string[] } {
  const known = [...byName.entries()]
    .map(([name, id]) => ({ id, parts: splitServiceItems(name) }))
    .sort((a, b) => b.parts.length - a.parts.length)
    .map((k, order) => ({ ...k, order }));
  // A known name can only match where its first piece stands in the row: look up by that piece.
  const byFirst = new Map<string, typeof known>();
  for (const k of known) {
    if (k.parts[0] === undefined) continue;
    const list = byFirst.get(k.parts[0]) ?? [];
    list.push(k);
    byFirst.set(k.parts[0], list);
  }
  return (names) => {
    const used = new Array<boolean>(names.length).fill(false);
    const ids: string[] = [];
    const candidates = [...new Set(names.flatMap((n) => byFirst.get(n) ?? []))].sort((a, b) => a.order - b.order);
    for (const { id, parts } of candidates) {
      for (let i = 0; i + parts.length <= names.length; i++) {
        if (parts.every((p, k) => !used[i + k] && names[i + k] === p)) {
          parts.forEach((_, k) => (used[i + k] = true));
          ids.push(id);
          break;
        }
      }
    }
    return { ids, unknown: names.filter((_, i) => !used[i]) };
  };
}

/** Service item ids by name in a region, for the 办理事项 column. */
export async function itemsByName(tx: Tx, regionCode: string): Promise<Map<string, string>> {
  const rows = await tx
    .select({ id: serviceItems.id, name: serviceItems.name })
    .from(serviceItems)
    .where(eq(serviceItems.regionCode, regionCode));
  return new Map(rows.map((r) => [r.name, r.id]));
}

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

function comparable(e: ProofEntryInput): string {
  return canonicalJson({ ...e, serviceItemIds: [...e.serviceItemIds].sort() });
}

/**
 * Imports a unit's inventory (附件4). Every row is checked first; with any problem nothing is
 * written unless `partial` asks for the good rows. Importing the same file again changes nothing.
 */
export async function importInventory(
  ctx: Ctx,
  unitId: string,
  buffer: Buffer,
  options: { partial?: boolean } = {},
): Promise<ImportReport> {
  const report = await parseUpload(ctx, buffer, 'inventory');
  return transact(ctx, async (tx, audit) => {
    const unit = await unitById(tx, unitId);
    if (!unit || !reachesUnit(ctx.actor, CATALOG_EDITORS, unit))
      throw new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'unit' : '单位' });
    const problems: ImportProblem[] = report.errors.map((e) => ({
      rowNumber: e.rowNumber,
      column: e.column,
      message: e.message,
    }));
    const match = serviceItemMatcher(await itemsByName(tx, unit.regionCode));
    const good: Array<{ row: ParsedRow; entry: ProofEntryInput }> = [];
    const firstRowOf = new Map<string, number>();
    for (const row of report.rows) {
      const { ids, unknown } = match(row.serviceItemNames);
      if (unknown.length > 0) {
        problems.push({
          rowNumber: row.rowNumber,
          column: '办理事项',
          message: `办理事项“${nameList(unknown)}”在本区划的政务服务事项中不存在，请先登记该事项或核对名称`,
        });
        continue;
      }
      // The parser allows one name under two 实施机关 (right for city-wide lists); a unit's inventory
      // holds each proof once, and a second insert would break the unique index (a 409, no report).
      const first = firstRowOf.get(row.name);
      if (first !== undefined) {
        problems.push({
          rowNumber: row.rowNumber,
          column: '证明名称',
          message: `证明名称“${quote(row.name)}”与第 ${first} 行重复，本单位清单中同一证明只能登记一次，请合并或删除重复行`,
        });
        continue;
      }
      firstRowOf.set(row.name, row.rowNumber);
      good.push({ row, entry: rowToEntry(row, ids) });
    }
    const result: ImportReport = {
      totalRows: report.totalRows,
      created: 0,
      updated: 0,
      unchanged: 0,
      locked: 0,
      problems: problems.sort((a, b) => a.rowNumber - b.rowNumber),
      imported: false,
    };
    if (problems.length > 0 && !options.partial) return result;

    const existing = new Map<string, typeof proofEntries.$inferSelect>();
    const links = new Map<string, string[]>();
    // Chunks keep each statement well under PostgreSQL's 65,535 bind parameters.
    for (const names of chunks(
      good.map((g) => g.entry.name),
      5000,
    )) {
      const rows = await tx
        .select()
        .from(proofEntries)
        .where(
          and(
            eq(proofEntries.unitId, unit.id),
            ne(proofEntries.status, 'withdrawn'),
            inArray(proofEntries.name, names),
          ),
        );
      rows.forEach((row) => existing.set(row.name, row));
      const linkRows = rows.length
        ? await tx
            .select()
            .from(proofEntryItems)
            .where(
              inArray(
                proofEntryItems.entryId,
                rows.map((e) => e.id),
              ),
            )
        : [];
      for (const l of linkRows) links.set(l.entryId, [...(links.get(l.entryId) ?? []), l.serviceItemId]);
    }
    const roundId = await currentRoundId(tx, unit.regionCode);
    const fresh: ProofEntryInput[] = [];
    for (const { entry } of good) {
      const { serviceItemIds, ...columns } = entry;
      const current = existing.get(entry.name);
      if (!current) {
        fresh.push(entry);
        continue;
      }
      // The sheet carries no aliases or proof content: keep what the editor added.
      const stored = entryInput(current, links.get(current.id) ?? []);
      if (comparable({ ...entry, aliases: stored.aliases, content: stored.content }) === comparable(stored)) {
        result.unchanged += 1;
      } else if (!EDITABLE.includes(current.status as EntryStatus)) {
        result.locked += 1;
      } else {
        await tx
          .update(proofEntries)
          .set({
            ...columns,
            aliases: current.aliases,
            content: current.content,
            version: current.version + 1,
            updatedAt: ctx.now(),
          })
          .where(eq(proofEntries.id, current.id));
        await tx.delete(proofEntryItems).where(eq(proofEntryItems.entryId, current.id));
        if (serviceItemIds.length)
          await tx
            .insert(proofEntryItems)
            .values([...new Set(serviceItemIds)].map((s) => ({ entryId: current.id, serviceItemId: s })));
        result.updated += 1;
      }
    }
    // New entries go in a few hundred per statement: one INSERT per row made 10,000 rows take 30 s.
    for (const batch of chunks(fresh, 500)) {
      const values = batch.map(({ serviceItemIds: _, ...columns }) => ({
        ...columns,
        unitId: unit.id,
        regionCode: unit.regionCode,
        status: 'draft',
        roundId,
      }));
      const ids = await tx
        .insert(proofEntries)
        .values(values)
        .returning({ id: proofEntries.id, name: proofEntries.name });
      const idOf = new Map(ids.map((r) => [r.name, r.id]));
      const itemLinks = batch.flatMap((e) =>
        [...new Set(e.serviceItemIds)].map((serviceItemId) => ({ entryId: idOf.get(e.name)!, serviceItemId })),
      );
      for (const part of chunks(itemLinks, 5000)) await tx.insert(proofEntryItems).values(part);
      result.created += batch.length;
    }
    result.imported = true;
    audit.record({
      action: 'catalog.inventory.imported',
      targetType: 'unit',
      targetId: unit.id,
      after: {
        created: result.created,
        updated: result.updated,
        unchanged: result.unchanged,
        locked: result.locked,
        skippedRows: problems.length,
      },
    });
    return result;
  });
}
