import type { PageOf } from '@pfc/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Query } from './request';

/**
 * One page of `GET /<resource>`, cached under [resource, 'list', query] so that a save which
 * invalidates [resource] refreshes it. The previous page stays on screen while the next one loads.
 */
export function usePagedQuery<T>(resource: string, query: Query) {
  return useQuery({
    queryKey: [resource, 'list', query],
    queryFn: () => api.get<PageOf<T>>(`/${resource}`, query),
    placeholderData: keepPreviousData,
  });
}
