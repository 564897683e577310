// How dates are written for Vietnamese readers: dd/mm/yyyy on screen, and typed back the same way.
import { parseIsoDate, toIsoDate, isRealDate } from './iso-date';

/** "2022-06-15" -> "15/06/2022"; empty or invalid input gives "". */
export function formatDateVi(iso: string | null | undefined): string {
  if (!iso) return '';
  const p = parseIsoDate(iso);
  // A stored value the app cannot read (written by another program) is shown as it is, marked.
  if (!p) return `${iso} (ngày không đọc được)`;
  return `${String(p.day).padStart(2, '0')}/${String(p.month).padStart(2, '0')}/${p.year}`;
}

/**
 * Reads a date as a clerk types it: "15/6/2022", "15/06/2022", "15-6-2022", "15.6.2022".
 * Returns the ISO date, or null when it is not a real day.
 */
export function parseDateVi(text: string): string | null {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const parts = { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
  return isRealDate(parts) ? toIsoDate(parts) : null;
}

/** "15/6": the short day/month form plans use in wording such as "trước ngày 15/6". */
export function formatDayMonthVi(month: number, day: number): string {
  return `${day}/${month}`;
}
