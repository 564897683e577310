// How a few large answers travel between a host and the UI. `tasks.list` of a plan of thousands of
// tasks repeats its group (code and title) and its agencies (name, kind) on every task: on the wire
// each group and agency is sent once and the tasks refer to them by position. Both hosts encode, the
// UI's client decodes; handlers, tests and the contract see the plain rows.
import type { AgencyRef, TaskGroupRow, TaskRow } from './models';

const TASK_LIST_WIRE = 'tasks.list:1';

type WireTask = Omit<TaskRow, 'group' | 'lead' | 'support' | 'linkedLead' | 'linkedSupport'> & {
  group: number;
  lead: number[];
  support: number[];
  linkedLead?: number[];
  linkedSupport?: number[];
};

export interface TaskListWire {
  wire: typeof TASK_LIST_WIRE;
  groups: TaskGroupRow[];
  agencies: AgencyRef[];
  tasks: WireTask[];
}

function encodeTaskList(rows: TaskRow[]): TaskListWire {
  const groups: TaskGroupRow[] = [];
  const agencies: AgencyRef[] = [];
  const groupAt = new Map<string, number>();
  const agencyAt = new Map<string, number>();
  // Keyed by every field, so that two differing copies of one id both arrive as they were.
  const intern = <T extends object>(list: T[], at: Map<string, number>, value: T): number => {
    const key = Object.values(value).join('\u0000');
    let i = at.get(key);
    if (i === undefined) {
      i = list.push(value) - 1;
      at.set(key, i);
    }
    return i;
  };
  const refs = (list: AgencyRef[]) => list.map((a) => intern(agencies, agencyAt, a));
  const tasks = rows.map((t): WireTask => {
    const w = { ...t } as unknown as WireTask;
    w.group = intern(groups, groupAt, t.group);
    w.lead = refs(t.lead);
    w.support = refs(t.support);
    if (t.linkedLead) w.linkedLead = refs(t.linkedLead);
    if (t.linkedSupport) w.linkedSupport = refs(t.linkedSupport);
    return w;
  });
  return { wire: TASK_LIST_WIRE, groups, agencies, tasks };
}

function decodeTaskList(w: TaskListWire): TaskRow[] {
  const agencies = (ids: number[]) => ids.map((i) => w.agencies[i]!);
  return w.tasks.map((wt) => {
    const t = wt as unknown as TaskRow;
    t.group = w.groups[wt.group]!;
    t.lead = agencies(wt.lead);
    t.support = agencies(wt.support);
    if (wt.linkedLead) t.linkedLead = agencies(wt.linkedLead);
    if (wt.linkedSupport) t.linkedSupport = agencies(wt.linkedSupport);
    return t;
  });
}

/** A successful answer as a host sends it. */
export function encodeForWire(method: unknown, data: unknown): unknown {
  return method === 'tasks.list' && Array.isArray(data) ? encodeTaskList(data as TaskRow[]) : data;
}

/** An answer as the UI reads it (the parsed wire objects are reused). */
export function decodeFromWire(method: string, data: unknown): unknown {
  if (method === 'tasks.list' && data !== null && typeof data === 'object' && (data as { wire?: unknown }).wire === TASK_LIST_WIRE) {
    return decodeTaskList(data as TaskListWire);
  }
  return data;
}
