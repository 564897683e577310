// The navigation: exactly these entries, in this order.
export const ROUTES = [
  { id: 'overview', path: 'tong-quan', label: 'Tổng quan' },
  { id: 'tasks', path: 'nhiem-vu', label: 'Nhiệm vụ' },
  { id: 'targets', path: 'chi-tieu', label: 'Chỉ tiêu' },
  { id: 'agencies', path: 'co-quan', label: 'Cơ quan, đơn vị' },
  { id: 'reports', path: 'bao-cao', label: 'Báo cáo' },
  { id: 'documents', path: 'van-ban', label: 'Văn bản' },
  { id: 'settings', path: 'cai-dat', label: 'Cài đặt' },
] as const;

export type RouteId = (typeof ROUTES)[number]['id'];

export function routeFromHash(hash: string): RouteId {
  const path = hash.replace(/^#\/?/, '').split(/[?&#]/)[0];
  return ROUTES.find((r) => r.path === path)?.id ?? 'overview';
}

export function hashOf(id: RouteId): string {
  return `#/${ROUTES.find((r) => r.id === id)!.path}`;
}
