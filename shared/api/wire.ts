// What goes over the wire between a host and the UI, where it differs from what a handler returns.
// tasks.list sends each task group and each agency once, the tasks referring to them by number, and
// each task as a row of values under one list of field names: at 5,000 tasks the JSON shrinks to about
// a third. Both hosts encode (electron/backend/api/dispatch.ts: dispatchForWire); the UI's API client
// decodes (renderer/src/api/client.ts), so every screen, print view and test reads the handler's own
// TaskRow[]. The round trip is exact: decode(encode(x)) deep-equals x.
import type { MethodName, MethodOutput } from './contract';
import type { AgencyRef, TaskGroupRow, TaskRow } from './models';

/** Fields of a task that hold agencies (lists of AgencyRef), sent as numbers into `agencies`. */
const AGENCY_LIST_FIELDS = ['lead', 'support', 'linkedLead', 'linkedSupport'] as const satisfies readonly (keyof TaskRow)[];

/** tasks.list on the wire. */
export interface TaskListWire {
  wire: 'tasks.list/1';
  groups: TaskGroupRow[];
  agencies: AgencyRef[];
  /** The fields every task has, in the order of each row's values. */
  fields: string[];
  /** One row per task: the values of `fields`, then (only when the task has any) an object of its other fields. */
  rows: unknown[][];
}

type Encoded = Record<string, unknown>;

/** Numbers each distinct object (by its JSON), so equal objects are sent once. */
function interner<T>() {
  const list: T[] = [];
  const index = new Map<string, number>();
  return {
    list,
    ref(value: T): number {
      const key = JSON.stringify(value);
      let n = index.get(key);
      if (n === undefined) {
        n = list.length;
        list.push(value);
        index.set(key, n);
      }
      return n;
    },
  };
}

export function encodeTaskList(tasks: readonly TaskRow[]): TaskListWire {
  const groups = interner<TaskGroupRow>();
  const agencies = interner<AgencyRef>();
  const refs = new Set<string>(AGENCY_LIST_FIELDS);
  const encoded: Encoded[] = tasks.map((t) => {
    const out: Encoded = {};
    for (const [key, value] of Object.entries(t)) {
      if (value === undefined) continue;
      if (key === 'group') out[key] = groups.ref(value as TaskGroupRow);
      else if (refs.has(key)) out[key] = (value as AgencyRef[]).map((a) => agencies.ref(a));
      else out[key] = value;
    }
    return out;
  });
  // The fields all tasks have, in the first task's order; the rest travel by name with their task.
  const fields = encoded.length ? Object.keys(encoded[0]!).filter((k) => encoded.every((e) => k in e)) : [];
  const rows = encoded.map((e) => {
    const row: unknown[] = fields.map((k) => e[k]);
    const rest = Object.keys(e).filter((k) => !fields.includes(k));
    if (rest.length) row.push(Object.fromEntries(rest.map((k) => [k, e[k]])));
    return row;
  });
  return { wire: 'tasks.list/1', groups: groups.list, agencies: agencies.list, fields, rows };
}

export function isTaskListWire(data: unknown): data is TaskListWire {
  return typeof data === 'object' && data !== null && (data as { wire?: unknown }).wire === 'tasks.list/1';
}

export function decodeTaskList(wire: TaskListWire): TaskRow[] {
  const refs = new Set<string>(AGENCY_LIST_FIELDS);
  const value = (key: string, v: unknown): unknown => {
    if (key === 'group') return wire.groups[v as number];
    if (refs.has(key)) return (v as number[]).map((n) => wire.agencies[n]);
    return v;
  };
  const n = wire.fields.length;
  return wire.rows.map((row) => {
    const t: Encoded = {};
    for (let i = 0; i < n; i++) t[wire.fields[i]!] = value(wire.fields[i]!, row[i]);
    const rest = row[n] as Encoded | undefined;
    if (rest) for (const [key, v] of Object.entries(rest)) t[key] = value(key, v);
    return t as unknown as TaskRow;
  });
}

/** What a host sends for a call's result (the handler's result itself for most methods). */
export function encodeForWire(method: string, data: unknown): unknown {
  if (method === 'tasks.list') return encodeTaskList(data as TaskRow[]);
  return data;
}

/** The handler's result back from what the host sent (the one decoder: the UI's API client and tests use it). */
export function decodeFromWire<M extends MethodName>(method: M, data: unknown): MethodOutput<M> {
  if (method === 'tasks.list' && isTaskListWire(data)) return decodeTaskList(data) as MethodOutput<M>;
  return data as MethodOutput<M>;
}
