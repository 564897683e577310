// Today's date as the app sees it (ISO): the host decides, tests fix it. Null while loading.
import { useApi } from './useApi';

export function useToday(): string | null {
  const info = useApi('app.info', {});
  return info.data?.today ?? null;
}
