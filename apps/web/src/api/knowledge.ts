import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { Category, KnowledgeArticle, KnowledgeHit, KnowledgeKind, KnowledgeStatus, PagedResult } from '@yiwang/contracts';
import { api } from './client';
import { queryClient } from './query-client';

/** Knowledge base (12345, H4): articles, full-text search and suggestions while an agent types. */

export interface ArticleQuery {
  q?: string;
  kind?: KnowledgeKind;
  status?: KnowledgeStatus;
  categoryCode?: string;
  page: number;
  pageSize: number;
}

export interface ArticleFields {
  title: string;
  body: string;
  kind: KnowledgeKind;
  categoryCodes: string[];
  ownerUnitId?: string;
  validFrom: string | null;
  validTo: string | null;
  sourceUrl: string | null;
}

const key = ['knowledge'] as const;
const invalidate = () => queryClient.invalidateQueries({ queryKey: key });

export function useArticles(params: ArticleQuery) {
  return useQuery({
    queryKey: [...key, 'articles', params],
    queryFn: () => api<PagedResult<KnowledgeArticle>>('/api/hotline/knowledge/articles', { query: { ...params } }),
    placeholderData: keepPreviousData,
  });
}

export function useArticle(id: string | null) {
  return useQuery({
    queryKey: [...key, 'article', id],
    queryFn: () => api<KnowledgeArticle>(`/api/hotline/knowledge/articles/${encodeURIComponent(id!)}`),
    enabled: id !== null,
  });
}

export function useCreateArticle() {
  return useMutation({
    mutationFn: (body: ArticleFields) => api<KnowledgeArticle>('/api/hotline/knowledge/articles', { method: 'POST', body }),
    onSettled: invalidate,
  });
}

export function useUpdateArticle() {
  return useMutation({
    mutationFn: ({ id, ...body }: Partial<ArticleFields> & { id: string; version: number }) =>
      api<KnowledgeArticle>(`/api/hotline/knowledge/articles/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSettled: invalidate,
  });
}

/** 发布 / 归档 */
export function useSetArticleStatus() {
  return useMutation({
    mutationFn: ({ id, action, version }: { id: string; action: 'publish' | 'archive'; version: number }) =>
      api<KnowledgeArticle>(`/api/hotline/knowledge/articles/${encodeURIComponent(id)}/${action}`, { method: 'POST', body: { version } }),
    onSettled: invalidate,
  });
}

export function useKnowledgeSearch(params: { q: string; kind?: KnowledgeKind; limit?: number }) {
  return useQuery({
    queryKey: [...key, 'search', params],
    queryFn: () => api<KnowledgeHit[]>('/api/hotline/knowledge/search', { query: { ...params } }),
    enabled: params.q.trim() !== '',
    placeholderData: keepPreviousData,
  });
}

/** Top answers for a call being typed; the caller debounces the text. */
export function useSuggestions(text: { title: string; body: string }) {
  const enabled = `${text.title}${text.body}`.trim().length >= 2;
  return useQuery({
    queryKey: [...key, 'suggest', text],
    queryFn: ({ signal }) =>
      api<KnowledgeHit[]>('/api/hotline/knowledge/suggest', {
        method: 'POST',
        body: { ...(text.title ? { title: text.title.slice(0, 100) } : {}), body: text.body.slice(0, 5000) },
        signal,
      }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The hotline's category tree, to file articles under (GET /api/hotline/categories). */
export function useHotlineCategories() {
  return useQuery({
    queryKey: ['hotline', 'categories'],
    queryFn: () => api<Category[]>('/api/hotline/categories'),
    staleTime: 5 * 60_000,
  });
}
