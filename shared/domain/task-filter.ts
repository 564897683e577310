// Which tasks of a plan a clerk is looking at: filters by agency and role, group, status bucket,
// deadline range and a diacritic-insensitive search; and the orders the task board offers.
// One set of rules for the task board, the assignment matrix and the per-agency page.
import type { TaskRow } from '../api/models';
import type { TaskStatus } from './task-status';
import { compareVietnamese, foldVietnamese } from '../text/vietnamese';
import { TASK_STATUS_LABELS } from './labels';
import { formatDateVi } from '../dates/vietnamese-dates';

/** leads = chủ trì, supports = phối hợp, either = one or the other. */
export const ROLE_FILTERS = ['either', 'lead', 'support'] as const;
export type RoleFilter = (typeof ROLE_FILTERS)[number];

export const ROLE_FILTER_LABELS: Record<RoleFilter, string> = {
  either: 'Chủ trì hoặc phối hợp',
  lead: 'Chủ trì',
  support: 'Phối hợp',
};

/** A status bucket, or "due soon" (open, in time, within the warning window). */
export type StatusFilter = TaskStatus | 'due_soon';

export const STATUS_FILTER_LABELS: Record<StatusFilter, string> = { ...TASK_STATUS_LABELS, due_soon: 'Sắp đến hạn' };

export interface TaskFilter {
  agencyId?: number | null;
  role?: RoleFilter;
  groupId?: number | null;
  /** Any of these; empty or missing = every status. */
  statuses?: StatusFilter[];
  /** ISO dates, inclusive, on the deadline the status is judged against. */
  deadlineFrom?: string | null;
  deadlineTo?: string | null;
  query?: string;
}

export const TASK_SORTS = ['plan', 'deadline', 'status', 'code', 'content', 'lead'] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

export const TASK_SORT_LABELS: Record<TaskSort, string> = {
  plan: 'Theo thứ tự kế hoạch',
  deadline: 'Thời hạn gần nhất trước',
  status: 'Quá hạn, sắp đến hạn trước',
  code: 'Theo mã nhiệm vụ',
  content: 'Theo nội dung (A-Z)',
  lead: 'Theo cơ quan chủ trì (A-Z)',
};

type Searchable = Pick<TaskRow, 'code' | 'content' | 'group' | 'lead' | 'support' | 'expectedOutput' | 'deadlineText'> &
  Partial<Pick<TaskRow, 'linkedLead' | 'linkedSupport' | 'sharedResponsibility'>>;

/** The text a search looks in: code, content, group, agencies, expected output, deadline wording. */
export function taskSearchText(t: Searchable): string {
  return [
    t.code,
    t.content,
    t.group.title,
    ...t.lead.map((a) => a.shortName),
    ...t.support.map((a) => a.shortName),
    ...(t.linkedLead ?? []).map((a) => a.shortName),
    ...(t.linkedSupport ?? []).map((a) => a.shortName),
    t.sharedResponsibility ?? '',
    t.expectedOutput ?? '',
    t.deadlineText ?? '',
  ].join(' ');
}

const utf8In = new TextEncoder();
const utf8Out = new TextDecoder();

/**
 * The same ASCII text as one flat string of one byte per character. The JS engine keeps the folded
 * text as the pieces the replacements left (and two bytes per character, from the decomposed
 * Vietnamese): the first search joined them for every task, 35–50 ms on the first keystroke at 5,000
 * tasks; read back from its UTF-8 bytes it is whole, at half the memory, and is made while warming.
 */
function compactAscii(text: string): string {
  return utf8Out.decode(utf8In.encode(text));
}

/** One task's folded search text: words of the text each after a space, and the code apart. */
interface FoldedTask {
  id: number;
  text: string;
  code: string;
}

/**
 * Each task object's folded text, kept while the object lives. A list fetched again keeps the objects
 * of the tasks that did not change (the query cache shares what is equal), so the new list's index
 * folds only the tasks that changed: one changed deadline no longer made the next first letter fold
 * all 5,000 tasks (250 ms).
 */
