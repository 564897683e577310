// Parameters after the screen's path in the address ("#/nhiem-vu?co-quan=2&tinh-trang=open_overdue"),
// so that one screen can open another already filtered, and a view can be linked to.
import { useCallback, useEffect, useState } from 'react';

function readParams(): URLSearchParams {
  const hash = window.location.hash;
  const q = hash.indexOf('?');
  return new URLSearchParams(q >= 0 ? hash.slice(q + 1) : '');
}

export function useHashParams(): [URLSearchParams, (changes: Record<string, string | null>) => void] {
  const [params, setParams] = useState(readParams);
  useEffect(() => {
    const onChange = () => setParams(readParams());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const update = useCallback((changes: Record<string, string | null>) => {
    const next = readParams();
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(key);
      else next.set(key, value);
    }
    const hash = window.location.hash;
    const q = hash.indexOf('?');
    const path = q >= 0 ? hash.slice(0, q) : hash;
    const query = next.toString();
    window.location.hash = `${path.replace(/^#/, '')}${query ? `?${query}` : ''}`;
  }, []);
  return [params, update];
}
