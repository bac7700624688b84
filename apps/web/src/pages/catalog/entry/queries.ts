import type { EntryReview, EntryTimelineItem, ProofEntryInput, ProofEntryView } from '@pfc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/request';
import { ENTRIES } from '../entries/queries';

export const entryKey = (id: string) => [ENTRIES, 'detail', id] as const;
export const timelineKey = (id: string) => [ENTRIES, 'timeline', id] as const;

export function useEntry(id: string | undefined) {
  return useQuery({
    queryKey: entryKey(id ?? ''),
    queryFn: () => api.get<ProofEntryView>(`/${ENTRIES}/${id}`),
    enabled: !!id,
    staleTime: 0,
  });
}

export function useTimeline(id: string | undefined) {
  return useQuery({
    queryKey: timelineKey(id ?? ''),
    queryFn: () => api.get<EntryTimelineItem[]>(`/${ENTRIES}/${id}/timeline`),
    enabled: !!id,
    staleTime: 0,
  });
}

/** After any change: the detail shows the server's answer at once, lists and timeline reload. */
function useStore() {
  const client = useQueryClient();
  return (view: ProofEntryView) => {
    client.setQueryData(entryKey(view.id), view);
    void client.invalidateQueries({
      queryKey: [ENTRIES],
      predicate: (q) => q.queryKey[1] !== 'detail' || q.queryKey[2] !== view.id,
    });
  };
}

export function useSaveEntry() {
  const store = useStore();
  return useMutation({
    mutationFn: (args: {
      id?: string;
      version?: number;
      unitId?: string;
      entry: ProofEntryInput;
      idempotencyKey: string;
    }) =>
      args.id
        ? api.put<ProofEntryView>(`/${ENTRIES}/${args.id}`, { version: args.version, entry: args.entry })
        : api.post<ProofEntryView>(`/${ENTRIES}`, { unitId: args.unitId, entry: args.entry }, args.idempotencyKey),
    onSuccess: store,
  });
}

/** The step endpoints of the clean-up workflow, one per role (see routes.ts on the server). */
export type EntryStep = 'submit' | 'withdraw' | 'unit-review' | 'legal-review' | 'policy-review';

export function useEntryStep() {
  const store = useStore();
  return useMutation({
    mutationFn: (args: { id: string; step: EntryStep; decision?: EntryReview['decision']; comment?: string }) => {
      const body =
        args.step === 'submit' || args.step === 'withdraw'
          ? { ...(args.comment ? { comment: args.comment } : {}) }
          : { decision: args.decision, ...(args.comment ? { comment: args.comment } : {}) };
      return api.post<ProofEntryView>(`/${ENTRIES}/${args.id}/${args.step}`, body);
    },
    onSuccess: store,
  });
}
