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

/** Numbers each distinct object (by `key`), so equal objects are sent once. */
function interner<T extends object>(key: (value: T) => string) {
  const list: T[] = [];
  const index = new Map<string, number>();
  return {
    list,
    ref(value: T): number {
      const k = key(value);
      let n = index.get(k);
      if (n === undefined) {
        n = list.length;
        list.push(value);
        index.set(k, n);
      }
      return n;
    },
  };
}

/** Equal objects have equal keys: the usual three fields joined, anything else by its whole JSON. */
function keyOf<T extends object>(a: keyof T, b: keyof T, c: keyof T) {
  return (o: T) => (Object.keys(o).length === 3 ? `${String(o[a])}\u0001${String(o[b])}\u0001${String(o[c])}` : JSON.stringify(o));
}

export function encodeTaskList(tasks: readonly TaskRow[]): TaskListWire {
  const groups = interner<TaskGroupRow>(keyOf('id', 'code', 'title'));
  const agencies = interner<AgencyRef>(keyOf('id', 'shortName', 'kind'));
  const refs = new Set<string>(AGENCY_LIST_FIELDS);
  const value = (key: string, v: unknown): unknown => {
    if (key === 'group') return groups.ref(v as TaskGroupRow);
    if (refs.has(key)) return (v as AgencyRef[]).map((a) => agencies.ref(a));
    return v;
  };
  const records = tasks as unknown as readonly Encoded[];
  // The fields all tasks have, in the first task's order; the rest travel by name with their task.
  const fields = records.length ? Object.keys(records[0]!).filter((k) => records.every((t) => t[k] !== undefined)) : [];
  const inFields = new Set(fields);
  const rows = records.map((t) => {
    const row: unknown[] = fields.map((k) => value(k, t[k]));
    let rest: Encoded | null = null;
    for (const k of Object.keys(t)) {
      if (inFields.has(k) || t[k] === undefined) continue;
      (rest ??= {})[k] = value(k, t[k]);
    }
    if (rest) row.push(rest);
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
