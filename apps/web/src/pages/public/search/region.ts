import type { PublicRegion } from '@pfc/contracts';
import { useCallback, useState } from 'react';
import { usePublicRegions } from './queries';

const REGION_KEY = 'pfc.searchRegion';

function stored(): string | null {
  try {
    return window.localStorage.getItem(REGION_KEY);
  } catch {
    return null;
  }
}

/** The first prefecture-level city (code ending in 00, not a province), else the first region listed. */
export function defaultRegion(regions: PublicRegion[]): string | undefined {
  return (regions.find((r) => r.code.length === 6 && r.code.endsWith('00') && !r.code.endsWith('0000')) ?? regions[0])
    ?.code;
}

/** "济宁市 / 任城区": a region's name with its ancestors among the listed regions. */
export function regionPath(regions: PublicRegion[], code: string): string {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const names: string[] = [];
  for (let r = byCode.get(code); r && names.length < 6; r = r.parentCode ? byCode.get(r.parentCode) : undefined)
    names.unshift(r.name);
  return names.join(' / ') || code;
}

/**
 * The region the visitor looks up in: remembered in localStorage across visits, the first city by
 * default. A remembered code that no longer has published lists falls back to the default.
 */
export function useRegionChoice() {
  const regions = usePublicRegions();
  const [remembered, setRemembered] = useState<string | null>(stored);
  const list = regions.data ?? [];
  const known = remembered && (!regions.data || list.some((r) => r.code === remembered)) ? remembered : undefined;
  const region = known ?? defaultRegion(list);
  const remember = useCallback((code: string) => {
    setRemembered(code);
    try {
      window.localStorage.setItem(REGION_KEY, code);
    } catch {
      // Storage disabled: the choice lasts for this page only.
    }
  }, []);
  return { region, regions, remember };
}
