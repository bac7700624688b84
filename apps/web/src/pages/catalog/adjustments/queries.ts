import type {
  AdjustmentFiling,
  AdjustmentRequest,
  AdjustmentReview,
  AdjustmentsPublished,
  AdjustmentView,
  PageOf,
  ProofEntryView,
  PublishAdjustmentsBody,
} from '@pfc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/request';

const ADJUSTMENTS = 'catalog/adjustments';

export function useAdjustments(status?: string) {
  return useQuery({
    queryKey: [ADJUSTMENTS, 'list', status ?? ''],
    queryFn: () => api.get<AdjustmentView[]>(`/${ADJUSTMENTS}`, { status }),
  });
}

/** Published adjustments whose filing is overdue (the leadership office's view only). */
export function useOverdueFilings(enabled: boolean) {
  return useQuery({
    queryKey: [ADJUSTMENTS, 'overdue-filings'],
    queryFn: () => api.get<AdjustmentView[]>(`/${ADJUSTMENTS}/overdue-filings`),
    enabled,
  });
}

/** The unit's published entries, the ones a change or removal may name. */
export function usePublishedEntries(unitId: string | undefined) {
  return useQuery({
    queryKey: ['catalog/entries', 'list', { status: 'published', unitId, pageSize: 100 }],
    queryFn: () => api.get<PageOf<ProofEntryView>>('/catalog/entries', { status: 'published', unitId, pageSize: 100 }),
    enabled: !!unitId,
  });
}

export function useAdjustmentActions() {
  const client = useQueryClient();
  const done = () => void client.invalidateQueries({ queryKey: [ADJUSTMENTS] });
  return {
    request: useMutation({
      mutationFn: (body: AdjustmentRequest) => api.post<AdjustmentView>(`/${ADJUSTMENTS}`, body),
      onSuccess: done,
    }),
    review: useMutation({
      mutationFn: ({ id, ...body }: AdjustmentReview & { id: string }) =>
        api.post<AdjustmentView>(`/${ADJUSTMENTS}/${id}/review`, body),
      onSuccess: done,
    }),
    filing: useMutation({
      mutationFn: ({ id, ...body }: AdjustmentFiling & { id: string }) =>
        api.post<AdjustmentView>(`/${ADJUSTMENTS}/${id}/filing`, body),
      onSuccess: done,
    }),
  };
}

export function usePublishAdjustments(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PublishAdjustmentsBody) =>
      api.post<AdjustmentsPublished>(`/catalog/regions/${code}/publish-adjustments`, body),
    onSuccess: () => void client.invalidateQueries(),
  });
}
