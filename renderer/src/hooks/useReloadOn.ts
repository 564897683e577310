// Reloads loaded data when a counter changes (after a save elsewhere on the screen), not on mount.
import { useEffect, useRef } from 'react';

export function useReloadOn(version: number, reload: () => void): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    reload();
  }, [version, reload]);
}
