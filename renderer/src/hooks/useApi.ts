// Loads data from the API for a screen through the query cache (api/query-client.ts): the key is
// [method, input], so every component asking the same thing shares one answer, and a write
// refreshes it (api/invalidation.ts). `null` input: nothing is asked yet.
import { useCallback } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from '../api/client';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';

export interface Loaded<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  /** Asks again now (after a refused save, for instance); writes refresh without it. */
  reload: () => void;
}

// What the app is and today's date: asked once for all screens, again after a minute (the date
// turns at midnight while the app stays open).
const STALE_AFTER_MS: Partial<Record<MethodName, number>> = { 'app.info': 60_000 };

export function useApi<M extends MethodName>(method: M, input: MethodInput<M> | null): Loaded<MethodOutput<M>> {
  const query = useQuery({
    queryKey: [method, input],
    queryFn: () => call(method, input as MethodInput<M>),
    enabled: input !== null,
    // While another input loads, the previous answer stays on screen (as before the cache).
    placeholderData: keepPreviousData,
    staleTime: STALE_AFTER_MS[method] ?? 0,
  });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  return {
    data: query.data as MethodOutput<M> | undefined,
    error: query.error ? query.error.message : null,
    loading: query.isPending || query.isFetching,
    reload,
  };
}
