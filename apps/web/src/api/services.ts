import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type {
  CreateItemBody,
  ELicenceType,
  Guide,
  ItemDetail,
  ItemListQuery,
  ItemSummary,
  ItemVersionSummary,
  PagedResult,
  PublicDepartment,
  PublicItemQuery,
  PublicItemSummary,
  QualityReport,
  UpdateItemBody,
} from '@yiwang/contracts';
import { api } from './client';
import { queryClient } from './query-client';

const pub = ['services-public'] as const;
const admin = ['services-items'] as const;
const quality = ['services-quality'] as const;

/** Published guides, for everyone (no session needed). */
export function usePublicItems(query: PublicItemQuery) {
  return useQuery({
    queryKey: [...pub, 'items', query],
    queryFn: () => api<PagedResult<PublicItemSummary>>('/api/services/public/items', { query: { ...query } }),
    placeholderData: keepPreviousData,
  });
}

export function usePublicDepartments() {
  return useQuery({ queryKey: [...pub, 'departments'], queryFn: () => api<PublicDepartment[]>('/api/services/public/departments') });
}

/** The live guide of an item, or one published version when `versionId` is given. */
export function usePublicGuide(id: string, versionId?: string | null) {
  return useQuery({
    queryKey: [...pub, 'guide', id, versionId ?? null],
    queryFn: () =>
      api<Guide>(
        versionId
          ? `/api/services/public/versions/${encodeURIComponent(versionId)}`
          : `/api/services/public/items/${encodeURIComponent(id)}`,
      ),
    retry: false,
  });
}

export function useItems(query: ItemListQuery) {
  return useQuery({
    queryKey: [...admin, 'list', query],
    queryFn: () => api<PagedResult<ItemSummary>>('/api/services/items', { query: { ...query } }),
    placeholderData: keepPreviousData,
  });
}

export function useItem(id: string) {
  return useQuery({ queryKey: [...admin, 'one', id], queryFn: () => api<ItemDetail>(`/api/services/items/${encodeURIComponent(id)}`) });
}

export function useItemVersions(id: string) {
  return useQuery({
    queryKey: [...admin, 'versions', id],
    queryFn: () => api<ItemVersionSummary[]>(`/api/services/items/${encodeURIComponent(id)}/versions`),
  });
}

export function useELicenceTypes() {
  return useQuery({
    queryKey: ['services-elicence-types'],
    queryFn: () => api<ELicenceType[]>('/api/services/elicence-types'),
    staleTime: 600_000,
  });
}

/** Any catalog change: the lists, the item, its versions, the public pages and the reports may all have moved. */
const invalidate = () => Promise.all([admin, pub, quality].map((queryKey) => queryClient.invalidateQueries({ queryKey: [...queryKey] })));

export function useCreateItem() {
  return useMutation({
    mutationFn: (body: CreateItemBody) => api<ItemDetail>('/api/services/items', { method: 'POST', body }),
    onSettled: invalidate,
  });
}

export function useUpdateItem(id: string) {
  return useMutation({
    mutationFn: (body: UpdateItemBody) => api<ItemDetail>(`/api/services/items/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSettled: invalidate,
  });
}

export type ItemActionRequest = { action: string; version: number; comment?: string };

/** Editors' steps go to /workflow, reviewers' to /review (the server checks the permission of each). */
export function useItemAction(id: string) {
  return useMutation({
    mutationFn: ({ action, version, comment }: ItemActionRequest) => {
      const review = !['submit', 'revise', 'discard'].includes(action);
      const body = review && comment ? { action, version, comment } : { action, version };
      return api<ItemDetail>(`/api/services/items/${encodeURIComponent(id)}/${review ? 'review' : 'workflow'}`, { method: 'POST', body });
    },
    onSettled: invalidate,
  });
}

export function useQualityReports() {
  return useQuery({ queryKey: [...quality], queryFn: () => api<QualityReport[]>('/api/services/quality') });
}

export function useRunQuality() {
  return useMutation({
    mutationFn: () => api<QualityReport[]>('/api/services/quality/run', { method: 'POST', body: {} }),
    onSettled: invalidate,
  });
}
