/**
 * The demo catalogue of 济宁市: service items (政务服务事项) and the proof entries (证明事项)
 * units registered for them in the clean-up, with the disposition each unit proposed. Every entry
 * passes the rule check without an error (catalog-data.test.ts).
 *
 * A service item's guide is completed here from the entries that link it: which proofs can be
 * replaced by a commitment, which are obtained by sharing or assistance, which must still be
 * submitted, and how to withdraw from a commitment half-way (seed 004 §6). The guide therefore
 * always agrees with the catalogue.
 */
import type { ProofEntryInput } from '@pfc/contracts';
import type { DemoProofEntry, DemoServiceItem, DemoServiceItemSpec } from './catalog-data-build';
import { BUILDING_ENTRIES } from './catalog-data-entries-building';
import { LICENSING_ENTRIES } from './catalog-data-entries-licensing';
import { POLICE_AND_JUSTICE_ENTRIES } from './catalog-data-entries-police';
import { QUFU_ENTRIES } from './catalog-data-entries-qufu';
import { RENCHENG_ENTRIES } from './catalog-data-entries-rencheng';
import { RENCHENG_LOCAL_ENTRIES } from './catalog-data-entries-rencheng-local';
import { SOCIAL_ENTRIES } from './catalog-data-entries-social';
import { WELFARE_ENTRIES } from './catalog-data-entries-welfare';
import { ZOUCHENG_ENTRIES } from './catalog-data-entries-zoucheng';
import { CITY_SERVICE_ITEMS } from './catalog-data-items-city';
import { COUNTY_SERVICE_ITEMS } from './catalog-data-items-county';

export type { DemoProofEntry, DemoServiceItem } from './catalog-data-build';

export const DEMO_PROOF_ENTRIES: DemoProofEntry[] = [
  ...POLICE_AND_JUSTICE_ENTRIES,
  ...SOCIAL_ENTRIES,
  ...WELFARE_ENTRIES,
  ...LICENSING_ENTRIES,
  ...BUILDING_ENTRIES,
  ...RENCHENG_ENTRIES,
  ...RENCHENG_LOCAL_ENTRIES,
  ...QUFU_ENTRIES,
  ...ZOUCHENG_ENTRIES,
];

/** Working days an applicant who withdraws from a commitment has to hand in the proof itself. */
const RESUBMIT_DAYS = 10;

type Entry = Omit<ProofEntryInput, 'serviceItemIds'>;

const offers = (entry: Entry, method: string) => entry.substitutes.some((substitute) => substitute.method === method);
const quoted = (entries: Entry[]) => entries.map((entry) => `“${entry.name}”`).join('、');

function retainedFor(code: string): Entry[] {
  return DEMO_PROOF_ENTRIES.filter((proof) => proof.items.includes(code) && proof.entry.disposition === 'retain').map(
    (proof) => proof.entry,
  );
}

/** The proofs an applicant still meets, with how each is handled, appended to the materials. */
function proofMaterial(entry: Entry): string {
  if (offers(entry, 'commitment')) return `${entry.name}（可选择告知承诺，不再提交）`;
  if (offers(entry, 'must_submit')) return entry.name;
  return `${entry.name}（由我们通过信息共享或部门协查获取，无需提交）`;
}

function commitmentChoice(retained: Entry[]): string {
  const committed = retained.filter((entry) => offers(entry, 'commitment'));
  const obtained = retained.filter((entry) => !offers(entry, 'commitment') && !offers(entry, 'must_submit'));
  const submitted = retained.filter((entry) => offers(entry, 'must_submit'));
  const parts: string[] = [];
  if (committed.length > 0) {
    parts.push(
      `${quoted(committed)}可以选择告知承诺：在窗口或“爱山东”App勾选“告知承诺”，阅读书面告知书后签署承诺书，即不再提交该证明，我们按核查方案核查。` +
        '也可以不选择告知承诺，按本指南提交证明，办理时限相同。' +
        '有较严重不良信用记录或曾作出虚假承诺的，在信用修复前不适用告知承诺。',
    );
  } else {
    parts.push('本事项所需证明不实行告知承诺。');
  }
  if (obtained.length > 0) parts.push(`${quoted(obtained)}由我们通过信息共享或部门协查获取，您无需提交。`);
  if (submitted.length > 0) parts.push(`${quoted(submitted)}不适用告知承诺，仍需提交。`);
  parts.push('已列入取消清单的证明，任何窗口不得再要求提交。');
  return parts.join('');
}

function withdrawal(retained: Entry[]): string {
  if (!retained.some((entry) => offers(entry, 'commitment'))) return '本事项不实行告知承诺，不涉及中途退出。';
  return (
    '签署承诺书后、作出办理决定前，可以随时申请退出告知承诺：在窗口提交书面申请，或在“爱山东”App“我的承诺”中选择“退出承诺”。' +
    `退出后请在${RESUBMIT_DAYS}个工作日内补交原证明，补交期间办理时限中止，补齐后继续计算。` +
    '中途退出不属于承诺不实，不记入信用记录；逾期未补交的，按申请材料不齐全处理。'
  );
}

function completeGuide(spec: DemoServiceItemSpec): DemoServiceItem {
  const retained = retainedFor(spec.code);
  return {
    unit: spec.unit,
    code: spec.code,
    name: spec.name,
    kind: spec.kind,
    applicationBased: spec.applicationBased ?? true,
    guide: {
      conditions: spec.conditions,
      materials: [...spec.materials, ...retained.map(proofMaterial)],
      steps: spec.steps,
      legalTimeLimitDays: spec.days,
      commitmentChoice: commitmentChoice(retained),
      withdrawal: withdrawal(retained),
    },
  };
}

export const DEMO_SERVICE_ITEMS: DemoServiceItem[] = [...CITY_SERVICE_ITEMS, ...COUNTY_SERVICE_ITEMS].map(
  completeGuide,
);
