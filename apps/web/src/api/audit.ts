import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { AuditRecord, PagedResult, VerifyResult } from '@yiwang/contracts';
import { api } from './client';

export interface AuditFilters {
  action?: string;
  actorId?: string;
  resourceType?: string;
  resourceId?: string;
}

export function useAuditRecords(params: AuditFilters & { page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['audit', params],
    queryFn: () => api<PagedResult<AuditRecord>>('/api/system/audit', { query: { ...params } }),
    placeholderData: keepPreviousData,
  });
}

export function useVerifyAudit() {
  return useMutation({
    mutationFn: () => api<VerifyResult>('/api/system/audit/verify', { method: 'POST' }),
  });
}
