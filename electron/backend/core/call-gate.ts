// Makes a restore exclusive. Every API call passes the gate; a restore closes it: calls already
// running are finished first (so every change acknowledged before the restore began is in the
// "Trước khi khôi phục" backup), and calls arriving while it runs are refused with the code
// RESTORING (never acknowledged, nothing done). The app's windows wait for the restore to end,
// showing its progress, and send the refused call again (shared/api/restore-wait.ts): it reaches
// the restored data, once.
import { AppError } from '../../../shared/api/errors';

/** Calls that touch no data and may run during a restore. */
const FREE_DURING_RESTORE = new Set(['app.info', 'backup.list', 'backup.restoreProgress']);
/** The restore itself: it closes the gate (storage.ts), and a second one waits behind the first. */
const RESTORE = 'backup.restore';

export const RESTORE_BUSY_MESSAGE =
  'Đang khôi phục dữ liệu từ bản sao lưu; yêu cầu này chưa được thực hiện, không có gì bị thay đổi. ' +
  'Hãy đợi khôi phục xong (vài giây) rồi thử lại.';

export interface CallGate {
  /** Lets a call in, or throws AppError('RESTORING') during a restore; returns the function to call when it ends. */
  enter(method: string): () => void;
  /** Runs `fn` alone: refuses new calls, waits for running ones to end, then runs it. */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /** True while a restore runs or waits for running calls. */
  readonly closed: boolean;
  /** True while a call runs. */
  readonly busy: boolean;
  /** Calls `listener` each time the last running call ends; returns the function that stops it. */
  onIdle(listener: () => void): () => void;
}

export function createCallGate(): CallGate {
  let running = 0;
  let closedBy = 0;
  let idle: (() => void) | null = null;
  const idleListeners = new Set<() => void>();

  return {
    get closed() {
      return closedBy > 0;
    },
    get busy() {
      return running > 0;
    },
    onIdle(listener) {
      idleListeners.add(listener);
      return () => idleListeners.delete(listener);
    },
    enter(method) {
      if (method === RESTORE) return () => undefined;
      if (closedBy > 0 && !FREE_DURING_RESTORE.has(method)) throw new AppError('RESTORING', RESTORE_BUSY_MESSAGE);
      running++;
      let left = false;
      return () => {
        if (left) return;
        left = true;
        running--;
        if (running === 0) {
          idle?.();
          for (const listener of idleListeners) listener();
        }
      };
    },
    async exclusive(fn) {
      closedBy++;
      try {
        while (running > 0) {
          await new Promise<void>((resolve) => {
            idle = resolve;
          });
          idle = null;
        }
        return await fn();
      } finally {
        closedBy--;
      }
    },
  };
}
