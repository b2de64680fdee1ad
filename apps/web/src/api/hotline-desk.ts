import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from './client';
import { optional } from './optional';
import { queryClient } from './query-client';

/** What the desk sends while an agent types (POST /api/hotline/orders/preview). */
export interface PreviewInput {
  type?: string;
  title?: string;
  body: string;
  divisionCode?: string;
  address?: string;
  callerPhone?: string;
  categoryCode?: string;
}

export interface OrderPreview {
  suggestions: Array<{ categoryCode: string; categoryName: string; confidence: number }>;
  modelVersion: string | null;
  triage: boolean;
  routing: { unitId: string; unitName: string; explanation: string } | null;
  duplicates: Array<{
    id: string;
    orderNo: string;
    title: string | null;
    excerpt: string;
    state: string;
    createdAt: string;
    similarity: number;
  }>;
  repeatCaller: {
    count: number;
    windowDays: number;
    recent: Array<{ id: string; orderNo: string; createdAt: string; state: string }>;
  } | null;
}

export interface CallerDetails {
  name: string | null;
  phone: string | null;
}

/** A trained classifier version with its cross-validated figures. */
export interface ClassifierModel {
  id: string;
  version: string;
  active: boolean;
  status?: string;
  createdAt?: string;
  trainedAt?: string | null;
  samples?: number;
  metrics?: Record<string, unknown> | null;
}

/**
 * Suggestions for the call being typed: categories, unit, near-duplicates, repeat caller. Null when
 * the server has no preview endpoint; the call form then simply works without suggestions.
 */
export function useOrderPreview(input: PreviewInput | null) {
  return useQuery({
    queryKey: ['hotline-preview', input],
    queryFn: ({ signal }) => optional(api<OrderPreview>('/api/hotline/orders/preview', { method: 'POST', body: input, signal })),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: false,
  });
}

/** 查看号码: an audited read of the caller's real name and phone, for the purpose the user states. */
export function useRevealCaller() {
  return useMutation({
    mutationFn: ({ orderId, purpose }: { orderId: string; purpose: string }) =>
      api<CallerDetails>(`/api/hotline/orders/${encodeURIComponent(orderId)}/caller`, { query: { purpose } }),
  });
}

const modelsKey = ['hotline-classifier-models'] as const;

export function useClassifierModels() {
  return useQuery({
    queryKey: modelsKey,
    queryFn: () => optional(api<ClassifierModel[]>('/api/hotline/classifier/models')),
    // a training run finishes in the background: keep the list fresh while the page is open
    refetchInterval: 10_000,
  });
}

const invalidateModels = () => queryClient.invalidateQueries({ queryKey: modelsKey });

export function useTrainClassifier() {
  return useMutation({
    mutationFn: () => api<unknown>('/api/hotline/classifier/models', { method: 'POST', body: {} }),
    onSettled: invalidateModels,
  });
}

export function useActivateClassifier() {
  return useMutation({
    mutationFn: (m: Pick<ClassifierModel, 'id' | 'version'>) =>
      api<unknown>(`/api/hotline/classifier/models/${encodeURIComponent(m.id)}/activate`, { method: 'POST', body: { version: m.version } }),
    onSettled: invalidateModels,
  });
}
