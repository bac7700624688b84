import type { AuditEventsPage, AuditEventsQuery, AuditVerifyView } from '@pfc/contracts';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { api } from '../../../app/request';

const PAGE_SIZE = 50;

/** Newest first; "load more" continues from the cursor the server returned. */
export function useAuditEvents(filter: Pick<AuditEventsQuery, 'targetType' | 'targetId'>) {
  return useInfiniteQuery({
    queryKey: ['audit', 'events', filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      api.get<AuditEventsPage>('/audit/events', {
        pageSize: PAGE_SIZE,
        cursor: pageParam,
        ...filter,
      }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api.post<AuditVerifyView>('/audit/verify', {}) });
}
