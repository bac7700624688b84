import type { RegionView } from '@pfc/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../app/request';

export const REGIONS_KEY = ['regions'] as const;

/** The whole region tree is public and small (a city is a few hundred rows): load it once. */
export function useRegions() {
  return useQuery({ queryKey: REGIONS_KEY, queryFn: () => api.get<RegionView[]>('/regions'), staleTime: 5 * 60_000 });
}

export interface RegionNode extends RegionView {
  children?: RegionNode[];
}

export function buildRegionTree(regions: RegionView[]): RegionNode[] {
  const byCode = new Map<string, RegionNode>(regions.map((r) => [r.code, { ...r }]));
  const roots: RegionNode[] = [];
  for (const node of byCode.values()) {
    const parent = node.parentCode ? byCode.get(node.parentCode) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  const sort = (nodes: RegionNode[]) => {
    nodes.sort((a, b) => a.code.localeCompare(b.code));
    for (const n of nodes) if (n.children) sort(n.children);
  };
  sort(roots);
  return roots;
}

export function regionNameMap(regions: RegionView[] | undefined): Map<string, string> {
  return new Map((regions ?? []).map((r) => [r.code, r.name]));
}
