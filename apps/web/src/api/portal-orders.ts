import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { PagedResult, PortalOrder, PortalOrderBody, PortalOrderSummary } from '@yiwang/contracts';
import { api } from './client';
import { queryClient } from './query-client';

/** The citizen portal's 12345 pages: 我要反映 and 我的诉求 (the caller's own orders only). */
const key = ['portal-orders'] as const;

export function useMyOrders(params: { page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...key, 'list', params],
    queryFn: () => api<PagedResult<PortalOrderSummary>>('/api/hotline/portal/orders', { query: { ...params } }),
    placeholderData: keepPreviousData,
  });
}

export function useMyOrder(id: string) {
  return useQuery({
    queryKey: [...key, 'one', id],
    queryFn: () => api<PortalOrder>(`/api/hotline/portal/orders/${encodeURIComponent(id)}`),
  });
}

/** One key per filled-in form: a double click or a retry after a lost answer files the report once. */
export function useSubmitReport() {
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: PortalOrderBody; idempotencyKey: string }) =>
      api<PortalOrder>('/api/hotline/portal/orders', { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
