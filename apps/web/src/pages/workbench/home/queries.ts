import type { CalendarStatusView } from '@pfc/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../app/request';

export interface DashboardView {
  /** Within the administrator's scope; the platform-wide figures come to a platform administrator only. */
  counts: {
    regions: number;
    units: number;
    staff: number;
    applicants: number;
    auditEvents?: number;
    deadJobs?: number;
  };
  calendar: CalendarStatusView;
  warnings: Array<{ code: string; level: 'error' | 'warning'; message: string }>;
}

export function useDashboard() {
  return useQuery({ queryKey: ['admin', 'dashboard'], queryFn: () => api.get<DashboardView>('/admin/dashboard') });
}

export interface OverdueEntry {
  entryId: string;
  name: string;
  unitName: string;
  roundTitle: string;
  statusLabel: string;
  stage: string;
  due: string;
}

/** Proof entries past their stage's due date (catalogue roles). */
export function useOverdueEntries(enabled: boolean) {
  return useQuery({
    queryKey: ['catalog/overdue'],
    queryFn: () => api.get<OverdueEntry[]>('/catalog/overdue'),
    enabled,
  });
}
