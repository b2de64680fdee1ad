import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { Department, PagedResult } from '@yiwang/contracts';
import { api } from './client';
import { queryClient } from './query-client';

export type DepartmentKind = Department['kind'];

export interface DepartmentQuery {
  divisionCode?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export interface NewDepartment {
  name: string;
  code?: string;
  kind: DepartmentKind;
  divisionCode: string;
  parentId?: string;
}

export interface DepartmentChanges {
  name?: string;
  kind?: DepartmentKind;
  active?: boolean;
  version: number;
}

const key = ['departments'] as const;

export function useDepartments(params: DepartmentQuery, enabled = true) {
  return useQuery({
    queryKey: [...key, params],
    queryFn: () => api<PagedResult<Department>>('/api/identity/departments', { query: { ...params } }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

const invalidate = () => queryClient.invalidateQueries({ queryKey: key });

export function useCreateDepartment() {
  return useMutation({
    mutationFn: (body: NewDepartment) => api<Department>('/api/identity/departments', { method: 'POST', body }),
    onSettled: invalidate,
  });
}

export function useUpdateDepartment() {
  return useMutation({
    mutationFn: ({ id, ...body }: DepartmentChanges & { id: string }) =>
      api<Department>(`/api/identity/departments/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSettled: invalidate,
  });
}
