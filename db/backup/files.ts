// File helpers for backups and restores: hashing, walking a folder without following links,
// durable writes, and renames that survive a virus scanner briefly holding a file on Windows.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** SHA-256 of a file, read in chunks (`onBytes` is told how many bytes were read so far). */
export function sha256File(file: string, onBytes?: (read: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash('sha256');
    let read = 0;
    fs.createReadStream(file)
      .on('data', (chunk) => {
        hash.update(chunk);
        read += chunk.length;
        onBytes?.(read);
      })
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}

export interface WalkedFile {
  /** Relative path with "/" separators. */
  relative: string;
  absolute: string;
  bytes: number;
}

/** Regular files under a folder, recursively; symbolic links and special files are skipped. */
export function walkFiles(root: string): WalkedFile[] {
  const out: WalkedFile[] = [];
  const visit = (dir: string, prefix: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const absolute = path.join(dir, entry.name);
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(absolute, relative);
      else if (entry.isFile()) out.push({ relative, absolute, bytes: fs.statSync(absolute).size });
    }
  };
  if (fs.existsSync(root)) visit(root, '');
  return out.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

/**
 * Puts a copy of `from` at `to`. A hard link when allowed and possible (attachments never change
 * in place, so a link is as good as a copy and costs no space), a real copy otherwise.
 */
export function linkOrCopy(from: string, to: string, allowLink: boolean): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  if (allowLink) {
    try {
      fs.linkSync(from, to);
      return;
    } catch {
      // other disk, FAT-formatted USB drive, or no permission: copy instead
    }
  }
  fs.copyFileSync(from, to);
  fsyncFile(to);
}

/** Flushes a file to the disk. */
export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flushes a folder's entries (a rename) to the disk where the platform allows it. */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // some file systems refuse; the rename itself is still atomic
  }
}

/** Writes a file through a temporary name, so that it is either absent or complete. */
export function writeFileDurably(file: string, content: string): void {
  const temp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(temp, content);
  fsyncFile(temp);
  renameWithRetry(temp, file);
}

const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);

/** fs.renameSync, retried for a short while when Windows reports the file as busy. */
export function renameWithRetry(from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (process.platform !== 'win32' || !RETRYABLE.has(code) || attempt >= 20) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
}

/** Size of a folder's regular files, recursively. */
export function folderBytes(root: string): number {
  return walkFiles(root).reduce((sum, f) => sum + f.bytes, 0);
}

/**
 * Copies a file in chunks without blocking the event loop (each chunk is an asynchronous read and
 * write, every count checked), flushes it, and tells `onBytes` how far it got.
 */
export async function copyFileInChunks(from: string, to: string, chunkBytes: number, onBytes?: (copied: number) => void): Promise<void> {
  const source = await fs.promises.open(from, 'r');
  try {
    const target = await fs.promises.open(to, 'wx');
    try {
      const buffer = Buffer.alloc(chunkBytes);
      let position = 0;
      for (;;) {
        const { bytesRead } = await source.read(buffer, 0, chunkBytes, position);
        if (bytesRead === 0) break;
        let written = 0;
        while (written < bytesRead) {
          const { bytesWritten } = await target.write(buffer, written, bytesRead - written, position + written);
          if (bytesWritten <= 0) throw new Error(`short write to ${to}`);
          written += bytesWritten;
        }
        position += bytesRead;
        onBytes?.(position);
      }
      await target.sync();
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}
