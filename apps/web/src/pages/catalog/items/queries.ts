import type { ServiceItemInput, ServiceItemView } from '@pfc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { usePagedQuery } from '../../../app/paging';
import { api } from '../../../app/request';

export const ITEMS = 'catalog/service-items';

export function useServiceItems(query: { q?: string; unitId?: string; page: number; pageSize: number }) {
  return usePagedQuery<ServiceItemView>(ITEMS, query);
}

export function useSaveServiceItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body, idempotencyKey }: { id?: string; body: ServiceItemInput; idempotencyKey?: string }) =>
      id
        ? api.put<ServiceItemView>(`/${ITEMS}/${id}`, body)
        : api.post<ServiceItemView>(`/${ITEMS}`, body, idempotencyKey),
    onSuccess: () => client.invalidateQueries({ queryKey: [ITEMS] }),
  });
}
