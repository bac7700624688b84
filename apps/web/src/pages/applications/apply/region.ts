import type { RegionView } from '@pfc/contracts';

/** Service items are kept by cities and counties: the regions one applies in. */
const APPLY_LEVELS = [2, 3];

/** "济宁市 / 任城区": a region's name with its ancestors. */
function pathOf(byCode: Map<string, RegionView>, code: string): string {
  const names: string[] = [];
  for (let r = byCode.get(code); r && names.length < 6; r = r.parentCode ? byCode.get(r.parentCode) : undefined) {
    if (r.level > 1) names.unshift(r.name);
  }
  return names.join(' / ') || code;
}

export function applyRegionOptions(regions: RegionView[]): Array<{ value: string; label: string }> {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  return regions
    .filter((r) => APPLY_LEVELS.includes(r.level))
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((r) => ({ value: r.code, label: pathOf(byCode, r.code) }));
}

/** The county (or city) a person's region lies in: a street or community walks up to its county. */
export function applyRegionOf(regions: RegionView[], code: string | null | undefined): string | undefined {
  if (!code) return undefined;
  const byCode = new Map(regions.map((r) => [r.code, r]));
  for (let r = byCode.get(code); r; r = r.parentCode ? byCode.get(r.parentCode) : undefined) {
    if (APPLY_LEVELS.includes(r.level)) return r.code;
  }
  return regions.length === 0 ? code : undefined;
}
