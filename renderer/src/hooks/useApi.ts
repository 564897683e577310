// Loads data from the API for a screen, with loading and error states, and a way to reload.
import { useCallback, useEffect, useState } from 'react';
import { call } from '../api/client';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';

export interface Loaded<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

export function useApi<M extends MethodName>(method: M, input: MethodInput<M> | null): Loaded<MethodOutput<M>> {
  const [data, setData] = useState<MethodOutput<M>>();
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [version, setVersion] = useState(0);
  const key = JSON.stringify(input);

  useEffect(() => {
    if (input === null) return;
    let cancelled = false;
    setLoading(true);
    call(method, input)
      .then((result) => {
        if (cancelled) return;
        setData(result);
        setError(null);
      })
      .catch((err: Error) => !cancelled && setError(err.message))
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the input is compared by its JSON key, not by object identity
  }, [method, key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading, reload };
}
