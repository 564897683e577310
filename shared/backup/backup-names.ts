// Names of backups: a folder per backup, named by its local date-time and its reason, so that a
// clerk looking at a USB drive can tell them apart. Pure: no Node, usable by every side.

/** Why a backup was made. The values appear in folder names, so they are plain ASCII. */
export const BACKUP_REASONS = ['tu-dong', 'thu-cong', 'truoc-cap-nhat', 'truoc-khoi-phuc'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** What the Settings screen shows for each reason. */
export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  'tu-dong': 'Tự động',
  'thu-cong': 'Do người dùng tạo',
  'truoc-cap-nhat': 'Trước khi cập nhật phiên bản',
  'truoc-khoi-phuc': 'Trước khi khôi phục',
};

export const BACKUP_NAME_PREFIX = 'ThuongTruc';

/** Local wall-clock time as "YYYY-MM-DDTHH:mm:ss" (no zone: what the clerk's clock showed). */
export function localStamp(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}` +
    `T${p(date.getHours())}:${p(date.getMinutes())}:${p(date.getSeconds())}`
  );
}

/** "ThuongTruc_2025-11-28_14-30-05_tu-dong", with "_2", "_3"... when that name is taken. */
export function backupName(stamp: string, reason: BackupReason, sequence = 1): string {
  const [day, time] = stamp.split('T') as [string, string];
  const base = `${BACKUP_NAME_PREFIX}_${day}_${time.replace(/:/g, '-')}_${reason}`;
  return sequence > 1 ? `${base}_${sequence}` : base;
}

const NAME_PATTERN = new RegExp(
  `^${BACKUP_NAME_PREFIX}_(\\d{4}-\\d{2}-\\d{2})_(\\d{2})-(\\d{2})-(\\d{2})_(${BACKUP_REASONS.join('|')})(?:_(\\d{1,4}))?$`,
);

export interface ParsedBackupName {
  name: string;
  /** Local "YYYY-MM-DDTHH:mm:ss". */
  at: string;
  reason: BackupReason;
  sequence: number;
}

/** Reads a backup folder name; null for anything else (other folders are never touched). */
export function parseBackupName(name: string): ParsedBackupName | null {
  const m = NAME_PATTERN.exec(name);
  if (!m) return null;
  return {
    name,
    at: `${m[1]}T${m[2]}:${m[3]}:${m[4]}`,
    reason: m[5] as BackupReason,
    sequence: m[6] ? Number(m[6]) : 1,
  };
}

/** "2025-11-28T14:30:05" -> "28/11/2025 14:30", as the Settings screen lists backups. */
export function formatBackupTimeVi(stamp: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(stamp);
  return m ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}` : '';
}

/** Newest first; same second ordered by sequence. */
export function compareNewestFirst(a: ParsedBackupName, b: ParsedBackupName): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  return b.sequence - a.sequence;
}
