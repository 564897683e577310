// Addresses of the print views: "#/in/<view>?<params>". The same address is shown on screen for a
// preview, loaded by the desktop app in a hidden window to print, and opened by the e2e tests.
export const PRINT_VIEWS = {
  assignment: 'phan-cong',
  tasks: 'nhiem-vu',
  compliance: 'tinh-hinh-bao-cao',
} as const;
export type PrintViewId = keyof typeof PRINT_VIEWS;

export function printRoute(view: PrintViewId, params: Record<string, string | number | boolean | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === false || v === '') continue;
    q.set(k, v === true ? '1' : String(v));
  }
  const query = q.toString();
  return `#/in/${PRINT_VIEWS[view]}${query ? `?${query}` : ''}`;
}

export function parsePrintHash(hash: string): { view: PrintViewId; params: URLSearchParams } | null {
  const m = /^#\/in\/([a-z-]+)(?:\?(.*))?$/.exec(hash);
  if (!m) return null;
  const view = (Object.keys(PRINT_VIEWS) as PrintViewId[]).find((k) => PRINT_VIEWS[k] === m[1]);
  return view ? { view, params: new URLSearchParams(m[2] ?? '') } : null;
}

export function isPrintHash(hash: string): boolean {
  return /^#\/in\//.test(hash);
}
