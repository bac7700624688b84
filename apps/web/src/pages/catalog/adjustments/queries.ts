import type { ProofEntryInput, ProofEntryView } from '@pfc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PageOf } from '../../../app/paging';
import { api } from '../../../app/request';

export type AdjustmentKind = 'add' | 'change' | 'remove';
export type AdjustmentStatus = 'submitted' | 'approved' | 'rejected' | 'published';
export const ADJUSTMENT_STATUSES: AdjustmentStatus[] = ['submitted', 'approved', 'rejected', 'published'];

export interface AdjustmentView {
  id: string;
  regionCode: string;
  unitId: string;
  unitName: string;
  kind: AdjustmentKind;
  entryId: string | null;
  proposed: ProofEntryInput | null;
  reason: string;
  basis: string;
  status: AdjustmentStatus;
  reviewComment: string;
  versionId: string | null;
  filingDue: string | null;
  filingDueProvisional: boolean;
  filedAt: string | null;
  filingDocument: string | null;
  createdAt: string;
}

export interface AdjustmentRequest {
  unitId: string;
  kind: AdjustmentKind;
  entryId?: string | null;
  entry?: ProofEntryInput | null;
  reason: string;
  basis?: string;
}

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
      mutationFn: ({ id, decision, comment }: { id: string; decision: 'approve' | 'reject'; comment: string }) =>
        api.post<AdjustmentView>(`/${ADJUSTMENTS}/${id}/review`, { decision, comment }),
      onSuccess: done,
    }),
    filing: useMutation({
      mutationFn: ({ id, filingDocument }: { id: string; filingDocument: string }) =>
        api.post<AdjustmentView>(`/${ADJUSTMENTS}/${id}/filing`, { filingDocument }),
      onSuccess: done,
    }),
  };
}

export function usePublishAdjustments(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { documentNumber: string; effectiveDate: string }) =>
      api.post<{ id: string; versionNo: number; entries: number; filingDue: string; filingDueProvisional: boolean }>(
        `/catalog/regions/${code}/publish-adjustments`,
        body,
      ),
    onSuccess: () => void client.invalidateQueries(),
  });
}
