// The UI's only way to the data. Uses the desktop bridge when the preload put it there, HTTP to
// the browser host otherwise; screens never know which. After a write, the loaded data it affects
// is refreshed here, so no screen reloads by hand.
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import { isApiError, type ApiError, type ApiResult } from '../../../shared/api/errors';
import {
  OPEN_TOKEN_FRAGMENT_KEY,
  OPEN_TOKEN_HEADER,
  OPEN_TOKEN_PATH,
  SECRET_FRAGMENT_KEY,
  SECRET_HEADER,
  type DesktopBridge,
} from '../../../shared/api/transport';
import { refreshAfter } from './query-client';

declare global {
  interface Window {
    api?: DesktopBridge;
  }
}

/** An API failure, carrying the typed error (Vietnamese message, field). */
export class ApiCallError extends Error {
  constructor(public readonly error: ApiError) {
    super(error.message);
  }
}

const SECRET_STORAGE_KEY = 'thuong-truc-secret';

/**
 * The secret for this tab: from the address fragment (the address the app prints), or by
 * exchanging the one-time token of the address the app asked the system to open; kept for the tab,
 * and the address bar cleared of both.
 */
async function browserSecret(): Promise<string> {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const fromUrl = params.get(SECRET_FRAGMENT_KEY);
  const token = params.get(OPEN_TOKEN_FRAGMENT_KEY);
  if (fromUrl !== null || token !== null) {
    params.delete(SECRET_FRAGMENT_KEY);
    params.delete(OPEN_TOKEN_FRAGMENT_KEY);
    const rest = params.toString();
    history.replaceState(null, '', window.location.pathname + window.location.search + (rest ? `#${rest}` : ''));
  }
  if (fromUrl) {
    sessionStorage.setItem(SECRET_STORAGE_KEY, fromUrl);
  } else if (token) {
    try {
      const response = await fetch(OPEN_TOKEN_PATH, { method: 'POST', headers: { [OPEN_TOKEN_HEADER]: token } });
      const payload = (await response.json().catch(() => null)) as { ok?: boolean; data?: { secret?: unknown } } | null;
      if (payload?.ok && typeof payload.data?.secret === 'string') sessionStorage.setItem(SECRET_STORAGE_KEY, payload.data.secret);
    } catch {
      // no answer: the calls below say the app cannot be reached
    }
  }
  return sessionStorage.getItem(SECRET_STORAGE_KEY) ?? '';
}

let secret: Promise<string> | null = null;

async function overHttp(method: string, input: unknown): Promise<ApiResult<unknown>> {
  secret ??= browserSecret();
  const key = await secret;
  let response: Response;
  try {
    response = await fetch(`api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [SECRET_HEADER]: key },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return {
      ok: false,
      error: { code: 'INTERNAL', message: 'Không kết nối được với ứng dụng. Hãy kiểm tra cửa sổ Thường trực còn đang chạy.' },
    };
  }
  const payload: unknown = await response.json().catch(() => null);
  if (payload && typeof payload === 'object' && 'ok' in payload) return payload as ApiResult<unknown>;
  return { ok: false, error: { code: 'INTERNAL', message: 'Ứng dụng trả lời không đúng dạng.' } };
}

export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = (window.api ? await window.api.call(method, input) : await overHttp(method, input)) as ApiResult<
    MethodOutput<M>
  >;
  if (!result.ok) {
    throw new ApiCallError(isApiError(result.error) ? result.error : { code: 'INTERNAL', message: 'Lỗi không xác định.' });
  }
  // A write refreshes the loaded data it made out of date (api/invalidation.ts), wherever it is shown.
  void refreshAfter(method);
  return result.data;
}
