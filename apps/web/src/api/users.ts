import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { DataScope, PagedResult, Permission, Role, StaffUser } from '@yiwang/contracts';
import { api } from './client';
import { queryClient } from './query-client';

export interface UserQuery {
  q?: string;
  departmentId?: string;
  page: number;
  pageSize: number;
}

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  departmentId: string;
  dataScope: DataScope;
}

export interface UserChanges {
  displayName?: string;
  roles?: Role[];
  dataScope?: DataScope;
  status?: StaffUser['status'];
  version: number;
}

export interface RoleInfo {
  role: Role;
  zh: string;
  en: string;
  permissions: Permission[];
}

const key = ['users'] as const;

export function useUsers(params: UserQuery) {
  return useQuery({
    queryKey: [...key, params],
    queryFn: () => api<PagedResult<StaffUser>>('/api/identity/users', { query: { ...params } }),
    placeholderData: keepPreviousData,
  });
}

export function useRoles() {
  return useQuery({
    queryKey: ['roles'],
    queryFn: () => api<RoleInfo[]>('/api/identity/roles'),
    staleTime: 5 * 60_000,
  });
}

const invalidate = () => queryClient.invalidateQueries({ queryKey: key });

export function useCreateUser() {
  return useMutation({
    mutationFn: (body: NewUser) => api<StaffUser>('/api/identity/users', { method: 'POST', body }),
    onSettled: invalidate,
  });
}

export function useUpdateUser() {
  return useMutation({
    mutationFn: ({ id, ...body }: UserChanges & { id: string }) =>
      api<StaffUser>(`/api/identity/users/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSettled: invalidate,
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, newPassword }: { id: string; newPassword: string }) =>
      api<unknown>(`/api/identity/users/${encodeURIComponent(id)}/reset-password`, {
        method: 'POST',
        body: { newPassword },
      }),
    onSettled: invalidate,
  });
}
