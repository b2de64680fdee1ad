import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import type { Me } from '@yiwang/contracts';
import { ApiError, isSessionLost } from './errors';

export const meKey = ['me'] as const;

/** A lost session anywhere drops the cached user; RequireAuth then sends the browser to /login. */
function onError(err: unknown): void {
  if (isSessionLost(err) && queryClient.getQueryData<Me | null>(meKey)) {
    queryClient.setQueryData<Me | null>(meKey, null);
  }
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 2,
    },
    mutations: { retry: false },
  },
});

export function cachedMe(): Me | null {
  return queryClient.getQueryData<Me | null>(meKey) ?? null;
}
