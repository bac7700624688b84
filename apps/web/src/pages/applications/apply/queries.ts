import type {
  ApplicableItem,
  ApplicantView,
  ApplicationInput,
  ApplicationView,
  ItemProofs,
  PageOf,
} from '@pfc/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../app/request';
import { APPLICATIONS, useStoreApplication } from '../shared/api';

/** Service items in force in the region, with how many proofs each needs. */
export function useApplicableItems(region: string | undefined) {
  return useQuery({
    queryKey: [APPLICATIONS, 'service-items', region],
    queryFn: () => api.get<ApplicableItem[]>(`/${APPLICATIONS}/service-items`, { region }),
    enabled: !!region,
    staleTime: 60_000,
  });
}

/** What happens to each proof of the item, and whether this applicant may commit at all. */
export function useItemProofs(
  itemId: string | undefined,
  region: string | undefined,
  applicantId: string | undefined,
  enabled: boolean,
) {
  return useQuery({
    queryKey: [APPLICATIONS, 'item-proofs', itemId, region, applicantId],
    queryFn: () => api.get<ItemProofs>(`/${APPLICATIONS}/service-items/${itemId}/proofs`, { region, applicantId }),
    enabled: enabled && !!itemId && !!region,
    staleTime: 0,
  });
}

/** Staff find the applicant by the full ID number (exact match, answered masked). */
export function useApplicantByIdentifier(identifier: string) {
  return useQuery({
    queryKey: ['applicants', 'by-identifier', identifier],
    queryFn: async () => (await api.get<PageOf<ApplicantView>>('/applicants', { identifier, pageSize: 5 })).items,
    enabled: identifier.length > 0,
  });
}

export function useCreateApplication() {
  const store = useStoreApplication();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: ApplicationInput; idempotencyKey: string }) =>
      api.post<ApplicationView>(`/${APPLICATIONS}`, body, idempotencyKey),
    onSuccess: store,
  });
}
