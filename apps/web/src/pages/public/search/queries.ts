import type { ProofSearchResult, ProofSuggestResult, PublicRegionList } from '@pfc/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { usePrefs } from '../../../app/prefs';
import { api } from '../../../app/request';

/** Regions with published (or adopted) lists: the search's region picker. */
export function usePublicRegions() {
  return useQuery({
    queryKey: ['public-search', 'regions'],
    queryFn: async () => (await api.get<PublicRegionList>('/public/regions')).items,
    staleTime: 60_000,
  });
}

/** One page of answers; the language is part of the key because the answer sentences are localised. */
export function useProofSearch(params: { q: string; region: string | undefined; page: number }, enabled: boolean) {
  const { lang } = usePrefs();
  return useQuery({
    queryKey: ['public-search', 'proofs', lang, params],
    queryFn: () =>
      api.get<ProofSearchResult>('/public/proofs', {
        q: params.q,
        region: params.region,
        page: params.page,
        pageSize: 10,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Type-ahead names; nothing is asked for until something is typed. */
export function useProofSuggest(q: string, region: string | undefined) {
  const trimmed = q.trim();
  return useQuery({
    queryKey: ['public-search', 'suggest', trimmed, region],
    queryFn: async () => (await api.get<ProofSuggestResult>('/public/proofs/suggest', { q: trimmed, region })).items,
    enabled: trimmed.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
