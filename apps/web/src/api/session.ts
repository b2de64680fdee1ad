import { useMutation, useQuery } from '@tanstack/react-query';
import type { Me, Profile } from '@yiwang/contracts';
import { api } from './client';
import { isSessionLost } from './errors';
import { meKey, queryClient } from './query-client';

export interface AuthOptions {
  oidc: boolean;
  oidcLabel: string | null;
}

export interface CitizenRegistration {
  username: string;
  password: string;
  realName: string;
  idNumber: string;
  phone?: string;
}

export interface EnterpriseRegistration {
  username: string;
  password: string;
  name: string;
  uscc: string;
  legalRepName: string;
}

async function fetchMe(): Promise<Me | null> {
  try {
    return await api<Me>('/api/identity/me');
  } catch (err) {
    if (isSessionLost(err)) return null;
    throw err;
  }
}

/** The signed-in account, or null when there is no session. */
export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: Infinity });
}

/** A new (or no) session: forget whatever the previous account had loaded, keep the new Me. */
function resetSession(me: Me | null): void {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] && q.queryKey[0] !== 'auth-options' });
  queryClient.setQueryData<Me | null>(meKey, me);
}

export function useLogin() {
  return useMutation({
    mutationFn: (body: { username: string; password: string }) => api<Me>('/api/identity/login', { method: 'POST', body }),
    onSuccess: resetSession,
  });
}

export function useRegisterCitizen() {
  return useMutation({
    mutationFn: (body: CitizenRegistration) => api<Me>('/api/identity/register/citizen', { method: 'POST', body }),
    onSuccess: resetSession,
  });
}

export function useRegisterEnterprise() {
  return useMutation({
    mutationFn: (body: EnterpriseRegistration) => api<Me>('/api/identity/register/enterprise', { method: 'POST', body }),
    onSuccess: resetSession,
  });
}

export function useLogout() {
  return useMutation({
    mutationFn: () => api<{ ok: boolean }>('/api/identity/logout', { method: 'POST' }),
    // Even if the server call fails the local session is gone from this tab's point of view.
    onSettled: () => resetSession(null),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api<unknown>('/api/identity/me/password', { method: 'POST', body }),
    // The server may rotate the session and its CSRF token.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meKey }),
  });
}

export function useAuthOptions() {
  return useQuery({
    queryKey: ['auth-options'],
    queryFn: () => api<AuthOptions>('/api/identity/auth-options'),
    staleTime: Infinity,
    retry: false,
  });
}

/** The signed-in citizen's or enterprise's own real-name data, masked by the server. */
export function useProfile(enabled: boolean) {
  return useQuery({ queryKey: ['me', 'profile'], queryFn: () => api<Profile>('/api/identity/me/profile'), enabled });
}
