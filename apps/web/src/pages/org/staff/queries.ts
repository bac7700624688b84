import type { StaffCreate, StaffListQuery, StaffUpdate, StaffView } from '@pfc/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/request';
import type { PageOf } from '../units/queries';

export function useStaff(query: StaffListQuery) {
  return useQuery({
    queryKey: ['staff', 'list', query],
    queryFn: () => api.get<PageOf<StaffView>>('/staff', { ...query }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateStaff() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: StaffCreate; idempotencyKey: string }) => api.post<StaffView>('/staff', body, idempotencyKey),
    onSuccess: () => client.invalidateQueries({ queryKey: ['staff'] }),
  });
}

export function useUpdateStaff() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: StaffUpdate }) => api.patch<StaffView>(`/staff/${id}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['staff'] }),
  });
}
