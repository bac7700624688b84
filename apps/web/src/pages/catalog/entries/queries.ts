import type { ProofEntryView } from '@pfc/contracts';
import { usePagedQuery } from '../../../app/paging';

export const ENTRIES = 'catalog/entries';

export type EntryListQuery = {
  q?: string;
  unitId?: string;
  status?: string;
  disposition?: 'retain' | 'cancel';
  page: number;
  pageSize: number;
};

export function useEntries(query: EntryListQuery) {
  return usePagedQuery<ProofEntryView>(ENTRIES, query);
}
