import type { CalendarDayUpsert, CalendarStatusView, CalendarYearCreate, CalendarYearView } from '@pfc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/request';

export function useCalendarStatus() {
  return useQuery({ queryKey: ['calendar', 'status'], queryFn: () => api.get<CalendarStatusView>('/calendar/status') });
}

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: ['calendar', 'year', year],
    queryFn: () => api.get<CalendarYearView>(`/calendar/years/${year}`),
  });
}

function useCalendarMutation<T>(fn: (input: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['calendar'] });
      await client.invalidateQueries({ queryKey: ['add-working-days'] });
      await client.invalidateQueries({ queryKey: ['admin', 'dashboard'] });
    },
  });
}

export function useSaveDay() {
  return useCalendarMutation(({ date, ...body }: CalendarDayUpsert & { date: string }) =>
    api.put(`/calendar/days/${date}`, body),
  );
}

export function useDeleteDay() {
  return useCalendarMutation((date: string) => api.delete(`/calendar/days/${date}`));
}

export function useSaveYear() {
  return useCalendarMutation(({ year, ...body }: CalendarYearCreate) =>
    api.put<CalendarYearView>(`/calendar/years/${year}`, body),
  );
}
