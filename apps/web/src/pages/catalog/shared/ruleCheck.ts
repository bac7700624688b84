import type { EntryFindings, ProofEntryDraft } from '@pfc/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../../../app/request';
import { ENTRIES } from '../entries/queries';

/** How long the form must rest before it is checked again. */
const SETTLE_MS = 400;

/** `value`, once it has stopped changing for `ms` milliseconds. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The live rule check of a proof-entry form (the entry editor, the adjustment request): the draft
 * goes to POST /catalog/entries/check, nothing stored, once it has settled; `null` pauses the check.
 * Debounced on the draft's text, so a new object with the same content does not restart the wait.
 * The last answer stays on screen while the next one loads.
 */
export function useLiveRuleCheck(draft: ProofEntryDraft | null) {
  const settled = useDebounced(draft === null ? null : JSON.stringify(draft), SETTLE_MS);
  return useQuery({
    queryKey: [ENTRIES, 'check', settled],
    queryFn: () => api.post<EntryFindings>(`/${ENTRIES}/check`, JSON.parse(settled ?? '{}') as ProofEntryDraft),
    enabled: settled !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: false,
  });
}
