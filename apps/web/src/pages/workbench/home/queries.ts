import type { CalendarStatusView } from '@pfc/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../app/request';

export interface DashboardView {
  counts: { regions: number; units: number; staff: number; applicants: number; auditEvents: number; deadJobs: number };
  calendar: CalendarStatusView;
  warnings: Array<{ code: string; level: 'error' | 'warning'; message: string }>;
}

export function useDashboard() {
  return useQuery({ queryKey: ['admin', 'dashboard'], queryFn: () => api.get<DashboardView>('/admin/dashboard') });
}
