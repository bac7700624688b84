import type { DisclosedCommitment, PageOf } from '@pfc/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../app/request';

/** 承诺公示: signed letters whose proofs call for disclosure, names and ID numbers masked. */
export function useDisclosedCommitments(region: string | undefined, page: number) {
  return useQuery({
    queryKey: ['public-commitments', region, page],
    queryFn: () => api.get<PageOf<DisclosedCommitment>>('/public/commitments', { region, page, pageSize: 10 }),
    placeholderData: keepPreviousData,
  });
}
