// The UI's only way to the data. Uses the desktop bridge when the preload put it there, HTTP to
// the browser host otherwise; screens never know which. After a write, the loaded data it affects
// is refreshed here, so no screen reloads by hand.
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import { isApiError, type ApiError, type ApiResult } from '../../../shared/api/errors';
import { decodeFromWire } from '../../../shared/api/wire';
import { callWaitingForRestore } from '../../../shared/api/restore-wait';
import type { RestoreProgress } from '../../../shared/backup/backup-api';
import {
  OPEN_TOKEN_FRAGMENT_KEY,
  OPEN_TOKEN_HEADER,
  OPEN_TOKEN_PATH,
  SECRET_FRAGMENT_KEY,
  SECRET_HEADER,
  type DesktopBridge,
} from '../../../shared/api/transport';
import { refreshAfter, refreshAfterRefusal } from './query-client';

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

/**
 * The big reads whose last answer is kept (one per method, with the input it answered). A screen asks
 * again each time it opens (Nhiệm vụ: 5,000 tasks, 2 MB); most often nothing changed, and then the
 * same text is not parsed, the same data not decoded again, and the query cache, handed the very list
 * it holds, compares nothing: no 50 ms of work under the clerk's first keystrokes.
 */
const KEPT_ANSWERS: ReadonlySet<string> = new Set<MethodName>(['tasks.list']);

interface KeptAnswer {
  input: string;
  /** The answer's text over HTTP (null from the desktop bridge, which hands objects). */
  text: string | null;
  result: ApiResult<unknown>;
  decoded?: unknown;
}
const keptAnswers = new Map<string, KeptAnswer>();

/** The kept answer to this very question, if any. */
function keptFor(method: string, input: string): KeptAnswer | undefined {
  const kept = keptAnswers.get(method);
  return kept && kept.input === input ? kept : undefined;
}

/** Two JSON values equal in every field (the answers of the desktop bridge, which has no text). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k) || !sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

async function overHttp(method: string, input: unknown): Promise<ApiResult<unknown>> {
  secret ??= browserSecret();
  const key = await secret;
  const body = JSON.stringify(input ?? {});
  let response: Response;
  try {
    response = await fetch(`api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [SECRET_HEADER]: key },
      body,
    });
  } catch {
    return {
      ok: false,
      error: { code: 'INTERNAL', message: 'Không kết nối được với ứng dụng. Hãy kiểm tra cửa sổ Thường trực còn đang chạy.' },
    };
  }
  const text = await response.text().catch(() => '');
  const kept = KEPT_ANSWERS.has(method) ? keptFor(method, body) : undefined;
  // The same text as last time: the same answer, as it was parsed then.
  if (kept && kept.text === text) return kept.result;
  let payload: unknown = null;
  try {
    payload = JSON.parse(text);
  } catch {
    // not JSON: said below
  }
  if (payload && typeof payload === 'object' && 'ok' in payload) {
    const result = payload as ApiResult<unknown>;
    if (result.ok && KEPT_ANSWERS.has(method)) keptAnswers.set(method, { input: body, text, result });
    return result;
  }
  return { ok: false, error: { code: 'INTERNAL', message: 'Ứng dụng trả lời không đúng dạng.' } };
}

async function overBridge(api: DesktopBridge, method: string, input: unknown): Promise<ApiResult<unknown>> {
  const result = (await api.call(method, input)) as ApiResult<unknown>;
  if (!result.ok || !KEPT_ANSWERS.has(method)) return result;
  const body = JSON.stringify(input ?? {});
  const kept = keptFor(method, body);
  // Equal in every field to the last answer: that answer, decoded then.
  if (kept && sameJson(kept.result, result)) return kept.result;
  keptAnswers.set(method, { input: body, text: null, result });
  return result;
}

function send(method: string, input: unknown): Promise<ApiResult<unknown>> {
  return window.api ? overBridge(window.api, method, input) : overHttp(method, input);
}

/** The answer's data as the screens read it, decoded once per kept answer. */
function decoded(method: MethodName, result: ApiResult<unknown> & { ok: true }): unknown {
  const kept = keptAnswers.get(method);
  if (!kept || kept.result !== result) return decodeFromWire(method, result.data);
  if (!('decoded' in kept)) kept.decoded = decodeFromWire(method, result.data);
  return kept.decoded;
}

/** What this window shows while its calls wait for a restore made elsewhere (null: nothing). */
type RestoreWaitListener = (progress: RestoreProgress | null) => void;
const restoreWaitListeners = new Set<RestoreWaitListener>();
const waitingCalls = new Set<object>();
let lastProgress: RestoreProgress | null = null;
/** Restores started from this window: it shows its own bar (BackupCard), not the waiting one. */
let ownRestores = 0;

function announceRestoreWait(): void {
  const shown = waitingCalls.size > 0 && ownRestores === 0 ? lastProgress : null;
  for (const listener of restoreWaitListeners) listener(shown);
}

/** Follows the restore another window is making while this window's calls wait for it. */
export function subscribeRestoreWait(listener: RestoreWaitListener): () => void {
  restoreWaitListeners.add(listener);
  return () => {
    restoreWaitListeners.delete(listener);
  };
}

/**
 * Calls a method. A call refused because a restore runs (in this or another window) waits for the
 * restore to end, with its progress shown, and is sent again (shared/api/restore-wait.ts).
 */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const own = method === 'backup.restore';
  if (own) ownRestores++;
  const token = {};
  let result: ApiResult<unknown>;
  try {
    result = (await callWaitingForRestore(() => send(method, input), {
      progress: () => send('backup.restoreProgress', {}) as Promise<ApiResult<RestoreProgress>>,
      onWait: (progress) => {
        if (progress) {
          waitingCalls.add(token);
          lastProgress = progress;
        } else {
          waitingCalls.delete(token);
        }
        announceRestoreWait();
      },
    })) as ApiResult<unknown>;
  } finally {
    if (own) {
      ownRestores--;
      announceRestoreWait();
    }
  }
  if (!result.ok) {
    void refreshAfterRefusal(method);
    throw new ApiCallError(isApiError(result.error) ? result.error : { code: 'INTERNAL', message: 'Lỗi không xác định.' });
  }
  // A write refreshes the loaded data it made out of date (api/invalidation.ts), wherever it is shown.
  void refreshAfter(method);
  // The hosts send some results in a slimmer form (tasks.list): decoded here, once for every screen.
  return decoded(method, result) as MethodOutput<M>;
}
