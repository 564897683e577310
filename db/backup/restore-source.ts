// What a restore may start from, and the checks a copy must pass before it replaces anything:
// a SQLite file, intact (integrity_check), with the tables of Thường trực, no migration this build
// does not know, and (for a backup folder) the checksum and attachments its manifest lists.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import { hasSqliteHeader } from '../integrity';
import {
  ATTACHMENTS_FOLDER,
  BACKUP_DATABASE_FILE,
  BACKUP_MANIFEST_FILE,
  REQUIRED_TABLES,
  readManifest,
  type BackupManifest,
} from './format';
import { sha256File } from './files';
import { normalizeSchema, schemaAfter, schemaDifferences } from './schema-check';
import { databaseFactsOffThread } from './check-off-thread';

export interface RestoreSource {
  /** The database file to restore. */
  databaseFile: string;
  /** The backup's attachments folder, when the source is a backup folder that has one. */
  attachmentsDir: string | null;
  manifest: BackupManifest | null;
}

const FIELD = 'backupPath';

/** Finds the database (and attachments) behind a path the clerk chose: a backup folder or a file. */
export function resolveRestoreSource(source: string): RestoreSource {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(source);
  } catch {
    throw new AppError('NOT_FOUND', `Không tìm thấy tệp hoặc thư mục: ${source}.`, FIELD);
  }
  let folder: string | null = null;
  let databaseFile: string;
  if (stat.isDirectory()) {
    folder = source;
    databaseFile = path.join(source, BACKUP_DATABASE_FILE);
  } else if (stat.isFile() && path.basename(source) === BACKUP_MANIFEST_FILE) {
    folder = path.dirname(source);
    databaseFile = path.join(folder, BACKUP_DATABASE_FILE);
  } else if (stat.isFile()) {
    databaseFile = source;
    if (path.basename(source) === BACKUP_DATABASE_FILE && readManifest(path.dirname(source))) folder = path.dirname(source);
  } else {
    throw new AppError('VALIDATION', 'Đường dẫn này không phải tệp hay thư mục thông thường.', FIELD);
  }

  let dbStat: fs.Stats | null;
  try {
    dbStat = fs.statSync(databaseFile);
  } catch {
    dbStat = null;
  }
  if (!dbStat?.isFile()) {
    throw new AppError(
      'VALIDATION',
      `Thư mục này không chứa bản sao lưu của Thường trực (không có tệp ${BACKUP_DATABASE_FILE}).`,
      FIELD,
    );
  }
  if (!hasSqliteHeader(databaseFile)) {
    throw new AppError('VALIDATION', 'Tệp này không phải bản sao lưu của Thường trực (không phải cơ sở dữ liệu SQLite).', FIELD);
  }
  const wal = `${databaseFile}-wal`;
  if (fs.existsSync(wal) && fs.statSync(wal).size > 0) {
    throw new AppError(
      'CONFLICT',
      'Tệp dữ liệu này đang được một chương trình mở hoặc chưa được đóng đúng cách (có tệp -wal đi kèm). ' +
        'Hãy đóng chương trình đó, hoặc chọn một thư mục sao lưu.',
      FIELD,
    );
  }
  const manifest = folder ? readManifest(folder) : null;
  const attachmentsPath = folder ? path.join(folder, ATTACHMENTS_FOLDER) : null;
  const attachmentsDir = attachmentsPath && lexists(attachmentsPath) ? attachmentsPath : null;
  if (attachmentsDir) checkAttachmentsFolder(attachmentsDir, manifest);
  if (manifest) checkAttachmentsAgainstManifest(manifest, attachmentsDir);
  return { databaseFile, attachmentsDir, manifest };
}

/**
 * Checks a copy of the database (already in the data folder, so the source cannot change under us)
 * and returns the migrations it holds. Opens it read-only; never changes it.
 */
