import type { QaList } from '@pfc/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../app/request';

/** 实务问答, all of them when q is empty, else the ones matching q. */
export function useQa(q: string) {
  return useQuery({
    queryKey: ['public-search', 'qa', q],
    queryFn: async () => (await api.get<QaList>('/public/qa', { q })).items,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
