// Rules for making next year's plan from an existing one: which dates move and how, how the
// wording changes, and what the copy leaves behind. The copy itself is in db/queries/plan-copy.ts.
import { addYears, parseIsoDate } from '../dates/iso-date';

const YEAR = /(?<!\d)(19|20)\d{2}(?!\d)/g;

/**
 * Replaces the plan's year in a text ("trong năm 2022" -> "trong năm 2023"), but only when it is the
 * only year the text names: "giai đoạn 2022 - 2025" is a span and is left as written.
 */
export function moveYearInText(text: string, fromYear: number, toYear: number): string {
  const years = text.match(YEAR) ?? [];
  if (years.length === 0 || years.some((y) => Number(y) !== fromYear)) return text;
  return text.replace(YEAR, String(toYear));
}

/**
 * A task's deadline in the copy. Deadlines within the source plan's time move by the difference in
 * years; a deadline that already lies at or after the end of the new plan's year belongs to the
 * longer programme ("giai đoạn 2022 - 2025": 31/12/2025) and is kept as it is.
 */
export function copiedDeadline(iso: string | null, fromYear: number, toYear: number): { date: string | null; kept: boolean } {
  if (iso === null || !parseIsoDate(iso)) return { date: iso, kept: false };
  if (toYear > fromYear && iso >= `${toYear}-12-31`) return { date: iso, kept: true };
  return { date: addYears(iso, toYear - fromYear), kept: false };
}

/** The title suggested for the copy. */
export function suggestCopyTitle(title: string, fromYear: number, toYear: number): string {
  return moveYearInText(title, fromYear, toYear);
}

/** What a copy does not carry over, as the review step tells the clerk. */
export function notCopiedNotes(fromYear: number): string[] {
  return [
    `Ngày hoàn thành, tiến độ và lịch sử thay đổi của nhiệm vụ năm ${fromYear} (nhiệm vụ năm mới bắt đầu "chưa hoàn thành").`,
    `Các kỳ báo cáo, báo cáo đã nhận và số liệu năm ${fromYear}.`,
    'Số và ngày ban hành của kế hoạch (để trống cho văn thư).',
    `Nội dung nhiệm vụ và chỉ tiêu giữ nguyên câu chữ: hãy rà soát những chỗ nhắc tới năm ${fromYear}.`,
  ];
}
