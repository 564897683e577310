// Loads a print view's data once and reports readiness (or the error) to PrintRoot.
import { useEffect } from 'react';
import { useApi, type Loaded } from '../hooks/useApi';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';

export function usePrintData<M extends MethodName>(
  method: M,
  input: MethodInput<M> | null,
  onError: (message: string) => void,
): Loaded<MethodOutput<M>> {
  const loaded = useApi(method, input);
  useEffect(() => {
    if (loaded.error) onError(loaded.error);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- report each error once; the callback is not part of the data
  }, [loaded.error]);
  return loaded;
}

export function numberParam(params: URLSearchParams, key: string): number | null {
  const v = Number(params.get(key));
  return Number.isInteger(v) && v > 0 ? v : null;
}
