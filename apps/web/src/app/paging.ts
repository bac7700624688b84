import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Query } from './request';

/** One page of a server-paged list (the `Page` schema in @pfc/contracts). */
export interface PageOf<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

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
