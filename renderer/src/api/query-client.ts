// The cache of loaded data (TanStack Query): one entry per read, keyed [method, input]. `useApi`
// reads through it; `call` refreshes it after each write, as `invalidation.ts` says.
import { QueryClient } from '@tanstack/react-query';
import type { MethodName } from '../../../shared/api/contract';
import { AFFECTS, AFFECTS_WHEN_REFUSED, makesStale } from './invalidation';

export function newQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // A failed read shows its message at once (no silent retries); data is refreshed by the writes
      // of this window, not by focus or network events.
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
    },
  });
}

export const queryClient = newQueryClient();

/**
 * Marks out of date every loaded read `write` affects: those on screen are fetched again now, the
 * others when next shown. Not awaited by the caller, as a screen's reload never was.
 */
export function refreshAfter(write: MethodName, client: QueryClient = queryClient): Promise<void> {
  if (AFFECTS[write] === 'nothing') return Promise.resolve();
  return client.invalidateQueries({ predicate: (query) => makesStale(write, query.queryKey[0] as MethodName) });
}

/** After `write` was refused: marks out of date the few reads a refusal can still change (most: none). */
export function refreshAfterRefusal(write: MethodName, client: QueryClient = queryClient): Promise<void> {
  const affects = AFFECTS_WHEN_REFUSED[write];
  if (!affects) return Promise.resolve();
  return client.invalidateQueries({ predicate: (query) => affects.includes(query.queryKey[0] as MethodName) });
}
