// What a screen was left with (filters, sort, the chosen tab), kept for the window's session so that
// coming back to the screen finds it as it was. sessionStorage: it survives switching screens and a
// reload, and a new window starts clean.
import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react';

const PREFIX = 'thuong-truc:man-hinh:';

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function readRemembered<T>(key: string, isValid: (value: unknown) => value is T): T | undefined {
  try {
    const raw = storage()?.getItem(PREFIX + key);
    if (raw === null || raw === undefined) return undefined;
    const value: unknown = JSON.parse(raw);
    return isValid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function remember(key: string, value: unknown): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // A full or refused storage only loses the convenience.
  }
}

/**
 * useState that starts from what was remembered under `key` (when it passes `isValid`), else from
 * `initial`, and remembers each change. Another key (another plan) reads its own memory.
 */
export function useRemembered<T>(key: string, initial: T | (() => T), isValid: (value: unknown) => value is T): [T, Dispatch<SetStateAction<T>>] {
  const load = (k: string): T => {
    const stored = readRemembered(k, isValid);
    if (stored !== undefined) return stored;
    return typeof initial === 'function' ? (initial as () => T)() : initial;
  };
  const [state, setState] = useState<{ key: string; value: T }>(() => ({ key, value: load(key) }));
  let current = state;
  if (state.key !== key) {
    current = { key, value: load(key) };
    setState(current);
  }
  useEffect(() => remember(current.key, current.value), [current.key, current.value]);
  const set = useCallback<Dispatch<SetStateAction<T>>>(
    (next) => setState((s) => ({ key: s.key, value: typeof next === 'function' ? (next as (prev: T) => T)(s.value) : next })),
    [],
  );
  return [current.value, set];
}
