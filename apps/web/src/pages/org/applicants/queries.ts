import type { ApplicantCreate, ApplicantListQuery, ApplicantView } from '@pfc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { usePagedQuery } from '../../../app/paging';
import { api } from '../../../app/request';

export function useApplicants(query: ApplicantListQuery) {
  return usePagedQuery<ApplicantView>('applicants', query);
}

export function useCreateApplicant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: ApplicantCreate; idempotencyKey: string }) =>
      api.post<ApplicantView>('/applicants', body, idempotencyKey),
    onSuccess: () => client.invalidateQueries({ queryKey: ['applicants'] }),
  });
}
