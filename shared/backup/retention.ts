// Which automatic backups to keep: several from today, the newest of each day for two weeks, the
// newest of each month for two years, and always the newest one. Pure: the caller deletes.
import type { BackupReason } from './backup-names';

export interface RetentionPolicy {
  /** Automatic backups kept from today (newest first). */
  today: number;
  /** Days (today included) for which the newest automatic backup of the day is kept. */
  days: number;
  /** Months (this month included) for which the newest automatic backup of the month is kept. */
  months: number;
  /** Backups made before an update or before a restore: newest kept per reason. */
  special: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { today: 8, days: 14, months: 24, special: 10 };

export interface RetainedBackup {
  name: string;
  /** Local "YYYY-MM-DDTHH:mm:ss". */
  at: string;
  reason: BackupReason;
}

/**
 * Names of the backups to delete, given all backups in the folder and the local time now
 * ("YYYY-MM-DDTHH:mm:ss"). Backups made by the user are never deleted; nor is anything dated in
 * the future (a clock set wrong is no reason to lose data).
 */
export function backupsToDelete(
  backups: readonly RetainedBackup[],
  now: string,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): string[] {
  const keep = new Set<string>();
  const newestFirst = [...backups].sort((a, b) => (a.at === b.at ? (a.name < b.name ? 1 : -1) : a.at < b.at ? 1 : -1));
  const today = now.slice(0, 10);
  const todayNumber = dayNumber(today);
  const monthNow = monthNumber(now);

  for (const b of newestFirst) if (b.reason === 'thu-cong' || b.at > now) keep.add(b.name);

  for (const reason of ['truoc-cap-nhat', 'truoc-khoi-phuc'] as const) {
    newestFirst
      .filter((b) => b.reason === reason)
      .slice(0, policy.special)
      .forEach((b) => keep.add(b.name));
  }

  const automatic = newestFirst.filter((b) => b.reason === 'tu-dong');
  if (automatic[0]) keep.add(automatic[0].name);
  automatic
    .filter((b) => b.at.slice(0, 10) === today)
    .slice(0, policy.today)
    .forEach((b) => keep.add(b.name));

  const seenDays = new Set<string>();
  const seenMonths = new Set<string>();
  for (const b of automatic) {
    const day = b.at.slice(0, 10);
    const month = b.at.slice(0, 7);
    const daysAgo = todayNumber - dayNumber(day);
    if (daysAgo >= 0 && daysAgo < policy.days && !seenDays.has(day)) keep.add(b.name);
    seenDays.add(day);
    const monthsAgo = monthNow - monthNumber(b.at);
    if (monthsAgo >= 0 && monthsAgo < policy.months && !seenMonths.has(month)) keep.add(b.name);
    seenMonths.add(month);
  }

  return newestFirst.filter((b) => !keep.has(b.name)).map((b) => b.name);
}

/** Days since 1970-01-01 of a "YYYY-MM-DD" date, counted on the calendar (no time zone). */
function dayNumber(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

function monthNumber(stamp: string): number {
  return Number(stamp.slice(0, 4)) * 12 + Number(stamp.slice(5, 7)) - 1;
}
