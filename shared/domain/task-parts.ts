// A task completed in parts: a recurring task (due at each 6-month, quarterly or annual report) is
// completed per period, each period in its own status bucket; a task led by several agencies is
// completed per lead agency ("4/10 đơn vị đã hoàn thành") and is done when all of them are.
// The buckets themselves are task-status.ts's, unchanged.
import type { DeadlineKind, PeriodType } from './types';
import { periodsOfDuty, type DutyTiming } from './periods';
import { taskStatus, type TaskStatusResult } from './task-status';

export interface TaskPeriod {
  /** Stable key of the period: "2022-six_month-1". */
  key: string;
  label: string;
  dueDate: string;
}

/** The report periods a task recurs in: a 6-monthly task at the 6-month and the annual report. */
const RECURS_AT: Partial<Record<PeriodType, PeriodType[]>> = {
  six_month: ['six_month', 'annual'],
  quarter: ['quarter'],
  month: ['month'],
  annual: ['annual'],
};

export function taskPeriods(periodType: PeriodType | null, duties: DutyTiming[], year: number): TaskPeriod[] {
  const kinds = periodType ? (RECURS_AT[periodType] ?? []) : [];
  const out = new Map<string, TaskPeriod>();
  for (const d of duties.filter((x) => kinds.includes(x.periodType))) {
    for (const p of periodsOfDuty(d, year)) {
      if (![...out.values()].some((o) => o.dueDate === p.dueDate)) {
        out.set(`${p.year}-${p.periodType}-${p.index}`, { key: `${p.year}-${p.periodType}-${p.index}`, label: p.label, dueDate: p.dueDate });
      }
    }
  }
  return [...out.values()].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

export interface CompletionRecord {
  periodKey: string;
  /** The lead agency that completed it; null for a task's single completion. */
  agencyId: number | null;
  date: string;
  /** Derived from a report received in the register (task-register.ts), not recorded by the clerk. */
  fromRegister?: boolean;
}

export interface TaskPart {
  /** '' for the task as a whole. */
  key: string;
  label: string;
  dueDate: string | null;
  /** Lead agencies that have completed this part, with the date. */
  done: { agencyId: number | null; date: string; fromRegister: boolean }[];
  /** How many completions the part needs: the number of lead agencies when several lead, else 1. */
  needed: number;
  completionDate: string | null;
  status: TaskStatusResult;
}

export interface TaskPartsInput {
  deadlineKind: DeadlineKind;
  deadline: string | null;
  /** The completion date stored on the task (set when every part is done, or recorded before parts existed). */
  completionDate: string | null;
  leadIds: number[];
}

/**
 * The parts of a task and their status today. A recurring task has one part per period (at least
 * two); any other task one part. With several lead agencies a part is complete when all have
 * completed it, on the last of their dates. A completion date on the task itself (completed as a
 * whole, or before parts were recorded) completes every part not completed on its own.
 */
export function taskParts(
  task: TaskPartsInput,
  periods: TaskPeriod[],
  records: CompletionRecord[],
  today: string,
  dueSoonDays: number,
): TaskPart[] {
  const shared = task.leadIds.length >= 2;
  const needed = shared ? task.leadIds.length : 1;
  const recurring = task.deadlineKind === 'period' && periods.length >= 2;
  // A completion date on the task (recorded as a whole, or before parts existed) completes every part.
  const whole = task.completionDate;
  const specs = recurring
    ? periods.map((p) => ({ key: p.key, label: p.label, dueDate: p.dueDate as string | null }))
    : [{ key: '', label: 'Cả nhiệm vụ', dueDate: task.deadlineKind === 'date' ? task.deadline : task.deadlineKind === 'period' ? (periods[0]?.dueDate ?? null) : null }];
  return specs.map((spec) => {
    const own = records.filter((r) => r.periodKey === spec.key && (shared ? r.agencyId !== null && task.leadIds.includes(r.agencyId) : true));
    const done = own.map((r) => ({ agencyId: r.agencyId, date: r.date, fromRegister: r.fromRegister === true }));
    const byParts = shared ? new Set(own.map((r) => r.agencyId)).size >= needed : own.length > 0;
    const completionDate = byParts ? done.map((d) => d.date).sort().at(-1)! : whole;
    const status = taskStatus(
      { deadlineKind: spec.dueDate ? 'date' : 'ongoing', deadline: spec.dueDate, completionDate },
      today,
      { dueSoonDays },
    );
    return { key: spec.key, label: spec.label, dueDate: spec.dueDate, done, needed, completionDate, status };
  });
}

/**
 * The part the task's row stands for: the first part still open; when all are done, the first one
 * done late (a task is done on time only if every part was), else the last.
 */
export function currentPart(parts: TaskPart[]): TaskPart {
  return (
    parts.find((p) => p.completionDate === null) ??
    parts.find((p) => p.status.status === 'done_late') ??
    parts[parts.length - 1]!
  );
}

/** The task's completion date: the last part's date once every part is done, else null. */
export function wholeCompletion(parts: TaskPart[]): string | null {
  return parts.every((p) => p.completionDate !== null) ? parts.map((p) => p.completionDate!).sort().at(-1)! : null;
}

/** "4/10 đơn vị đã hoàn thành" for a part of a task led by several agencies; null otherwise. */
export function leadsDoneText(part: TaskPart): string | null {
  return part.needed >= 2 ? `${part.done.length}/${part.needed} đơn vị đã hoàn thành` : null;
}

/**
 * What the task board shows under a task's status when it is completed in parts: the period the
 * status stands for and how many periods are done ("Kỳ năm 2022", "1/2 kỳ đã hoàn thành"), and for a
 * task led by several agencies how many of them have completed that part ("4/10 đơn vị đã hoàn thành").
 */
export function partsNote(parts: { label: string; status: string; leadsDone: string | null; current: boolean }[] | undefined): string[] {
  if (!parts || parts.length === 0) return [];
  const current = parts.find((p) => p.current) ?? parts[parts.length - 1]!;
  const lines: string[] = [];
  if (parts.length >= 2) {
    const done = parts.filter((p) => p.status === 'done_on_time' || p.status === 'done_late').length;
    lines.push(`Kỳ ${current.label}`, `${done}/${parts.length} kỳ đã hoàn thành`);
  }
  if (current.leadsDone) lines.push(current.leadsDone);
  return lines;
}

/** What the report needs of a part: when it was completed, and which of its lead agencies did it when. */
export interface PartForReport {
  label: string;
  completionDate: string | null;
  /** Dates of the lead agencies' own completions of this part (several leads). */
  leadDates: string[];
  needed: number;
}

/** A part as the report counts it (also carried by the task list's rows). */
export function partForReport(part: TaskPart): PartForReport {
  return { label: part.label, completionDate: part.completionDate, leadDates: part.needed >= 2 ? part.done.map((d) => d.date) : [], needed: part.needed };
}

export interface TaskForReport {
  code: string;
  completionDate: string | null;
  parts?: PartForReport[];
}

export interface ReportCompletions {
  /** Tasks completed in the window: as a whole, or one of their parts (a period, all its leads). */
  doneNow: number;
  /** Of those, tasks that only completed a period of a recurring task ("kỳ 6 tháng đầu năm 2022"). */
  periodsNow: number;
  /** Completed as a whole by the window's end. */
  doneAll: number;
  /** Tasks led by several agencies, some of which completed in the window, not yet all: "I.3: 1/3 đơn vị". */
  someLeadsNow: { code: string; done: number; needed: number }[];
}

const within = (d: string | null, from: string | null, to: string | null) => !!d && (!from || d >= from) && (!to || d <= to);

/**
 * The completions a report counts for its data window, the way the task board counts them: a
 * recurring task whose period was completed in the window counts as completed in it (its other
 * periods still open), a task led by several agencies counts once all of them completed it, and
 * until then the agencies that did are counted apart.
 */
export function completionsInWindow(tasks: TaskForReport[], from: string | null, to: string | null): ReportCompletions {
  let doneNow = 0;
  let periodsNow = 0;
  let doneAll = 0;
  const someLeadsNow: ReportCompletions['someLeadsNow'] = [];
  for (const t of tasks) {
    if (t.completionDate && (!to || t.completionDate <= to)) doneAll++;
    if (within(t.completionDate, from, to)) {
      doneNow++;
      continue;
    }
    const parts = t.parts ?? [];
    if (parts.some((p) => within(p.completionDate, from, to))) {
      doneNow++;
      if (parts.length >= 2) periodsNow++;
      continue;
    }
    const open = parts.find((p) => p.completionDate === null && p.needed >= 2 && p.leadDates.some((d) => within(d, from, to)));
    if (open) someLeadsNow.push({ code: t.code, done: open.leadDates.filter((d) => !to || d <= to).length, needed: open.needed });
  }
  return { doneNow, periodsNow, doneAll, someLeadsNow };
}

/** The part of a task completed in the window, for the report's line on the task; null if none. */
export function partDoneInWindow(task: TaskForReport, from: string | null, to: string | null): PartForReport | null {
  if (within(task.completionDate, from, to)) return null;
  return (task.parts ?? []).find((p) => within(p.completionDate, from, to)) ?? null;
}
