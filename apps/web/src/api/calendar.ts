import { useMutation, useQuery } from '@tanstack/react-query';
import type { CalendarDay, CalendarYear } from '@yiwang/contracts';
import { api } from './client';
import { queryClient } from './query-client';

export type DayKind = 'holiday' | 'workday' | 'normal';

export interface WorkdayResult {
  start: string;
  days: number;
  due: string;
}

const key = ['calendar'] as const;

export function useCalendarYears() {
  return useQuery({
    queryKey: [...key, 'years'],
    queryFn: () => api<CalendarYear[]>('/api/system/calendar/years'),
  });
}

export function useCalendarDays(year: number | null) {
  return useQuery({
    queryKey: [...key, 'days', year],
    queryFn: () => api<CalendarDay[]>('/api/system/calendar/days', { query: { year } }),
    enabled: year !== null,
  });
}

const invalidate = () => queryClient.invalidateQueries({ queryKey: key });

export function useSetDay() {
  return useMutation({
    mutationFn: ({ date, kind, name }: { date: string; kind: DayKind; name?: string }) =>
      api<unknown>(`/api/system/calendar/days/${encodeURIComponent(date)}`, {
        method: 'PUT',
        body: name === undefined ? { kind } : { kind, name },
      }),
    onSettled: invalidate,
  });
}

export function useSetYearComplete() {
  return useMutation({
    mutationFn: ({ year, complete }: { year: number; complete: boolean }) =>
      api<unknown>(`/api/system/calendar/years/${year}`, { method: 'PUT', body: { complete } }),
    onSettled: invalidate,
  });
}

/** A read, but run on demand from the calculator form, so it is shaped as a mutation. */
export function useAddWorkdays() {
  return useMutation({
    mutationFn: ({ start, days }: { start: string; days: number }) =>
      api<WorkdayResult>('/api/system/calendar/add', { query: { start, days } }),
  });
}