const foldedByTask = new WeakMap<object, FoldedTask>();

function foldedTask(t: Searchable & { id: number }): FoldedTask {
  let folded = foldedByTask.get(t);
  if (!folded) {
    // Folded text is plain ASCII: anything but letters, digits and dots separates words.
    folded = { id: t.id, text: compactAscii(` ${foldVietnamese(taskSearchText(t)).replace(/[^a-z0-9.]+/g, ' ')}`), code: foldVietnamese(t.code) };
    foldedByTask.set(t, folded);
  }
  return folded;
}

/** An answer kept for typing on: the tasks found, as ids (to filter with) and as their folded texts. */
interface Answer {
  ids: Set<number>;
  found: FoldedTask[];
  words: number;
}

/**
 * Folded search text per task, computed once per list so that each keystroke only folds the query
 * (thousands of tasks stay fast). Folding as matchesSearch in shared/text: case and diacritics are
 * ignored ("cong an" finds "Công an tỉnh"). Each word of the query must begin a word of the task's
 * text (or be part of its code): "an" finds "an ninh" but not "toàn", which keeps short Vietnamese
 * syllables from matching inside other words.
 */
export class TaskSearchIndex {
  private folded: FoldedTask[] | null = null;
  /** The tasks folded so far (`warmUntil` folds a slice at a time), in the list's order. */
  private partial: FoldedTask[] = [];
  private next = 0;
  /** Built on the first search, not on every reload of the list. */
  constructor(private readonly tasks: readonly (Searchable & { id: number })[]) {}
  private static readonly byList = new WeakMap<readonly object[], TaskSearchIndex>();
  /**
   * The one index of this very list (the same array): the index warmed while the list waited in the
   * cache is the one the screen searches with.
   */
  static of(tasks: readonly (Searchable & { id: number })[]): TaskSearchIndex {
    let index = TaskSearchIndex.byList.get(tasks);
    if (!index) {
      index = new TaskSearchIndex(tasks);
      TaskSearchIndex.byList.set(tasks, index);
    }
    return index;
  }
  private build(): FoldedTask[] {
    this.warmUntil(() => false);
    return this.folded!;
  }
  /**
   * Folds the text of the tasks not folded yet until `stop()` says enough (asked every 64 tasks): the
   * screen folds a slice whenever the browser is idle, so no long task stands in a keystroke's way.
   * True once every task is folded.
   */
  warmUntil(stop: () => boolean): boolean {
    if (this.folded) return true;
    const tasks = this.tasks;
    while (this.next < tasks.length) {
      this.partial.push(foldedTask(tasks[this.next++]!));
      if (this.next % 64 === 0 && this.next < tasks.length && stop()) return false;
    }
    this.folded = this.partial;
    return true;
  }
  /** Builds the folded text now, so that the first keystroke does not wait for it. */
  warm(): void {
    this.folded ??= this.build();
  }
  matches(taskId: number, query: string): boolean {
    return this.matchesWords(taskId, queryWords(query));
  }
  matchesWords(taskId: number, words: string[]): boolean {
    if (words.length === 0) return true;
    return this.matchingIds(words).has(taskId);
  }
  /** The answers to the last queries, by their words joined with spaces. */
  private answers = new Map<string, Answer>();
  /**
   * The ids of the tasks every word matches. Typing on narrows: the tasks "cong an" finds are among
   * those "cong a" found (each word only grows or is added), so a keystroke looks only at the last
   * answer, not at every task of the plan, and only at the words that changed ("an", not "cong" again:
   * every task of that answer has it); going back finds the shorter query's answer kept.
   */
  matchingIds(words: string[]): Set<number> {
    const key = words.join(' ');
    const known = this.answers.get(key);
    if (known) return known.ids;
    this.folded ??= this.build();
    let base: Answer | null = null;
    let baseKey = '';
    for (const [k, answer] of this.answers) {
      if (k.length > baseKey.length && key.startsWith(k)) {
        base = answer;
        baseKey = k;
      }
    }
    // The words before the base's last are the base's own, already matched by every task it found.
    const from = base ? base.words - 1 : 0;
    const checked = words.slice(from);
    const starts = checked.map((w) => ` ${w}`);
    const ids = new Set<number>();
    const found: FoldedTask[] = [];
    for (const entry of base ? base.found : this.folded) {
      let all = true;
      for (let i = 0; i < checked.length; i++) {
        if (!entry.text.includes(starts[i]!) && !entry.code.includes(checked[i]!)) {
          all = false;
          break;
        }
      }
      if (all) {
        ids.add(entry.id);
        found.push(entry);
      }
    }
    // A few dozen answers: the queries being typed and their shorter forms.
    if (this.answers.size >= 64) this.answers.delete(this.answers.keys().next().value!);
    this.answers.set(key, { ids, found, words: words.length });
    return ids;
  }
}

