import type { RegionCreate, RegionView } from '@pfc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/request';
import { REGIONS_KEY } from '../../../components/regions';

export function useCreateRegion() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RegionCreate) => api.post<RegionView>('/regions', body),
    onSuccess: () => client.invalidateQueries({ queryKey: REGIONS_KEY }),
  });
}

export function useRenameRegion() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ code, name }: { code: string; name: string }) => api.patch<RegionView>(`/regions/${code}`, { name }),
    onSuccess: () => client.invalidateQueries({ queryKey: REGIONS_KEY }),
  });
}
