// One app per data folder. A second copy of Thường trực (desktop or browser host) on the same folder
// would write the same file, and a restore in one would lose what the other acknowledged. The
// first copy holds "<dataDir>/thuong-truc.lock" (its process id) while it runs and removes it at
// close; a lock whose process no longer exists (a crash, a power cut) is stale and taken over.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';

export const LOCK_FILE_NAME = 'thuong-truc.lock';

interface LockContent {
  pid: number;
  host: string;
  startedAt: string;
}

/** Lock files this process holds (a second core in the same process is refused too). */
const held = new Set<string>();

export class DataFolderInUseError extends AppError {
  constructor(public readonly dataDir: string, holder: LockContent | null) {
    const who = holder ? ` (chương trình số ${holder.pid}${holder.host && holder.host !== os.hostname() ? ` trên máy ${holder.host}` : ''}, mở lúc ${formatTime(holder.startedAt)})` : '';
    super(
      'CONFLICT',
      `Thư mục dữ liệu ${dataDir} đang được một cửa sổ Thường trực khác dùng${who}. ` +
        'Mỗi thư mục dữ liệu chỉ mở được ở một nơi một lúc, để không mất dữ liệu. ' +
        'Hãy dùng cửa sổ đang mở, hoặc đóng nó rồi mở lại; muốn mở dữ liệu khác thì chọn thư mục khác (--data-dir).',
    );
    this.name = 'DataFolderInUseError';
  }
}

export interface DataFolderLock {
  readonly file: string;
  release(): void;
}

/** Takes the folder's lock, or throws DataFolderInUseError naming the folder. */
export function lockDataFolder(dataDir: string): DataFolderLock {
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const key = path.resolve(file);
  if (held.has(key)) throw new DataFolderInUseError(dataDir, readLock(file));
  const content: LockContent = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      try {
        fs.writeSync(fd, JSON.stringify(content));
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new DataFolderInUseError(dataDir, readLock(file));
        throw err;
      }
      const holder = readLock(file);
      if (holder && isAlive(holder)) throw new DataFolderInUseError(dataDir, holder);
      // Stale: its process is gone (or the file is unreadable, left half-written by a power cut).
      fs.rmSync(file, { force: true });
    }
  }
  held.add(key);
  const onExit = () => release();
  process.on('exit', onExit);
  let released = false;
  function release() {
    if (released) return;
    released = true;
    held.delete(key);
    process.off('exit', onExit);
    const now = readLock(file);
    if (now && now.pid === content.pid && now.startedAt === content.startedAt) fs.rmSync(file, { force: true });
  }
  return { file, release };
}

function readLock(file: string): LockContent | null {
  try {
    const value = JSON.parse(fs.readFileSync(file, 'utf8')) as LockContent;
    return Number.isInteger(value?.pid) && value.pid > 0 ? value : null;
  } catch {
    return null;
  }
}

/** Whether the process that wrote the lock still runs (on this machine; another machine's is assumed running). */
function isAlive(lock: LockContent): boolean {
  if (lock.host && lock.host !== os.hostname()) return true;
  // Our own id in a lock we do not hold: left by an earlier process that had the same id.
  if (lock.pid === process.pid) return false;
  // Written before the machine last started: its process is gone, whatever now has that id.
  const started = Date.parse(lock.startedAt);
  if (Number.isFinite(started) && started < Date.now() - os.uptime() * 1000 - 60_000) return false;
  try {
    process.kill(lock.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return 'không rõ';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())} ngày ${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
}
