// A call refused because a restore is running (code RESTORING: nothing was done) is not lost: the
// window waits, showing the restore's progress, and sends the same call again once the restore has
// ended. Nothing slips in between the "Trước khi khôi phục" backup and the swap: the server still
// refuses every write then; the call is simply sent again afterwards, so it is applied once, to the
// restored data. Pure (no DOM, no Node): the UI's client and the tests use the same loop.
import type { ApiResult } from './errors';
import type { RestoreProgress } from '../backup/backup-api';

/** How often a waiting window asks how far the restore has got (the restoring window asks as often). */
export const RESTORE_POLL_MS = 300;

/** Shown when the restore had already ended by the time the window asked how far it had got. */
export const JUST_RESTORED_TEXT = 'Khôi phục vừa xong; đang gửi lại yêu cầu…';

export interface RestoreWaitOptions {
  /** Asks the server how far the restore has got (`backup.restoreProgress`). */
  progress(): Promise<ApiResult<RestoreProgress>>;
  /** Told what to show while waiting: the progress, then null once the call is sent again. */
  onWait?(progress: RestoreProgress | null): void;
  /** Waits `ms` (tests may pass a faster clock). */
  sleep?(ms: number): Promise<void>;
  pollMs?: number;
}

export function isRestoreRefusal(result: ApiResult<unknown>): boolean {
  return !result.ok && result.error.code === 'RESTORING';
}

/**
 * Sends the call; while the server answers that a restore is running, waits for it to end (asking
 * its progress) and sends the call again. Returns the first answer that is not such a refusal.
 */
export async function callWaitingForRestore<T>(send: () => Promise<ApiResult<T>>, options: RestoreWaitOptions): Promise<ApiResult<T>> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const pollMs = options.pollMs ?? RESTORE_POLL_MS;
  let waited = false;
  try {
    for (;;) {
      const result = await send();
      if (!isRestoreRefusal(result)) return result;
      waited = true;
      // Asked at once (the bar shows the real step), then every pollMs until no restore runs.
      let shown: RestoreProgress | null = null;
      for (;;) {
        const p = await options.progress();
        if (!p.ok || !p.data.running) break;
        if (!shown || p.data.percent !== shown.percent || p.data.text !== shown.text) {
          shown = p.data;
          options.onWait?.(shown);
        }
        await sleep(pollMs);
      }
      // The restore ended before the first answer: the window still says what happened.
      if (!shown) {
        options.onWait?.({ running: true, percent: 100, text: JUST_RESTORED_TEXT });
        await sleep(pollMs);
      }
    }
  } finally {
    if (waited) options.onWait?.(null);
  }
}
