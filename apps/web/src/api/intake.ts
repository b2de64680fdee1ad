import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type {
  Category,
  EventCounters,
  EventMap,
  EventMapQuery,
  IntakeSourceKind,
  IntakeSourceView,
  IntakeSourceWithKey,
} from '@yiwang/contracts';
import { api } from './client';
import { queryClient } from './query-client';

// 一网统管 event centre: intake sources (admin), the event map and the command view's live counters.
const sourcesKey = ['intake-sources'] as const;

export function useIntakeSources() {
  return useQuery({ queryKey: sourcesKey, queryFn: () => api<IntakeSourceView[]>('/api/hotline/sources') });
}

const invalidate = () => queryClient.invalidateQueries({ queryKey: sourcesKey });

export interface NewSource {
  name: string;
  kind: IntakeSourceKind;
  defaultDivisionCode?: string;
}

export function useCreateSource() {
  return useMutation({
    mutationFn: (body: NewSource) => api<IntakeSourceWithKey>('/api/hotline/sources', { method: 'POST', body }),
    onSettled: invalidate,
  });
}

export function useUpdateSource() {
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; version: number; name?: string; active?: boolean; defaultDivisionCode?: string | null }) =>
      api<IntakeSourceView>(`/api/hotline/sources/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSettled: invalidate,
  });
}

export function useRotateKey() {
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api<IntakeSourceWithKey>(`/api/hotline/sources/${encodeURIComponent(id)}/rotate`, { method: 'POST', body: { version } }),
    onSettled: invalidate,
  });
}

export function useRevokeKey() {
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api<IntakeSourceView>(`/api/hotline/sources/${encodeURIComponent(id)}/revoke`, { method: 'POST', body: { version } }),
    onSettled: invalidate,
  });
}

/** Polls while the page is open: the map and the command view follow new events without a reload. */
export const LIVE_REFRESH_MS = 10_000;

export function useEventMap(query: EventMapQuery, live = true) {
  return useQuery({
    queryKey: ['event-map', query],
    queryFn: () => api<EventMap>('/api/hotline/events/map', { query: { ...query } }),
    placeholderData: keepPreviousData,
    refetchInterval: live ? LIVE_REFRESH_MS : false,
  });
}

export function useEventCounters() {
  return useQuery({
    queryKey: ['event-counters'],
    queryFn: () => api<EventCounters>('/api/hotline/events/counters'),
    refetchInterval: LIVE_REFRESH_MS,
  });
}

export function useCategories() {
  return useQuery({ queryKey: ['hotline-categories'], queryFn: () => api<Category[]>('/api/hotline/categories'), staleTime: 300_000 });
}
