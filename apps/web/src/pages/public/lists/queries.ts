import type {
  EffectiveListsView,
  ListName,
  ListVersionView,
  VersionDiffView,
  VersionWithEntriesView,
} from '@pfc/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../app/request';

export const LIST_NAMES: readonly ListName[] = ['retained', 'cancelled', 'commitment'];

/** Published versions of a region, newest first. */
export function useVersions(code: string) {
  return useQuery({
    queryKey: ['public-lists', code, 'versions'],
    queryFn: async () =>
      (await api.get<ListVersionView[]>(`/public/lists/${code}/versions`)).sort((a, b) => b.versionNo - a.versionNo),
    enabled: !!code,
  });
}

export function useVersion(id: string | undefined) {
  return useQuery({
    queryKey: ['public-lists', 'version', id],
    queryFn: () => api.get<VersionWithEntriesView>(`/public/lists/versions/${id}`),
    enabled: !!id,
  });
}

export function useDiff(id: string | undefined, against: string | undefined) {
  return useQuery({
    queryKey: ['public-lists', 'diff', id, against],
    queryFn: () => api.get<VersionDiffView>(`/public/lists/versions/${id}/diff`, { against }),
    enabled: !!id && !!against,
  });
}

export const excelUrl = (id: string, list: ListName) => `/api/v1/public/lists/versions/${id}/export?list=${list}`;
export const pdfUrl = (id: string, list: ListName) => `/api/v1/public/lists/versions/${id}/pdf?list=${list}`;

/** The lists in force in a region: its own latest version plus the upper-level lists it adopted (承接). */
export function useEffective(code: string) {
  return useQuery({
    queryKey: ['public-lists', code, 'effective'],
    queryFn: () => api.get<EffectiveListsView>(`/public/lists/${code}/effective`),
    enabled: !!code,
  });
}
