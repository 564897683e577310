// Calendar dates as ISO strings "YYYY-MM-DD": what the database stores and the API carries.
// No time zones: a deadline is a day in the office's calendar.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DayParts {
  year: number;
  month: number;
  day: number;
}

export function parseIsoDate(iso: string): DayParts | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isRealDate(parts) ? parts : null;
}

/**
 * The day of an ISO date in ms since 1970 (UTC), NaN when it is no real day. Remembered: a plan of
 * thousands of tasks asks the same few hundred dates again and again (tasks.list judges every task).
 */
const utcMsCache = new Map<string, number>();
function utcMsOf(iso: string): number {
  let ms = utcMsCache.get(iso);
  if (ms === undefined) {
    const p = parseIsoDate(iso);
    ms = p ? Date.UTC(p.year, p.month - 1, p.day) : NaN;
    if (utcMsCache.size >= 20_000) utcMsCache.clear();
    utcMsCache.set(iso, ms);
  }
  return ms;
}

export function isIsoDate(value: string): boolean {
  return !Number.isNaN(utcMsOf(value));
}

export function isRealDate({ year, month, day }: DayParts): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2999) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIsoDate({ year, month, day }: DayParts): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toUtcMs(iso: string): number {
  const ms = utcMsOf(iso);
  if (Number.isNaN(ms)) throw new Error(`Ngày không hợp lệ: ${iso}`);
  return ms;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / 86_400_000);
}

export function addDays(iso: string, days: number): string {
  const d = new Date(toUtcMs(iso) + days * 86_400_000);
  return toIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** Same day and month in another year; 29/02 becomes 28/02 in a common year. */
export function addYears(iso: string, years: number): string {
  const p = parseIsoDate(iso);
  if (!p) throw new Error(`Ngày không hợp lệ: ${iso}`);
  const year = p.year + years;
  return toIsoDate({ year, month: p.month, day: Math.min(p.day, daysInMonth(year, p.month)) });
}

/** Today in the machine's local calendar. */
export function todayIso(now: Date = new Date()): string {
  return toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
