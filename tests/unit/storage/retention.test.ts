// The retention policy of automatic backups: several from today, the newest of each day for two
// weeks, the newest of each month for two years; never the clerk's own backups.
import { describe, expect, it } from 'vitest';
import { backupsToDelete, type RetainedBackup } from '../../../shared/backup/retention';
import {
  backupName,
  formatBackupTimeVi,
  localStamp,
  parseBackupName,
  type BackupReason,
} from '../../../shared/backup/backup-names';

const NOW = '2025-11-28T17:00:00';

function b(at: string, reason: BackupReason = 'tu-dong'): RetainedBackup {
  return { name: backupName(at, reason), at, reason };
}

function kept(all: RetainedBackup[], now = NOW): string[] {
  const doomed = new Set(backupsToDelete(all, now));
  return all.filter((x) => !doomed.has(x.name)).map((x) => x.at);
}

describe('backupsToDelete', () => {
  it('keeps the 8 newest automatic backups of today and deletes older ones of today', () => {
    const today = Array.from({ length: 12 }, (_, i) => b(`2025-11-28T${String(8 + i).padStart(2, '0')}:00:00`));
    expect(kept(today)).toEqual(today.slice(4).map((x) => x.at));
  });

  it('keeps the newest backup of each of the last 14 days, and only that one', () => {
    const all: RetainedBackup[] = [];
    for (let d = 1; d <= 20; d++) {
      const day = `2025-11-${String(d).padStart(2, '0')}`;
      all.push(b(`${day}T09:00:00`), b(`${day}T16:30:00`));
    }
    const result = kept(all);
    // 15..20 November (14 days back from the 28th reach the 15th): the 16:30 one of each day.
    for (let d = 15; d <= 20; d++) expect(result).toContain(`2025-11-${d}T16:30:00`);
    for (let d = 15; d <= 20; d++) expect(result).not.toContain(`2025-11-${d}T09:00:00`);
    // Before the 15th only the month's newest survives, which is the 20th (already kept).
    expect(result.filter((at) => at < '2025-11-15')).toEqual([]);
  });

  it('keeps the newest backup of each of the last 24 months', () => {
    const all: RetainedBackup[] = [];
    for (let i = 0; i < 30; i++) {
      const date = new Date(Date.UTC(2025, 10 - i, 1));
      const ym = date.toISOString().slice(0, 7);
      all.push(b(`${ym}-03T10:00:00`), b(`${ym}-20T10:00:00`));
    }
    const result = kept(all);
    expect(result).toContain('2025-11-20T10:00:00');
    expect(result).toContain('2023-12-20T10:00:00'); // 23 months back
    expect(result).not.toContain('2023-12-03T10:00:00');
    expect(result).not.toContain('2023-11-20T10:00:00'); // 24 months back: gone
    expect(result.filter((at) => at.endsWith('-03T10:00:00') && at < '2025-11')).toEqual([]);
  });

  it('never deletes backups the clerk made, nor the newest automatic one however old', () => {
    const all = [b('2019-01-05T10:00:00', 'thu-cong'), b('2020-02-01T10:00:00'), b('2019-03-01T10:00:00')];
    expect(kept(all)).toEqual(['2019-01-05T10:00:00', '2020-02-01T10:00:00']);
  });

  it('keeps the 10 newest backups made before an update and before a restore, separately', () => {
    const all: RetainedBackup[] = [];
    for (let i = 0; i < 12; i++) {
      all.push(b(`2024-01-${String(i + 1).padStart(2, '0')}T10:00:00`, 'truoc-cap-nhat'));
      all.push(b(`2024-01-${String(i + 1).padStart(2, '0')}T11:00:00`, 'truoc-khoi-phuc'));
    }
    const result = kept(all);
    expect(result.filter((at) => at.endsWith('T10:00:00'))).toHaveLength(10);
    expect(result.filter((at) => at.endsWith('T11:00:00'))).toHaveLength(10);
    expect(result).not.toContain('2024-01-01T10:00:00');
    expect(result).not.toContain('2024-01-02T11:00:00');
  });

  it('keeps backups dated in the future (a clock set wrong is no reason to lose them)', () => {
    const all = [b('2026-05-01T10:00:00'), b('2026-05-01T11:00:00'), b('2025-11-28T10:00:00')];
    expect(kept(all)).toHaveLength(3);
  });
});

describe('backup names', () => {
  it('carry the local date-time and the reason, and read back', () => {
    const stamp = localStamp(new Date(2025, 0, 5, 7, 3, 9));
    expect(stamp).toBe('2025-01-05T07:03:09');
    const name = backupName(stamp, 'truoc-khoi-phuc', 2);
    expect(name).toBe('ThuongTruc_2025-01-05_07-03-09_truoc-khoi-phuc_2');
    expect(parseBackupName(name)).toEqual({ name, at: stamp, reason: 'truoc-khoi-phuc', sequence: 2 });
    expect(formatBackupTimeVi(stamp)).toBe('05/01/2025 07:03');
  });

  it('ignore folders that are not backups', () => {
    for (const name of ['attachments', 'ThuongTruc_2025-01-05_07-03-09', 'ThuongTruc_2025-01-05_07-03-09_xoa-het', '.tmp-ThuongTruc_2025-01-05_07-03-09_tu-dong']) {
      expect(parseBackupName(name)).toBeNull();
    }
  });
});
