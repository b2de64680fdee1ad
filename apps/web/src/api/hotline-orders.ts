import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { Category, CreateOrderBody, OrderActionBody, PagedResult, WorkOrder, WorkOrderSummary } from '@yiwang/contracts';
import { api } from './client';
import { queryClient } from './query-client';

/** The list filters the desk offers; every one is optional and sent only when set. */
export interface OrderFilters {
  state?: string;
  type?: string;
  categoryCode?: string;
  channel?: string;
  triage?: boolean;
  overdue?: boolean;
  q?: string;
  createdFrom?: string;
  createdTo?: string;
}

export type OrderActionInput = Omit<OrderActionBody, 'version'>;

export const orderKeys = {
  all: ['hotline-orders'] as const,
  list: (f: OrderFilters & { page: number; pageSize: number }) => ['hotline-orders', 'list', f] as const,
  one: (id: string) => ['hotline-orders', 'one', id] as const,
};

export function useOrders(filters: OrderFilters & { page: number; pageSize: number }, options: { refetchInterval?: number } = {}) {
  return useQuery({
    queryKey: orderKeys.list(filters),
    queryFn: () => api<PagedResult<WorkOrderSummary>>('/api/hotline/orders', { query: { ...filters } }),
    placeholderData: keepPreviousData,
    // others move orders on all the time: a list opened again asks the server (showing the old rows meanwhile)
    staleTime: 0,
    ...options,
  });
}

export function useOrder(id: string, enabled = true) {
  return useQuery({
    queryKey: orderKeys.one(id),
    queryFn: () => api<WorkOrder>(`/api/hotline/orders/${encodeURIComponent(id)}`),
    enabled: enabled && id !== '',
    staleTime: 0,
  });
}

/** A fresh order in the cache at once (the detail page opens without a second request); lists refetch. */
const remember = (o: WorkOrder) => {
  queryClient.setQueryData(orderKeys.one(o.id), o);
  void queryClient.invalidateQueries({ queryKey: [...orderKeys.all, 'list'] });
};

/** Registers a call; the caller keeps one key per form fill so a retried submit cannot make a second order. */
export function useCreateOrder() {
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CreateOrderBody; idempotencyKey: string }) =>
      api<WorkOrder>('/api/hotline/orders', { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey } }),
    onSuccess: remember,
  });
}

/** One workflow action on the version the user saw; a 409 CONFLICT means someone else was faster. */
export function useOrderAction() {
  return useMutation({
    mutationFn: ({ order, action }: { order: Pick<WorkOrder, 'id' | 'version'>; action: OrderActionInput }) =>
      api<WorkOrder>(`/api/hotline/orders/${encodeURIComponent(order.id)}/actions`, {
        method: 'POST',
        body: { ...action, version: order.version },
      }),
    onSuccess: remember,
  });
}

/** Drops a cached order so the page reloads what the server has now (after a conflict). */
export function reloadOrder(id: string) {
  return queryClient.invalidateQueries({ queryKey: orderKeys.one(id) });
}

export function useCategories() {
  return useQuery({
    queryKey: ['hotline-categories'],
    queryFn: () => api<Category[]>('/api/hotline/categories'),
    staleTime: 5 * 60_000,
  });
}