export function queryWords(query: string): string[] {
  return foldVietnamese(query)
    .replace(/[^a-z0-9.]+/g, ' ')
    .split(' ')
    .filter(Boolean);
}

/**
 * Whether the agency leads or supports the task, on the task itself or through the duties that carry
 * it out (a III task led "theo mục V" by the duty's agency).
 */
export function hasRole(
  t: Pick<TaskRow, 'lead' | 'support'> & Partial<Pick<TaskRow, 'linkedLead' | 'linkedSupport'>>,
  agencyId: number,
  role: RoleFilter = 'either',
): boolean {
  const leads = t.lead.some((a) => a.id === agencyId) || (t.linkedLead ?? []).some((a) => a.id === agencyId);
  if (role === 'lead') return leads;
  const supports = t.support.some((a) => a.id === agencyId) || (t.linkedSupport ?? []).some((a) => a.id === agencyId);
  return role === 'support' ? supports : leads || supports;
}

export function matchesStatus(t: Pick<TaskRow, 'status' | 'dueSoon'>, statuses: readonly StatusFilter[] | undefined): boolean {
  if (!statuses || statuses.length === 0) return true;
  return statuses.some((s) => (s === 'due_soon' ? t.dueSoon : t.status === s));
}

export function filterTasks<T extends TaskRow>(tasks: readonly T[], filter: TaskFilter, index?: TaskSearchIndex): T[] {
  const words = queryWords(filter.query ?? '');
  const found = words.length > 0 ? (index ?? new TaskSearchIndex(tasks)).matchingIds(words) : null;
  const from = filter.deadlineFrom || null;
  const to = filter.deadlineTo || null;
  return tasks.filter((t) => {
    if (filter.agencyId != null && !hasRole(t, filter.agencyId, filter.role)) return false;
    if (filter.groupId != null && t.group.id !== filter.groupId) return false;
    if (!matchesStatus(t, filter.statuses)) return false;
    if (from || to) {
      // A range asks for tasks with a deadline in it: ongoing tasks have none.
      if (!t.effectiveDeadline) return false;
      if (from && t.effectiveDeadline < from) return false;
      if (to && t.effectiveDeadline > to) return false;
    }
    if (found && !found.has(t.id)) return false;
    return true;
  });
}

/** Overdue first, then due soon, open in time, ongoing, done late, done on time. */
const STATUS_URGENCY: Record<TaskStatus, number> = {
  open_overdue: 0,
  open_on_time: 2,
  ongoing: 3,
  done_late: 4,
  done_on_time: 5,
};

function urgency(t: Pick<TaskRow, 'status' | 'dueSoon'>): number {
  return t.dueSoon ? 1 : STATUS_URGENCY[t.status];
}

/** Compares codes such as "III.1.a.2" and "III.1.a.10" part by part, numbers as numbers. */
export function compareTaskCodes(a: string, b: string): number {
  return compareVietnamese(a, b);
}

