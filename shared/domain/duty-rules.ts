// What changing or deleting a reporting duty does to its periods: which periods and expected
// reports go, which are reworded, and when the change is refused because a report already received
// would lose its period or its agency's obligation. Pure: db/queries/reporting-duties.ts applies it.
import type { GeneratedPeriod } from './periods';
import type { PeriodType } from './types';

export interface ExistingPeriod {
  id: number;
  periodType: PeriodType;
  year: number;
  index: number;
  label: string;
  dueDate: string;
  /** The due date the duty gave before the change: a period whose date differs was moved by the clerk. */
  previousDefaultDueDate: string | null;
  expected: { id: number; agencyId: number; agencyName: string; received: boolean }[];
}

export interface PeriodUpdate {
  id: number;
  label: string;
  windowFrom: string;
  windowTo: string;
  dueDate: string;
  dueText: string;
  dueInclusive: boolean;
}

export interface DutyChangePlan {
  /** Why the change cannot be made, in Vietnamese; null when it can. */
  refusal: string | null;
  deletePeriods: number[];
  updatePeriods: PeriodUpdate[];
  deleteExpected: number[];
}

function receivedNames(p: ExistingPeriod, only?: (agencyId: number) => boolean): string[] {
  return p.expected.filter((e) => e.received && (!only || only(e.agencyId))).map((e) => e.agencyName);
}

function listNames(names: string[]): string {
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} và ${names.length - 3} đơn vị khác`;
}

/**
 * Brings a duty's existing periods in line with the periods it now asks for (`wanted`: none for a
 * deleted, upward or ad-hoc duty) and the agencies it now obliges. Periods that are no longer asked
 * for go, with their expected reports; an agency no longer obliged loses its expected reports.
 * Refused, with the reason, when either would take away a report already received.
 */
export function planDutyChange(
  existing: ExistingPeriod[],
  wanted: GeneratedPeriod[],
  obliged: number[],
  action: 'change' | 'delete' = 'change',
): DutyChangePlan {
  const plan: DutyChangePlan = { refusal: null, deletePeriods: [], updatePeriods: [], deleteExpected: [] };
  const stillObliged = new Set(obliged);
  const problems: string[] = [];
  for (const p of existing) {
    const match = wanted.find((w) => w.periodType === p.periodType && w.year === p.year && w.index === p.index);
    if (!match) {
      const names = receivedNames(p);
      if (names.length) problems.push(`kỳ ${p.label} đã nhận báo cáo của ${listNames(names)}`);
      else plan.deletePeriods.push(p.id);
      continue;
    }
    const moved = p.previousDefaultDueDate !== null && p.dueDate !== p.previousDefaultDueDate;
    plan.updatePeriods.push({
      id: p.id,
      label: match.label,
      windowFrom: match.window.from,
      windowTo: match.window.to,
      dueDate: moved ? p.dueDate : match.dueDate,
      dueText: match.dueText,
      dueInclusive: match.dueInclusive,
    });
    const dropped = p.expected.filter((e) => !stillObliged.has(e.agencyId));
    const keptBack = dropped.filter((e) => e.received).map((e) => e.agencyName);
    if (keptBack.length) problems.push(`${listNames(keptBack)} đã gửi báo cáo ${p.label}`);
    plan.deleteExpected.push(...dropped.filter((e) => !e.received).map((e) => e.id));
  }
  if (problems.length) {
    plan.refusal = `Không thể ${action === 'delete' ? 'xóa nghĩa vụ báo cáo' : 'thay đổi'} vì ${problems.join('; ')}. Hãy xóa các báo cáo đã nhận đó trước, hoặc giữ nguyên kỳ và đơn vị phải báo cáo.`;
  }
  return plan;
}
