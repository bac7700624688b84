import type { EntryListQuery, ProofEntryView } from '@pfc/contracts';
import { usePagedQuery } from '../../../app/paging';

export const ENTRIES = 'catalog/entries';

export function useEntries(query: EntryListQuery) {
  return usePagedQuery<ProofEntryView>(ENTRIES, query);
}
