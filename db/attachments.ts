// The files attached to received reports: <dataFolder>/attachments/<sha256 of the content>.
// Content-addressed, so a name given by the user never becomes a path, the same file attached
// twice is stored once, and a backup of the data folder carries them all.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AppDb } from './connection';
import { MAX_UPLOAD_TOTAL_BYTES, attachmentProblem, attachmentTypeOf, cleanFileName } from '../shared/domain/attachments';
import { AppError } from '../shared/api/errors';

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
 * Writes the files that are not stored yet (through a temporary name, then renamed, so a crash never
 * leaves half a file under a content name). Returns the paths it created, for removal if the database
 * change that needs them fails.
 */
export function storeFiles(dataDir: string, files: IncomingFile[]): string[] {
  const dir = attachmentsDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const created: string[] = [];
  try {
    for (const f of files) {
      const target = path.join(dir, f.sha256);
      if (fs.existsSync(target) || created.includes(target)) continue;
      const tmp = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
      const fd = fs.openSync(tmp, 'wx');
      try {
        fs.writeSync(fd, f.bytes);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(tmp, target);
      created.push(target);
    }
  } catch (err) {
    removeFiles(created);
    throw err;
  }
  return created;
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
