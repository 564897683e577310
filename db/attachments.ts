// The files attached to received reports: <dataFolder>/attachments/<sha256 of the content>.
// Content-addressed, so a name given by the user never becomes a path, the same file attached
// twice is stored once, and a backup of the data folder carries them all.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AppDb } from './connection';
import { MAX_UPLOAD_TOTAL_BYTES, attachmentProblem, attachmentTypeOf, cleanFileName } from '../shared/domain/attachments';
import { AppError } from '../shared/api/errors';
import { DiskFullError, isDiskFull } from './disk-full';

export const ATTACHMENTS_FOLDER = 'attachments';

export function attachmentsDir(dataDir: string): string {
  return path.join(dataDir, ATTACHMENTS_FOLDER);
}

export interface IncomingFile {
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  bytes: Buffer;
}

/**
 * Decodes and checks uploaded files; throws a VALIDATION error naming the first bad one
 * (field "attachments.N") before anything is written.
 */
export function readUploads(files: { fileName: string; contentBase64: string }[], field = 'attachments'): IncomingFile[] {
  let total = 0;
  return files.map((f, i) => {
    const text = f.contentBase64;
    const decodable = text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text);
    const bytes = decodable ? Buffer.from(text, 'base64') : null;
    const problem = attachmentProblem(f.fileName, bytes);
    if (problem) throw new AppError('VALIDATION', problem, `${field}.${i}`);
    total += bytes!.length;
    if (total > MAX_UPLOAD_TOTAL_BYTES) throw new AppError('VALIDATION', 'Các tệp đính kèm một lần lưu lớn quá 25 MB. Hãy đính kèm từng tệp.', `${field}.${i}`);
    const fileName = cleanFileName(f.fileName);
    return {
      fileName,
      mediaType: attachmentTypeOf(fileName)!.mediaType,
      size: bytes!.length,
      sha256: crypto.createHash('sha256').update(bytes!).digest('hex'),
      bytes: bytes!,
    };
  });
}

/**
 * Writes the files that are not stored yet, or whose stored copy is damaged (a truncated file left
 * by an older version on a full disk is replaced when the same content comes again). Each file is
 * written under a temporary name, every byte checked written, flushed to the disk, read back and
 * checked against its hash, and only then renamed to its content name: a file under a content name
 * is always whole. Returns the paths it created, for removal if the database change that needs
 * them fails. A full disk throws DiskFullError, after removing what this call wrote.
 */
export function storeFiles(dataDir: string, files: IncomingFile[]): string[] {
  const dir = attachmentsDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const created: string[] = [];
  const done = new Set<string>();
  let tmp: string | null = null;
  try {
    for (const [i, f] of files.entries()) {
      const target = path.join(dir, f.sha256);
      if (done.has(target)) continue;
      done.add(target);
      const existed = fs.existsSync(target);
      if (existed && hashOfFile(target) === f.sha256) continue;
      tmp = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}${TEMP_SUFFIX}`;
      try {
        writeWhole(tmp, f.bytes);
      } catch (err) {
        if (isDiskFull(err)) {
          const needed = files.slice(i).reduce((sum, x) => sum + x.size, 0);
          throw new DiskFullError(dir, { what: `tệp đính kèm "${f.fileName}"`, neededBytes: needed });
        }
        throw err;
      }
      if (hashOfFile(tmp) !== f.sha256) {
        throw new AppError('INTERNAL', `Tệp đính kèm "${f.fileName}" ghi ra đĩa không trọn vẹn; dữ liệu không bị thay đổi. Hãy thử lại.`);
      }
      fs.renameSync(tmp, target);
      tmp = null;
      fsyncFolder(dir);
      // A repaired file is not removed if the database change fails: rows may already refer to it.
      if (!existed) created.push(target);
    }
  } catch (err) {
    if (tmp) fs.rmSync(tmp, { force: true });
    removeFiles(created);
    throw err;
  }
  return created;
}

/** Suffix of an attachment being written; such files are left out of backups and removed at start. */
export const TEMP_SUFFIX = '.tmp';

/** Writes all of `bytes` to a new file (checking the count of every write) and flushes it to the disk. */
export function writeWhole(file: string, bytes: Uint8Array): void {
  const fd = fs.openSync(file, 'wx');
  try {
    let offset = 0;
    while (offset < bytes.length) {
      const n = fs.writeSync(fd, bytes, offset, bytes.length - offset);
      if (n <= 0) throw Object.assign(new Error('ENOSPC: nothing written'), { code: 'ENOSPC' });
      offset += n;
    }
    fs.fsyncSync(fd);
  } catch (err) {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
    throw err;
  }
  fs.closeSync(fd);
}

function hashOfFile(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function fsyncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // some file systems refuse; the rename itself is atomic
  }
}

/**
 * Removes what an interrupted write left in the attachments folder: "<hash>.<pid>.<random>.tmp"
 * files and a restore's "<hash>.khoi-phuc-<pid>" copies. Called at start, before anything writes.
 */
export function removeLeftoverTemporaries(dataDir: string): string[] {
  const dir = attachmentsDir(dataDir);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed = names.filter((n) => n.endsWith(TEMP_SUFFIX) || /\.khoi-phuc-\d+$/.test(n));
  for (const n of removed) fs.rmSync(path.join(dir, n), { force: true });
  return removed;
}

export function removeFiles(paths: string[]): void {
  for (const p of paths) fs.rmSync(p, { force: true });
}

/** Removes the stored files no attachment row refers to any more. Call after the deleting commit. */
export async function removeUnreferenced(db: AppDb, dataDir: string, hashes: string[]): Promise<void> {
  for (const sha of new Set(hashes)) {
    const used = await db.selectFrom('report_attachments').select('id').where('sha256', '=', sha).executeTakeFirst();
    if (!used && /^[0-9a-f]{64}$/.test(sha)) fs.rmSync(path.join(attachmentsDir(dataDir), sha), { force: true });
  }
}

/** The stored bytes, checked against their hash; null when the file is gone or damaged. */
export function readStoredFile(dataDir: string, sha256: string): Buffer | null {
  if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
  const file = path.join(attachmentsDir(dataDir), sha256);
  if (!fs.existsSync(file)) return null;
  const bytes = fs.readFileSync(file);
  return crypto.createHash('sha256').update(bytes).digest('hex') === sha256 ? bytes : null;
}
