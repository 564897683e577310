// How dates are written for Vietnamese readers: dd/mm/yyyy on screen, and typed back the same way.
import { parseIsoDate, toIsoDate, isRealDate, daysInMonth } from './iso-date';

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
  return readDateVi(text).iso;
}

/** What a date field says when its text is not dd/mm/yyyy. */
export const DATE_FORMAT_MESSAGE = 'Ngày phải viết theo dạng ngày/tháng/năm, ví dụ 15/06/2022.';

export interface DateReading {
  /** The ISO date, or null when the text is empty or not a day. */
  iso: string | null;
  /** Why the text is not a day, in Vietnamese; null when it is one or is empty. */
  error: string | null;
}

/**
 * The one rule every date field follows: the text as typed, read as dd/mm/yyyy.
 * Empty text is no date and no error (the form says whether the field is required).
 * "31/02/2022" is written well but is no day: "Không có ngày 31/02/2022 (…)".
 */
export function readDateVi(text: string): DateReading {
  if (text.trim() === '') return { iso: null, error: null };
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!m) return { iso: null, error: DATE_FORMAT_MESSAGE };
  const parts = { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
  if (isRealDate(parts)) return { iso: toIsoDate(parts), error: null };
  if (parts.year < 1900 || parts.year > 2999) {
    return { iso: null, error: `Năm ${parts.year} nằm ngoài khoảng ứng dụng ghi nhận (từ 1900 đến 2999).` };
  }
  const written = `${String(parts.day).padStart(2, '0')}/${String(parts.month).padStart(2, '0')}/${parts.year}`;
  if (parts.month < 1 || parts.month > 12) return { iso: null, error: `Không có ngày ${written} (một năm có 12 tháng).` };
  const days = daysInMonth(parts.year, parts.month);
  return { iso: null, error: `Không có ngày ${written} (tháng ${parts.month} năm ${parts.year} có ${days} ngày).` };
}

/** "Hạn gửi: không có ngày 31/02/2022 (…)": a date's message where the form shows it away from the field. */
export function dateMessageFor(label: string, error: string): string {
  return `${label}: ${error.charAt(0).toLocaleLowerCase('vi')}${error.slice(1)}`;
}

/** "15/6": the short day/month form plans use in wording such as "trước ngày 15/6". */
export function formatDayMonthVi(month: number, day: number): string {
  return `${day}/${month}`;
}
