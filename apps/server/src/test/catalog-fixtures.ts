import type { ProofEntryInput, ServiceItemInput } from '@pfc/contracts';
import type { Platform } from '../platform/context';
import { proofEntries, proofEntryItems, serviceItems } from '../modules/catalog/tables';
import { unitById } from '../platform/directory';
import { type ExportRow, exportInventory } from '../modules/catalog';

/** An entry that passes every rule: retained on a law, replaced by commitment, with a verification plan. */
export function validEntry(name: string, overrides: Partial<ProofEntryInput> = {}): ProofEntryInput {
  return {
    name,
    aliases: [],
    content: '证明申请人没有犯罪记录',
    serviceItemIds: [],
    issuingUnitName: '公安机关',
    legalBasis: [{ instrument: '《中华人民共和国律师法》', article: '第五条', rank: 'law' }],
    disposition: 'retain',
    cancelRule: null,
    cancelReason: '',
    substitutes: [{ method: 'commitment' }, { method: 'data_sharing', note: '公安部门共享违法犯罪记录' }],
    mustSubmitReason: '',
    commitmentExcluded: false,
    exclusionCategory: null,
    disclosure: false,
    verificationPlan: { method: 'online', timeLimitDays: 10, samplingShare: 1 },
    remarks: '',
    ...overrides,
  };
}

export function serviceItemInput(unitId: string, code: string, name = '律师执业许可'): ServiceItemInput {
  return {
    code,
    name,
    kind: 'licensing',
    unitId,
    applicationBased: true,
    guide: {
      conditions: '拥护宪法，通过法律职业资格考试',
      materials: ['申请书', '法律职业资格证书'],
      steps: ['申请', '受理', '审查', '决定'],
      legalTimeLimitDays: 20,
      commitmentChoice: '申请人可选择以告知承诺书代替无犯罪记录证明，也可自行提交证明',
      withdrawal: '作出决定前，申请人可撤回承诺并补交证明',
    },
  };
}

let seq = 0;
const itemOfUnit = new Map<string, string>();

/** One service item per unit, created on first use, for entries that must name one. */
export async function serviceItemOf(platform: Platform, unitId: string): Promise<string> {
  const known = itemOfUnit.get(`${platform.database.location}:${unitId}`);
  if (known) return known;
  const row = await insertServiceItem(platform, unitId, `FX-${unitId.slice(0, 8)}`);
  itemOfUnit.set(`${platform.database.location}:${unitId}`, row.id);
  return row.id;
}

/** Puts a valid entry straight into a workflow stage, for tests of that stage. */
export async function insertEntry(
  platform: Platform,
  unitId: string,
  status: string,
  input: ProofEntryInput = validEntry(`测试证明${++seq}`),
) {
  const unit = await unitById(platform.database.db, unitId);
  const { serviceItemIds, ...columns } = input;
  const [row] = await platform.database.db
    .insert(proofEntries)
    .values({ ...columns, unitId, regionCode: unit!.regionCode, status })
    .returning();
  const items = serviceItemIds.length > 0 ? serviceItemIds : [await serviceItemOf(platform, unitId)];
  await platform.database.db
    .insert(proofEntryItems)
    .values(items.map((serviceItemId) => ({ entryId: row!.id, serviceItemId })));
  return row!;
}

export async function insertServiceItem(platform: Platform, unitId: string, code: string) {
  const unit = await unitById(platform.database.db, unitId);
  const [row] = await platform.database.db
    .insert(serviceItems)
    .values({ ...serviceItemInput(unitId, code), regionCode: unit!.regionCode })
    .returning();
  return row!;
}

/**
 * A small attachment-4 workbook. Its rows name no service item the fixture units have registered
 * under that name, so an inventory import reports them (and imports nothing); a published import
 * names 济宁市民政局 / 临沂市民政局 as 实施机关 depending on the region.
 */
export async function sampleWorkbook(mode: 'inventory' | 'published'): Promise<Buffer> {
  const rows: ExportRow[] = ['济宁市民政局', '临沂市民政局'].map((unit, i) => ({
    seq: i + 1,
    name: `婚姻状况证明${i + 1}`,
    serviceItemNames: ['律师执业许可'],
    legalBasis: [{ instrument: '《婚姻登记条例》', article: '第五条', rank: 'administrative_regulation' }],
    issuingUnitName: '民政部门',
    implementingUnitName: unit,
    disposition: mode === 'published' ? 'commitment' : 'retain',
    cancelReason: '',
    substitutes: [{ method: 'commitment' }],
    verificationMethod: 'online',
    remarks: '',
  }));
  return exportInventory(rows, { title: '证明材料汇总表' });
}
