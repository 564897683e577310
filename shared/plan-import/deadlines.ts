// Deadlines and target values as a plan's wording gives them. Pure.
import type { DeadlineKind, PeriodType, TargetComparator, TargetKind } from '../domain/types';
import { daysInMonth, toIsoDate } from '../dates/iso-date';

export interface ReadDeadline {
  kind: DeadlineKind;
  date?: string;
  periodType?: PeriodType;
  /** The words the deadline was read from; absent when the text names none (read as "thường xuyên"). */
  text?: string;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function iso(y: number, m: number, d: number): string | null {
  if (!(y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m))) return null;
  return toIsoDate({ year: y, month: m, day: d });
}

/**
 * A task's deadline from its wording. Dated forms need a word that makes them a deadline ("trước ngày
 * 15/6", "chậm nhất 30/9/2026", "trong quý II/2026", "trong tháng 6/2026", "trong năm 2026"), so a
 * date that belongs to a cited document ("Nghị định … ngày 31/12/2021") is not read as one; "giai đoạn
 * 2022 - 2025" is the programme's period, read as no deadline. "báo cáo định kỳ 6 tháng" is due each
 * period; "thường xuyên", and no deadline at all, is ongoing.
 */
export function readDeadline(text: string, year: number): ReadDeadline {
  const t = text.normalize('NFC');
  let m = /(trước|chậm nhất|hạn|đến|hoàn thành|xong)\s+(?:trong\s+)?(?:ngày\s+)?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?!\d)/i.exec(t);
  if (m) {
    const d = iso(m[4] ? Number(m[4]) : year, Number(m[3]), Number(m[2]));
    if (d) return { kind: 'date', date: d, text: m[0] };
  }
  m = /(?:trong\s+|trước\s+|hết\s+)?quý\s+(IV|III|II|I|[1-4])(?:\s*\/\s*|\s+năm\s+)(\d{4})/i.exec(t);
  if (m) {
    const q = ROMAN[m[1]!.toLowerCase()] ?? 1;
    const y = Number(m[2]);
    const d = iso(y, q * 3, daysInMonth(y, q * 3));
    if (d) return { kind: 'date', date: d, text: m[0] };
  }
  m = /(?:trong\s+|trước\s+|hết\s+)tháng\s+(\d{1,2})(?:\s*\/\s*|\s+năm\s+)(\d{4})/i.exec(t) ?? /(?<![\d/])tháng\s+(\d{1,2})\/(\d{4})/i.exec(t);
  if (m) {
    const mo = Number(m[1]);
    const y = Number(m[2]);
    const d = iso(y, mo, mo >= 1 && mo <= 12 ? daysInMonth(y, mo) : 1);
    if (d) return { kind: 'date', date: d, text: m[0] };
  }
  m = /(?:trong|cuối|hết|trước)\s+năm\s+(\d{4})/i.exec(t);
  if (m) {
    const d = iso(Number(m[1]), 12, 31);
    if (d) return { kind: 'date', date: d, text: m[0] };
  }
  // "giai đoạn 2022 - 2025" names the programme's period, not the task's deadline: the plan of one year
  // would otherwise get a date it does not give (V.1.5's phase report is not due on 31/12/2025).
  m = /giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})/i.exec(t);
  if (m) return { kind: 'ongoing', text: m[0] };
  m = /báo cáo[^.;]*?định kỳ(?:\s+(6 tháng|sáu tháng|hàng quý|quý|hàng tháng|tháng|hàng năm|năm))?/i.exec(t);
  if (m) {
    const p = (m[1] ?? '').toLowerCase();
    const periodType: PeriodType = /quý/.test(p) ? 'quarter' : /^(hàng )?tháng/.test(p) ? 'month' : /năm/.test(p) && !/tháng/.test(p) ? 'annual' : 'six_month';
    return { kind: 'period', periodType, text: m[0] };
  }
  m = /thường xuyên|hàng ngày|liên tục/i.exec(t);
  if (m) return { kind: 'ongoing', text: m[0] };
  return { kind: 'ongoing' };
}

export interface ReadTarget {
  kind: TargetKind;
  comparator?: TargetComparator;
  value?: number;
  unit?: string;
}

const COUNT_UNITS = [
  'lượt người',
  'lượt',
  'người',
  'cuộc',
  'buổi',
  'lớp',
  'tin, bài',
  'tin bài',
  'bài',
  'cơ sở',
  'xã',
  'đợt',
  'vụ',
  'mô hình',
  'câu lạc bộ',
];

/** One target's value from its wording: "100%", "ít nhất 60%", "trên 80%", "50 lượt người". */
export function readTarget(wording: string): ReadTarget {
  const t = wording.normalize('NFC');
  const pct = /(ít nhất(?: là)?|tối thiểu|trên|không dưới|đạt)?\s*(\d+(?:[.,]\d+)?)\s*%/i.exec(t);
  if (pct) {
    return {
      kind: 'percent',
      comparator: pct[1] && !/^đạt$/i.test(pct[1]) ? 'at_least' : 'exactly',
      value: Number(pct[2]!.replace(',', '.')),
      unit: '%',
    };
  }
  const units = COUNT_UNITS.map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const cnt = new RegExp(`(ít nhất(?: là)?|tối thiểu|trên|không dưới)?\\s*(?<![\\d/.,])(\\d+)\\s+(${units})(?![\\p{L}])`, 'iu').exec(t);
  if (cnt) {
    return { kind: 'count', comparator: cnt[1] ? 'at_least' : 'exactly', value: Number(cnt[2]), unit: cnt[3] };
  }
  return { kind: 'qualitative' };
}

/** "100% huyện, thị xã, thành phố và 100% xã, phường, thị trấn …": one bullet, two targets. */
export function splitTargets(wording: string): number {
  return (wording.match(/\d+(?:[.,]\d+)?\s*%/g) ?? []).length >= 2 && /\d\s*%[^%]+\svà\s+\d+(?:[.,]\d+)?\s*%/.test(wording) ? 2 : 1;
}

/** For the second of two targets in one bullet: its own percentage. */
export function readSecondTarget(wording: string): ReadTarget {
  const i = wording.search(/\svà\s+\d+(?:[.,]\d+)?\s*%/);
  return readTarget(wording.slice(i));
}

/** The "Thời hạn" cell of an assignment table: a bare date counts ("31/12/2026"), so do "6 tháng", "Hàng năm". */
export function readDeadlineCell(cell: string, year: number): ReadDeadline {
  const t = cell.trim();
  const m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(t);
  if (m) {
    const d = iso(m[3] ? Number(m[3]) : year, Number(m[2]), Number(m[1]));
    if (d) return { kind: 'date', date: d, text: t };
  }
  const read = readDeadline(t, year);
  if (read.kind !== 'ongoing' || read.text) return read;
  const p = /(6 tháng|sáu tháng|hàng quý|quý|hàng tháng|hàng năm|9 tháng)/i.exec(t);
  if (p) {
    const w = p[1]!.toLowerCase();
    const periodType: PeriodType = /quý/.test(w) ? 'quarter' : /9/.test(w) ? 'nine_month' : /6|sáu/.test(w) ? 'six_month' : /tháng/.test(w) ? 'month' : 'annual';
    return { kind: 'period', periodType, text: t };
  }
  return read;
}
