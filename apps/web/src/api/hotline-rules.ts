import { useMutation, useQuery } from '@tanstack/react-query';
import type { RoutingRuleView } from '@yiwang/contracts';
import { api } from './client';
import { queryClient } from './query-client';

export interface RuleFields {
  categoryPrefix: string;
  divisionPrefix: string | null;
  keywords: string[];
  unitId: string;
  priority: number;
  note?: string;
}

const key = ['hotline-routing-rules'] as const;

export function useRoutingRules() {
  return useQuery({ queryKey: key, queryFn: () => api<RoutingRuleView[]>('/api/hotline/routing-rules') });
}

const invalidate = () => queryClient.invalidateQueries({ queryKey: key });

export function useCreateRoutingRule() {
  return useMutation({
    mutationFn: (body: RuleFields) => api<RoutingRuleView>('/api/hotline/routing-rules', { method: 'POST', body }),
    onSettled: invalidate,
  });
}

export function useUpdateRoutingRule() {
  return useMutation({
    mutationFn: ({ id, ...body }: Partial<RuleFields> & { active?: boolean; id: string; version: number }) =>
      api<RoutingRuleView>(`/api/hotline/routing-rules/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSettled: invalidate,
  });
}
