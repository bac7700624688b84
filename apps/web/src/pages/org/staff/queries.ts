import type { Ok, StaffCreate, StaffListQuery, StaffUpdate, StaffView } from '@pfc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { usePagedQuery } from '../../../app/paging';
import { api } from '../../../app/request';

export function useStaff(query: StaffListQuery) {
  return usePagedQuery<StaffView>('staff', query);
}

export function useCreateStaff() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: StaffCreate; idempotencyKey: string }) =>
      api.post<StaffView>('/staff', body, idempotencyKey),
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

/** Another administrator clears a staff member's authenticator (lost phone); never one's own. */
export function useResetSecondFactor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Ok>(`/staff/${id}/second-factor/reset`, {}),
    onSuccess: () => client.invalidateQueries({ queryKey: ['staff'] }),
  });
}
