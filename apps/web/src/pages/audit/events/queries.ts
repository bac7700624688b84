import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { api } from '../../../app/request';

export interface AuditEventView {
  id: string;
  occurredAt: string;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  targetType: string;
  targetId: string;
  details: string;
  requestId: string | null;
}

export interface VerifyView {
  ok: boolean;
  chains: number;
  events: number;
  /** Every place that does not fit; `problems` lists up to 1,000 of them. */
  problemCount: number;
  problems: Array<{ chainId: number; seq: number; eventId: string | null; reasons: string[] }>;
}

const PAGE_SIZE = 50;

/** Newest first; "load more" continues from the cursor the server returned. */
export function useAuditEvents(filter: { targetType?: string; targetId?: string }) {
  return useInfiniteQuery({
    queryKey: ['audit', 'events', filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      api.get<{ items: AuditEventView[]; nextCursor: string | null }>('/audit/events', {
        pageSize: PAGE_SIZE,
        cursor: pageParam,
        ...filter,
      }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api.post<VerifyView>('/audit/verify', {}) });
}
