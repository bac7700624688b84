import type { ProofEntryView, RuleFinding, ServiceItemKind, ServiceItemView } from '@pfc/contracts';
import type { ExclusionCategory } from '@pfc/contracts';
import type { proofEntries, serviceItems } from '../tables';

export type EntryRow = typeof proofEntries.$inferSelect;

export function presentServiceItem(row: typeof serviceItems.$inferSelect, unitName: string): ServiceItemView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind as ServiceItemKind,
    unitId: row.unitId,
    unitName,
    regionCode: row.regionCode,
    applicationBased: row.applicationBased,
    guide: row.guide,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The fields of an entry as the rule check and the editor see them. */
export function entryInput(row: EntryRow, serviceItemIds: string[]) {
  return {
    name: row.name,
    aliases: row.aliases,
    content: row.content,
    serviceItemIds,
    issuingUnitName: row.issuingUnitName,
    legalBasis: row.legalBasis,
    disposition: row.disposition as 'retain' | 'cancel',
    cancelRule: row.cancelRule,
    cancelReason: row.cancelReason,
    substitutes: row.substitutes,
    mustSubmitReason: row.mustSubmitReason,
    commitmentExcluded: row.commitmentExcluded,
    exclusionCategory: row.exclusionCategory as ExclusionCategory | null,
    disclosure: row.disclosure,
    verificationPlan: row.verificationPlan,
    remarks: row.remarks,
  };
}

export function presentEntry(
  row: EntryRow,
  unitName: string,
  serviceItemIds: string[],
  findings: RuleFinding[],
): ProofEntryView {
  return {
    id: row.id,
    regionCode: row.regionCode,
    unitId: row.unitId,
    unitName,
    roundId: row.roundId,
    status: row.status as ProofEntryView['status'],
    ...entryInput(row, serviceItemIds),
    findings,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}
