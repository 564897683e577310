// While passing notifications show in the window's bottom-right corner (main.tsx), the page keeps
// as much free space below its content as they take, so the last rows of a list can be scrolled clear
// of them: a notification stays 10 seconds and must not cover a row's cells or buttons meanwhile.
import { useEffect, useState } from 'react';
import { useNotifications } from '@mantine/notifications';

/** The stack's distance from the window's bottom edge (Mantine's default offset). */
const EDGE_PX = 16;

/** The height (px) the bottom-right notifications take from the bottom of the window now; 0 when none. */
export function useNotificationSpace(): number {
  const shown = useNotifications().notifications.length;
  const [space, setSpace] = useState(0);
  useEffect(() => {
    const root = document.querySelector<HTMLElement>('.mantine-Notifications-root[data-position="bottom-right"]');
    if (!root) return setSpace(0);
    const measure = () => {
      const height = root.getBoundingClientRect().height;
      setSpace(height > 0 ? Math.ceil(height) + EDGE_PX : 0);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(root);
    return () => observer.disconnect();
  }, [shown]);
  return space;
}
