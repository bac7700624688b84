import type { UnitCreate, UnitListQuery, UnitUpdate, UnitView } from '@pfc/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/request';

export interface PageOf<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function useUnits(query: UnitListQuery) {
  return useQuery({
    queryKey: ['units', 'list', query],
    queryFn: () => api.get<PageOf<UnitView>>('/units', { ...query }),
    placeholderData: keepPreviousData,
  });
}

export function useSaveUnit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body, idempotencyKey }: { id?: string; body: UnitCreate | UnitUpdate; idempotencyKey?: string }) =>
      id ? api.patch<UnitView>(`/units/${id}`, body) : api.post<UnitView>('/units', body, idempotencyKey),
    onSuccess: () => client.invalidateQueries({ queryKey: ['units'] }),
  });
}