/** A new array in the chosen order; ties keep the plan's order (the input order). */
export function sortTasks<T extends TaskRow>(tasks: readonly T[], sort: TaskSort): T[] {
  // The plan's order is the input's: nothing to compare (the board's default, on every keystroke).
  if (sort === 'plan') return [...tasks];
  const position = new Map(tasks.map((t, i) => [t.id, i]));
  const byPlan = (a: T, b: T) => position.get(a.id)! - position.get(b.id)!;
  const noDeadlineLast = (a: string | null, b: string | null) =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
  const compare: Record<TaskSort, (a: T, b: T) => number> = {
    plan: byPlan,
    deadline: (a, b) => noDeadlineLast(a.effectiveDeadline, b.effectiveDeadline),
    status: (a, b) => urgency(a) - urgency(b) || noDeadlineLast(a.effectiveDeadline, b.effectiveDeadline),
    code: (a, b) => compareTaskCodes(a.code, b.code),
    content: (a, b) => compareVietnamese(a.content, b.content),
    lead: (a, b) => {
      const la = a.lead[0]?.shortName;
      const lb = b.lead[0]?.shortName;
      if (la === lb) return 0;
      if (la === undefined) return 1;
      if (lb === undefined) return -1;
      return compareVietnamese(la, lb);
    },
  };
  return [...tasks].sort((a, b) => compare[sort](a, b) || byPlan(a, b));
}

/** Counts per status bucket, and of due-soon tasks, in a list. */
export function countByStatus(tasks: readonly Pick<TaskRow, 'status' | 'dueSoon'>[]): Record<StatusFilter, number> {
  const counts: Record<StatusFilter, number> = {
    done_on_time: 0,
    done_late: 0,
    open_on_time: 0,
    open_overdue: 0,
    ongoing: 0,
    due_soon: 0,
  };
  for (const t of tasks) {
    counts[t.status] += 1;
    if (t.dueSoon) counts.due_soon += 1;
  }
  return counts;
}

/** How far a task's deadline is, in words: "Quá hạn 16 ngày", "Còn 3 ngày", "Đến hạn hôm nay". */
export function describeDaysLeft(t: Pick<TaskRow, 'daysLeft' | 'status'>): string | null {
  if (t.daysLeft === null || (t.status !== 'open_on_time' && t.status !== 'open_overdue')) return null;
  if (t.daysLeft < 0) return `Quá hạn ${-t.daysLeft} ngày`;
  if (t.daysLeft === 0) return 'Đến hạn hôm nay';
  return `Còn ${t.daysLeft} ngày`;
}

/**
 * The filter in words, for the title of an exported list: "Công an tỉnh (chủ trì); nhóm III.1;
 * Quá hạn, Sắp đến hạn; tìm "kiem tra"". Null when nothing is filtered.
 */
export function describeTaskFilter(
  f: TaskFilter,
  names: { agency: (id: number) => string | undefined; group: (id: number) => string | undefined },
): string | null {
  const parts: string[] = [];
  if (f.agencyId) {
    const role = f.role && f.role !== 'either' ? ` (${ROLE_FILTER_LABELS[f.role].toLocaleLowerCase('vi')})` : '';
    parts.push(`${names.agency(f.agencyId) ?? 'cơ quan đã chọn'}${role}`);
  }
  if (f.groupId) parts.push(`nhóm ${names.group(f.groupId) ?? 'đã chọn'}`);
  if (f.statuses?.length) parts.push(f.statuses.map((s) => STATUS_FILTER_LABELS[s]).join(', '));
  if (f.deadlineFrom || f.deadlineTo) {
    parts.push(`thời hạn${f.deadlineFrom ? ` từ ${formatDateVi(f.deadlineFrom)}` : ''}${f.deadlineTo ? ` đến ${formatDateVi(f.deadlineTo)}` : ''}`);
  }
  if (f.query?.trim()) parts.push(`tìm "${f.query.trim()}"`);
  return parts.length ? parts.join('; ') : null;
}
