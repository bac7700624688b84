import type { ApplicantListQuery, ApplicantView, CreditStatusInput, CreditStatusView, PageOf } from '@pfc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/request';

const creditKey = (applicantId: string) => ['credit', 'applicants', applicantId] as const;

/** Applicants by name or exact ID number (masked), to pick whose credit status to see. */
export function useApplicantSearch(query: ApplicantListQuery) {
  return useQuery({
    queryKey: ['applicants', 'list', query],
    queryFn: () => api.get<PageOf<ApplicantView>>('/applicants', query),
    enabled: !!(query.q || query.identifier),
  });
}

export function useCreditStatus(applicantId: string | undefined) {
  return useQuery({
    queryKey: creditKey(applicantId ?? ''),
    queryFn: () => api.get<CreditStatusView>(`/credit/applicants/${applicantId}`),
    enabled: !!applicantId,
    staleTime: 0,
  });
}

export function useSaveCreditStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ applicantId, body }: { applicantId: string; body: CreditStatusInput }) =>
      api.put<CreditStatusView>(`/credit/applicants/${applicantId}`, body),
    onSuccess: (view) => {
      client.setQueryData(creditKey(view.applicantId), view);
      // What the apply page offers this person changes with it.
      void client.invalidateQueries({ queryKey: ['applications', 'item-proofs'] });
    },
  });
}
