// Shared by the storage tests: temporary data folders, hashes of files and of table contents.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';

export function tempDir(prefix = 'thuong-truc-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Overwrites one whole page in the middle of a database file with garbage. */
export function corruptMiddlePage(file: string, pageSize = 4096): void {
  const size = fs.statSync(file).size;
  const page = Math.floor(size / pageSize / 2);
  const garbage = Buffer.alloc(pageSize, 0);
  for (let i = 0; i < pageSize; i++) garbage[i] = (i * 151 + 7) & 0xff;
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, garbage, 0, pageSize, page * pageSize);
  fs.closeSync(fd);
}

/** A hash of every row of every table but `except` (read-only), to prove a database's content did not change. */
export function tableContentHash(file: string, except: string[] = []): string {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const hash = crypto.createHash('sha256');
    const tables = db
      .prepare("select name from sqlite_master where type = 'table' order by name")
      .all() as { name: string }[];
    for (const { name } of tables) {
      if (except.includes(name)) continue;
      hash.update(`#${name}\n`);
      for (const row of db.prepare(`select * from "${name.replace(/"/g, '""')}" order by rowid`).iterate()) {
        hash.update(JSON.stringify(row) + '\n');
      }
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

/** Files under a folder with their sizes (sizes of SQLite's -shm index files left out). */
export function folderListing(root: string): string[] {
  const out: string[] = [];
  const visit = (dir: string, prefix: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        out.push(`${rel}/`);
        visit(abs, rel);
      } else {
        out.push(entry.name.endsWith('-shm') ? rel : `${rel} ${fs.statSync(abs).size}`);
      }
    }
  };
  visit(root, '');
  return out;
}
