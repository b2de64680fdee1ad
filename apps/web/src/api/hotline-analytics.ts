import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AlertsQuery, Category, DashboardQuery, HotlineDashboard, WeakSignalReport, WeeklyReport } from '@yiwang/contracts';
import { api } from './client';

/** The 12345 analytics (leader dashboard, weak signals, weekly report); figures refresh every half minute on the server. */
export function useHotlineDashboard(q: DashboardQuery) {
  return useQuery({
    queryKey: ['hotline-analytics', 'dashboard', q],
    queryFn: () => api<HotlineDashboard>('/api/hotline/analytics/dashboard', { query: { ...q } }),
    placeholderData: keepPreviousData,
  });
}

export function useWeakSignals(q: AlertsQuery) {
  return useQuery({
    queryKey: ['hotline-analytics', 'alerts', q],
    queryFn: () => api<WeakSignalReport>('/api/hotline/analytics/alerts', { query: { ...q } }),
    placeholderData: keepPreviousData,
  });
}

export function useWeeklyReport(week: string, divisionCode?: string) {
  return useQuery({
    queryKey: ['hotline-analytics', 'weekly', week, divisionCode ?? null],
    queryFn: () => api<WeeklyReport>('/api/hotline/analytics/weekly-report', { query: { week, divisionCode } }),
  });
}

/** The category tree (for the filter); GET /api/hotline/categories. */
export function useHotlineCategories() {
  return useQuery({
    queryKey: ['hotline', 'categories'],
    queryFn: () => api<Category[]>('/api/hotline/categories'),
    staleTime: 10 * 60_000,
  });
}
