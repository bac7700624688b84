import type { ApplicantCreate, ApplicantListQuery, ApplicantView } from '@pfc/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/request';
import type { PageOf } from '../units/queries';

export function useApplicants(query: ApplicantListQuery) {
  return useQuery({
    queryKey: ['applicants', 'list', query],
    queryFn: () => api.get<PageOf<ApplicantView>>('/applicants', { ...query }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateApplicant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: ApplicantCreate; idempotencyKey: string }) =>
      api.post<ApplicantView>('/applicants', body, idempotencyKey),
    onSuccess: () => client.invalidateQueries({ queryKey: ['applicants'] }),
  });
}
