import type { SynonymGroupInput, SynonymGroupView, SynonymsView } from '@pfc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/request';

export function useSynonyms() {
  return useQuery({ queryKey: ['search-synonyms'], queryFn: () => api.get<SynonymsView>('/search/synonyms') });
}

function useSynonymMutation<T>(fn: (input: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['search-synonyms'] });
      // Search answers change with the synonyms.
      await client.invalidateQueries({ queryKey: ['public-search'] });
    },
  });
}

export function useSaveSynonyms() {
  return useSynonymMutation(
    ({ id, body, idempotencyKey }: { id?: string; body: SynonymGroupInput; idempotencyKey: string }) =>
      id
        ? api.put<SynonymGroupView>(`/search/synonyms/${id}`, body)
        : api.post<SynonymGroupView>('/search/synonyms', body, idempotencyKey),
  );
}

export function useDeleteSynonyms() {
  return useSynonymMutation((id: string) => api.delete(`/search/synonyms/${id}`));
}
