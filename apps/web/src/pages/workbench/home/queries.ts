import type { DashboardView, OverdueEntryView } from '@pfc/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../app/request';

export function useDashboard() {
  return useQuery({ queryKey: ['admin', 'dashboard'], queryFn: () => api.get<DashboardView>('/admin/dashboard') });
}

/** Proof entries past their stage's due date (catalogue roles). */
export function useOverdueEntries(enabled: boolean) {
  return useQuery({
    queryKey: ['catalog/overdue'],
    queryFn: () => api.get<OverdueEntryView[]>('/catalog/overdue'),
    enabled,
  });
}