export async function validateDatabaseCopy(
  copy: string,
  manifest: BackupManifest | null,
  knownMigrations: readonly string[],
  /** Told how far the check is: 0..1 through the checksum, then 'integrity' while integrity_check runs. */
  onProgress?: (step: 'checksum' | 'integrity', fraction: number) => void,
): Promise<string[]> {
  if (!hasSqliteHeader(copy)) {
    throw new AppError('VALIDATION', 'Tệp này không phải bản sao lưu của Thường trực (không phải cơ sở dữ liệu SQLite).', FIELD);
  }
  const bytes = fs.statSync(copy).size || 1;
  if (manifest && (await sha256File(copy, (read) => onProgress?.('checksum', read / bytes))) !== manifest.database.sha256) {
    throw new AppError(
      'VALIDATION',
      'Tệp sao lưu đã bị thay đổi hoặc chép không trọn vẹn (mã kiểm tra không khớp với bản kê backup.json).',
      FIELD,
    );
  }
  try {
    // integrity_check reads every page: in a worker thread, so the app answers meanwhile.
    onProgress?.('integrity', 0);
    const facts = await databaseFactsOffThread(copy);
    onProgress?.('integrity', 1);
    if (facts.integrity !== 'ok' || !facts.schema) {
      throw new AppError('VALIDATION', 'Tệp sao lưu bị hỏng (kiểm tra toàn vẹn không đạt).', FIELD);
    }
    const schema = normalizeSchema(facts.schema);
    const tables = new Set(schema.filter((o) => o.type === 'table').map((o) => o.name));
    if (REQUIRED_TABLES.some((t) => !tables.has(t)) || !facts.migrations) {
      throw new AppError('VALIDATION', 'Tệp này là cơ sở dữ liệu SQLite nhưng không phải dữ liệu của Thường trực.', FIELD);
    }
    const migrations = facts.migrations;
    const unknown = migrations.filter((m) => !knownMigrations.includes(m));
    if (unknown.length > 0) {
      throw new AppError(
        'CONFLICT',
        'Bản sao lưu này được tạo bởi phiên bản Thường trực mới hơn phiên bản đang dùng. ' +
          'Hãy cài phiên bản mới nhất rồi khôi phục lại.',
        FIELD,
      );
    }
    // Exactly the schema this build's migrations make: no trigger, view, table or index of anyone else.
    const expected = await schemaAfter(migrations);
    const differences = expected ? schemaDifferences(schema, expected) : ['danh sách cập nhật cấu trúc không liền mạch'];
    if (differences.length > 0) {
      throw new AppError(
        'VALIDATION',
        `Bản sao lưu này có cấu trúc dữ liệu khác với cấu trúc của Thường trực (${differences.slice(0, 3).join('; ')}${differences.length > 3 ? '; …' : ''}), ` +
          'nên không khôi phục; có thể tệp đã bị sửa bởi một chương trình khác. Dữ liệu hiện tại không bị thay đổi.',
        FIELD,
      );
    }
    return migrations;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('VALIDATION', 'Không đọc được tệp sao lưu (tệp bị hỏng hoặc không phải dữ liệu của Thường trực).', FIELD);
  }
}

function lexists(p: string): boolean {
  try {
    fs.lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * A backup's attachments folder is a real folder of plain files, each listed in its manifest: no
 * symbolic link (to the folder, a file or a subfolder), no device or pipe, nothing unlisted, which
 * the restore would otherwise copy into the data folder.
 */
function checkAttachmentsFolder(dir: string, manifest: BackupManifest | null): void {
  const refuse = (what: string) => {
    throw new AppError(
      'VALIDATION',
      `Bản sao lưu này có ${what} trong thư mục ${ATTACHMENTS_FOLDER}, nên không khôi phục. Dữ liệu hiện tại không bị thay đổi.`,
      FIELD,
    );
  };
  const listed = new Set((manifest?.attachments.files ?? []).map((f) => f?.path));
  const visit = (abs: string, rel: string) => {
    const stat = fs.lstatSync(abs);
    if (stat.isSymbolicLink()) refuse(`liên kết tượng trưng (${rel || ATTACHMENTS_FOLDER})`);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(abs)) visit(path.join(abs, name), rel ? `${rel}/${name}` : name);
    } else if (!stat.isFile()) {
      refuse(`tệp đặc biệt (${rel})`);
    } else if (!listed.has(rel)) {
      refuse(`tệp không có trong bản kê backup.json (${rel})`);
    }
  };
  visit(dir, '');
}

/** Every attachment the manifest lists is there, with its size. Paths in the manifest are untrusted. */
function checkAttachmentsAgainstManifest(manifest: BackupManifest, attachmentsDir: string | null): void {
  for (const file of manifest.attachments.files) {
    const parts = typeof file?.path === 'string' ? file.path.split('/') : [];
    // eslint-disable-next-line no-control-regex -- a NUL in a listed path is refused
    const safe = parts.length > 0 && parts.every((p) => p !== '' && p !== '.' && p !== '..' && !/[\\:\u0000]/.test(p));
    if (!safe) throw new AppError('VALIDATION', 'Bản kê của bản sao lưu có đường dẫn tệp đính kèm không hợp lệ.', FIELD);
    const absolute = attachmentsDir ? path.join(attachmentsDir, ...parts) : null;
    let size = -1;
    try {
      if (absolute) size = fs.statSync(absolute).size;
    } catch {
      size = -1;
    }
    if (size !== file.bytes) {
      throw new AppError(
        'VALIDATION',
        `Bản sao lưu thiếu tệp đính kèm hoặc tệp đã bị thay đổi: ${file.path}. Dữ liệu hiện tại không bị thay đổi.`,
        FIELD,
      );
    }
  }
}
