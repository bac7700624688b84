import type { UnitCreate, UnitListQuery, UnitUpdate, UnitView } from '@pfc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { usePagedQuery } from '../../../app/paging';
import { api } from '../../../app/request';

export function useUnits(query: UnitListQuery) {
  return usePagedQuery<UnitView>('units', query);
}

export function useSaveUnit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      body,
      idempotencyKey,
    }: {
      id?: string;
      body: UnitCreate | UnitUpdate;
      idempotencyKey?: string;
    }) => (id ? api.patch<UnitView>(`/units/${id}`, body) : api.post<UnitView>('/units', body, idempotencyKey)),
    onSuccess: () => client.invalidateQueries({ queryKey: ['units'] }),
  });
}
