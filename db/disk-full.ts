// A full disk gets its own message: what could not be written, where, and how much room to free.
// Raised where a write fails with ENOSPC (or SQLite's SQLITE_FULL), and by the API boundary for
// any such failure that got through.
import fs from 'node:fs';
import { AppError } from '../shared/api/errors';

const MB = 1024 * 1024;
/** Room SQLite needs beyond the data itself (its write-ahead log, checkpoints): asked for at least. */
export const MIN_FREE_MB = 20;

export function isDiskFull(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL';
}

/** Free bytes for the current user on the disk holding `folder`, or null when unknown. */
export function freeBytes(folder: string): number | null {
  try {
    const s = fs.statfsSync(folder);
    return s.bavail * s.bsize;
  } catch {
    return null;
  }
}

/** MB to free so that `neededBytes` (plus SQLite's margin) fit, rounded up. */
export function megabytesToFree(neededBytes: number): number {
  return Math.max(MIN_FREE_MB, Math.ceil(neededBytes / MB) + MIN_FREE_MB);
}

/**
 * "Ổ đĩa đã đầy: không lưu được <what> vào <folder>, cần giải phóng ít nhất N MB. <outcome>"
 * `saved` says whether part of the request had already been committed before the disk filled.
 */
export function diskFullMessage(folder: string, options: { what?: string; neededBytes?: number; saved?: boolean } = {}): string {
  const what = options.what ?? 'dữ liệu';
  const outcome = options.saved
    ? 'Một phần thay đổi đã được lưu trước khi ổ đầy; hãy tải lại màn hình để xem dữ liệu hiện tại.'
    : 'Dữ liệu không bị thay đổi; hãy giải phóng chỗ trống rồi thử lại.';
  return `Ổ đĩa đã đầy: không lưu được ${what} vào ${folder}, cần giải phóng ít nhất ${megabytesToFree(options.neededBytes ?? 0)} MB. ${outcome}`;
}

export class DiskFullError extends AppError {
  constructor(folder: string, options: { what?: string; neededBytes?: number; saved?: boolean } = {}) {
    super('INTERNAL', diskFullMessage(folder, options));
    this.name = 'DiskFullError';
  }
}
