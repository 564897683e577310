// A reporting duty's deadline as the plan words it ("trước ngày 15/6", "trước ngày 20 tháng cuối
// quý", "trước ngày 5 tháng sau"), read into the day and month the periods are generated from.
// The wording itself is kept as data; this only reads it.
import type { PeriodType } from './types';
import { foldVietnamese } from '../text/vietnamese';

export interface DueRule {
  dueMonth: number | null;
  dueDay: number | null;
  /** Quarterly and monthly duties: months after the period's closing month (0: the closing month). */
  dueMonthOffset: number | null;
}

export type DueRuleResult = ({ ok: true } & DueRule) | { ok: false; message: string };

const fail = (message: string): DueRuleResult => ({ ok: false, message });

/**
 * Reads the wording of a duty's deadline. Six-month, nine-month and annual duties need a day and a
 * month ("trước ngày 15/6", "trước ngày 15 tháng 12"); quarterly and monthly duties a day and which
 * month ("tháng cuối quý", "tháng đầu quý sau", "hằng tháng", "tháng sau"). Ad-hoc duties need none.
 */
export function parseDueRule(text: string, periodType: PeriodType): DueRuleResult {
  const t = foldVietnamese(text).toLowerCase().replace(/\s+/g, ' ').trim();
  if (periodType === 'ad_hoc') return { ok: true, dueMonth: null, dueDay: null, dueMonthOffset: null };
  if (!t) return fail('chưa ghi hạn gửi, ví dụ "trước ngày 15/6"');

  const dayMonth = /ngay (\d{1,2})\s*\/\s*(\d{1,2})(?!\s*\/?\s*\d)/.exec(t) ?? /ngay (\d{1,2}) thang (\d{1,2})\b/.exec(t);
  const dayOnly = /ngay (\d{1,2})\b/.exec(t);
  const checkDay = (d: number) => d >= 1 && d <= 31;

  if (periodType === 'quarter' || periodType === 'month') {
    if (!dayOnly) return fail('chưa ghi ngày, ví dụ "trước ngày 20 tháng cuối quý"');
    const day = Number(dayOnly[1]);
    if (!checkDay(day)) return fail(`ngày ${day} không có trong tháng`);
    if (dayMonth && /ngay \d{1,2}\s*\/\s*\d{1,2}/.test(t)) {
      return fail(
        periodType === 'quarter'
          ? 'báo cáo quý ghi hạn theo tháng của quý, ví dụ "trước ngày 20 tháng cuối quý"'
          : 'báo cáo tháng ghi hạn theo tháng, ví dụ "trước ngày 20 hằng tháng"',
      );
    }
    let offset: number;
    if (periodType === 'quarter') {
      if (/thang (cuoi|thu ba cua) quy/.test(t)) offset = 0;
      else if (/thang dau (cua )?quy (sau|tiep theo|ke tiep)/.test(t)) offset = 1;
      else if (/thang (thu hai|giua) (cua )?quy (sau|tiep theo)/.test(t)) offset = 2;
      else return fail('chưa rõ tháng nào: ghi "tháng cuối quý" hoặc "tháng đầu quý sau"');
    } else {
      if (/(thang sau|thang tiep theo|thang ke tiep)/.test(t)) offset = 1;
      else if (/(hang thang|hanh thang|trong thang|cua thang|moi thang)/.test(t)) offset = 0;
      else return fail('chưa rõ tháng nào: ghi "hằng tháng" hoặc "tháng sau"');
    }
    return { ok: true, dueMonth: null, dueDay: day, dueMonthOffset: offset };
  }

  if (!dayMonth) return fail('chưa ghi ngày và tháng, ví dụ "trước ngày 15/6"');
  const day = Number(dayMonth[1]);
  const month = Number(dayMonth[2]);
  if (month < 1 || month > 12) return fail(`không có tháng ${month}`);
  const longest = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day < 1 || day > longest) return fail(`tháng ${month} không có ngày ${day}`);
  return { ok: true, dueMonth: month, dueDay: day, dueMonthOffset: null };
}

/** The rule in words, for a summary line: "ngày 20 tháng cuối quý", "ngày 15/6". */
export function describeDueRule(rule: DueRule, periodType: PeriodType): string {
  if (periodType === 'ad_hoc' || rule.dueDay === null) return 'theo yêu cầu';
  if (rule.dueMonth !== null) return `ngày ${rule.dueDay}/${rule.dueMonth}`;
  if (periodType === 'quarter') {
    return `ngày ${rule.dueDay} ${['tháng cuối quý', 'tháng đầu quý sau', 'tháng thứ hai quý sau'][rule.dueMonthOffset ?? 0]}`;
  }
  return `ngày ${rule.dueDay} ${rule.dueMonthOffset === 1 ? 'tháng sau' : 'hằng tháng'}`;
}
