// Integrity checks of a database file, done through a read-only connection so that a damaged file
// is never written to (no WAL switch, no checkpoint, no migration).
import fs from 'node:fs';
import SQLite from 'better-sqlite3';

/** The 16 bytes every SQLite 3 database file starts with. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\u0000', 'latin1');

export type IntegrityResult = { ok: true } | { ok: false; problem: string };

/** True when the file starts with the SQLite header (reads 16 bytes, nothing else). */
export function hasSqliteHeader(file: string): boolean {
  let fd: number | null = null;
  try {
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(16);
    const read = fs.readSync(fd, head, 0, 16, 0);
    return read === 16 && head.equals(SQLITE_HEADER);
  } catch {
    return false;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/**
 * Checks a database file without changing it.
 * `quick` runs PRAGMA quick_check (every start: fast, finds damaged pages and b-trees);
 * `full` runs PRAGMA integrity_check (backups and restores: also checks indexes against tables).
 */
export function checkDatabaseFile(file: string, mode: 'quick' | 'full' = 'quick'): IntegrityResult {
  if (!hasSqliteHeader(file)) return { ok: false, problem: 'không phải tệp cơ sở dữ liệu SQLite' };
  let sqlite: SQLite.Database | null = null;
  try {
    sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
    const rows = sqlite.pragma(mode === 'quick' ? 'quick_check' : 'integrity_check') as Record<string, string>[];
    const messages = rows.map((r) => Object.values(r)[0]);
    if (messages.length === 1 && messages[0] === 'ok') return { ok: true };
    return { ok: false, problem: `kiểm tra toàn vẹn báo ${messages.length} lỗi` };
  } catch (err) {
    return problemOf((err as { code?: string }).code ?? '');
  } finally {
    try {
      sqlite?.close();
    } catch {
      // a handle that failed to open has nothing to close
    }
  }
}

/** What a check that could not run says, from SQLite's error code. */
export function problemOf(code: string): IntegrityResult {
  if (code === 'SQLITE_NOTADB') return { ok: false, problem: 'không phải tệp cơ sở dữ liệu SQLite' };
  if (code.startsWith('SQLITE_CORRUPT')) return { ok: false, problem: 'cấu trúc tệp bị hỏng' };
  return { ok: false, problem: 'không đọc được tệp' };
}
