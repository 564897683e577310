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

/** A value after "?" in the hash: "#/cai-dat?muc=van-ban" has muc "van-ban". */
export function hashParam(hash: string, name: string): string | null {
  const query = hash.split('?')[1];
  return query === undefined ? null : new URLSearchParams(query).get(name);
}

/**
 * The link "Mở Cài đặt" follows for a document's problem: the Văn bản section of Cài đặt, on the
 * tab that holds the field (the plan issuer's fields are on "Kế hoạch, bảng phân công").
 */
export function documentSettingsLink(field: string | null | undefined): string {
  const q = new URLSearchParams({ muc: 'van-ban' });
  if (field) q.set('truong', field);
  return `${hashOf('settings')}?${q.toString()}`;
}

/** Which tab of Cài đặt › Văn bản holds a document settings field. */
export function documentSettingsTab(field: string | null | undefined): 'standing' | 'plan' {
  return /^(planIssuer|planSymbol|planRecipients)/.test(field ?? '') ? 'plan' : 'standing';
}

export function hashOf(id: RouteId): string {
  return `#/${ROUTES.find((r) => r.id === id)!.path}`;
}
