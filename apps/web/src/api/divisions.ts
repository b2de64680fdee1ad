import { useMutation, useQuery } from '@tanstack/react-query';
import type { Division } from '@yiwang/contracts';
import { api } from './client';
import { queryClient } from './query-client';

export const divisionKeys = {
  all: ['divisions'] as const,
  children: (parent: string | null) => ['divisions', 'children', parent] as const,
  search: (q: string) => ['divisions', 'search', q] as const,
};

export function fetchDivisionChildren(parent: string | null): Promise<Division[]> {
  return queryClient.fetchQuery({
    queryKey: divisionKeys.children(parent),
    queryFn: () => api<Division[]>('/api/identity/divisions', { query: { parent } }),
  });
}

export function fetchDivisionSearch(q: string): Promise<Division[]> {
  return queryClient.fetchQuery({
    queryKey: divisionKeys.search(q),
    queryFn: () => api<Division[]>('/api/identity/divisions', { query: { q } }),
  });
}

export function useRootDivisions() {
  return useQuery({
    queryKey: divisionKeys.children(null),
    queryFn: () => api<Division[]>('/api/identity/divisions'),
  });
}

export function useDivisionSearch(q: string) {
  return useQuery({
    queryKey: divisionKeys.search(q),
    queryFn: () => api<Division[]>('/api/identity/divisions', { query: { q } }),
    enabled: q.length > 0,
  });
}

const invalidate = () => queryClient.invalidateQueries({ queryKey: divisionKeys.all });

export function useCreateDivision() {
  return useMutation({
    mutationFn: (body: { code: string; name: string; parentCode: string }) =>
      api<Division>('/api/identity/divisions', { method: 'POST', body }),
    onSettled: invalidate,
  });
}

export function useUpdateDivision() {
  return useMutation({
    mutationFn: ({ code, ...body }: { code: string; name?: string; newCode?: string; version: number }) =>
      api<Division>(`/api/identity/divisions/${encodeURIComponent(code)}`, { method: 'PATCH', body }),
    onSettled: invalidate,
  });
}

export function useDeleteDivision() {
  return useMutation({
    mutationFn: ({ code, version }: { code: string; version: number }) =>
      api<unknown>(`/api/identity/divisions/${encodeURIComponent(code)}`, { method: 'DELETE', query: { version } }),
    onSettled: invalidate,
  });
}
