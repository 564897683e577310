// Reading a plan's tasks with their groups and the agencies that lead and support them.
import { cachedQuery } from './cached-query';
import type { Selectable } from 'kysely';
import type { AppDb } from '../connection';
import type { TasksTable } from '../schema';
import type { AgencyRef, TaskGroupRow, TaskRow } from '../../shared/api/models';
import type { AgencyKind, DeadlineKind, PeriodType, TaskRole } from '../../shared/domain/types';
import { linkedAgencies } from '../../shared/domain/task-links';

/** A task as stored: everything the API shows except what is derived from today (status, days left). */
export type StoredTask = Omit<TaskRow, 'status' | 'effectiveDeadline' | 'daysLeft' | 'dueSoon' | 'parts'>;

const taskGroupsOf = cachedQuery((db: AppDb, planId: number) =>
  db.selectFrom('task_groups').select(['id', 'code', 'title']).where('plan_id', '=', planId).orderBy('sort_order'),
);

export async function listTaskGroups(db: AppDb, planId: number): Promise<TaskGroupRow[]> {
  return (await taskGroupsOf(db, planId)).rows;
}

const planOfTask = cachedQuery((db: AppDb, taskId: number) => db.selectFrom('tasks').select('plan_id').where('id', '=', taskId));

/** The plan a task belongs to; null when there is no such task. */
export async function planIdOfTask(db: AppDb, taskId: number): Promise<number | null> {
  return (await planOfTask(db, taskId)).rows[0]?.plan_id ?? null;
}

/**
 * The plan's tasks, each handed to `each` as soon as it is built (tasks.list gives it its status):
 * the stored tasks are never all alive at once beside what is made of them. At 3,000 tasks, in the
 * hosts' heap settings, 42-56 ms a list against 48-59 before, most of it garbage collection.
 */
export async function mapStoredTasks<T>(db: AppDb, planId: number, each: (t: StoredTask) => T): Promise<T[]> {
  return readStoredTasks(db, planId, null, undefined, each);
}

const taskById = cachedQuery((db: AppDb, taskId: number) => db.selectFrom('tasks').selectAll().where('id', '=', taskId));

/**
 * One task as stored, with its plan and its version (when it was last saved, for the edit's
 * conflict check), from one read of its row; null when there is no such task.
 */
export async function readTask(db: AppDb, taskId: number): Promise<{ task: StoredTask; planId: number; version: string } | null> {
  const row = (await taskById(db, taskId)).rows[0];
  if (!row) return null;
  const [task] = await readStoredTasks(db, row.plan_id, [taskId], [row]);
  return task ? { task, planId: row.plan_id, version: row.updated_at } : null;
}

/** One task as stored, with its plan; null when there is no such task. */
export async function getStoredTask(db: AppDb, taskId: number): Promise<(StoredTask & { planId: number }) | null> {
  const read = await readTask(db, taskId);
  return read ? { ...read.task, planId: read.planId } : null;
}

/** Stored tasks of a plan with the given ids, in the plan's order. */
export async function getStoredTasks(db: AppDb, planId: number, taskIds: number[]): Promise<StoredTask[]> {
  return readStoredTasks(db, planId, taskIds);
}

// The columns a stored task is made of: the rest (who saved it and when, its order) would be three more
// strings per task for a list to make and drop (a 3,000-task plan's tasks read in 11.2 ms, not 14.4).
const STORED_TASK_COLUMNS = [
  'id',
  'group_id',
  'code',
  'content',
  'deadline_kind',
  'deadline',
  'period_type',
  'deadline_text',
  'expected_output',
  'completion_date',
  'note',
  'shared_responsibility',
] as const;
type StoredTaskColumns = Pick<Selectable<TasksTable>, (typeof STORED_TASK_COLUMNS)[number]>;

// The three statements readStoredTasks runs for a plan: its tasks, their agencies, the duties carrying
// them; each narrowed below to one task, or to a list of ids, or not at all.
const tasksOfPlan = (db: AppDb, planId: number) =>
  db.selectFrom('tasks').select(STORED_TASK_COLUMNS).where('plan_id', '=', planId).orderBy('sort_order').orderBy('id');
const linksOfPlan = (db: AppDb, planId: number) =>
  db
    .selectFrom('task_agencies')
    .innerJoin('tasks', 'tasks.id', 'task_agencies.task_id')
    .innerJoin('agencies', 'agencies.id', 'task_agencies.agency_id')
    .select(['task_agencies.task_id', 'task_agencies.role', 'task_agencies.agency_id', 'agencies.short_name', 'agencies.kind'])
    .where('tasks.plan_id', '=', planId)
    .orderBy('task_agencies.task_id')
    .orderBy('task_agencies.sort_order');
// The whole plan's links name their agency by its id alone, and the plan's linked agencies are read
// once: the agency's name and kind, read again on each of a 3,000-task plan's 7,400 links, made 15,000
// strings to drop and cost the join (links and agencies 7.1 ms against 11.0; at 300 tasks 0.55 against 0.90).
const planLinkRows = cachedQuery((db: AppDb, planId: number) =>
  db
    .selectFrom('task_agencies')
    .innerJoin('tasks', 'tasks.id', 'task_agencies.task_id')
    .select(['task_agencies.task_id', 'task_agencies.role', 'task_agencies.agency_id'])
    .where('tasks.plan_id', '=', planId)
    .orderBy('task_agencies.task_id')
    .orderBy('task_agencies.sort_order'),
);
// The agencies of those same links (found through the tasks, as the links are), so each link finds its own.
const planLinkedAgencies = cachedQuery((db: AppDb, planId: number) =>
  db
    .selectFrom('agencies')
    .select(['id', 'short_name', 'kind'])
    .where('id', 'in', (eb) =>
      eb.selectFrom('task_agencies').innerJoin('tasks', 'tasks.id', 'task_agencies.task_id').select('task_agencies.agency_id').where('tasks.plan_id', '=', planId),
    ),
);
const dutiesOfPlan = (db: AppDb, planId: number) =>
  db
    .selectFrom('task_duty_links')
    .innerJoin('tasks', 'tasks.id', 'task_duty_links.task_id')
    .innerJoin('tasks as duty', 'duty.id', 'task_duty_links.duty_task_id')
    .select(['task_duty_links.task_id', 'task_duty_links.duty_task_id', 'task_duty_links.role', 'duty.code'])
    .where('tasks.plan_id', '=', planId)
    .orderBy('task_duty_links.task_id')
    .orderBy('task_duty_links.sort_order');

// One task (tasks.get, an edit's check) and the whole plan (tasks.list): kept compiled.
const oneTask = cachedQuery((db: AppDb, planId: number, taskId: number) => tasksOfPlan(db, planId).where('id', '=', taskId));
const oneTaskLinks = cachedQuery((db: AppDb, planId: number, taskId: number) => linksOfPlan(db, planId).where('tasks.id', '=', taskId));
const oneTaskDuties = cachedQuery((db: AppDb, planId: number, taskId: number) => dutiesOfPlan(db, planId).where('tasks.id', '=', taskId));
const planTasks = cachedQuery((db: AppDb, planId: number) => tasksOfPlan(db, planId));
const planTaskDuties = cachedQuery((db: AppDb, planId: number) => dutiesOfPlan(db, planId));

/**
 * `taskRows`: the tasks' rows when the caller has already read them (one task, read by its id);
 * `each`: what is made of each task as it is built.
 */
async function readStoredTasks<T = StoredTask>(
  db: AppDb,
  planId: number,
  only: number[] | null,
  taskRows?: StoredTaskColumns[],
  each: (t: StoredTask) => T = (t) => t as T,
): Promise<T[]> {
  if (only !== null && only.length === 0) return [];
  const groups = new Map((await listTaskGroups(db, planId)).map((g) => [g.id, g]));
  const single = only !== null && only.length === 1 ? only[0]! : null;
  // Kysely builds a query only for a list of ids (the one task and the whole plan keep theirs compiled).
  const tasks =
    taskRows ??
    (single !== null
      ? (await oneTask(db, planId, single)).rows
      : only === null
        ? (await planTasks(db, planId)).rows
        : await tasksOfPlan(db, planId).where('id', 'in', only).execute());
  // One query for every task's agencies, grouped in memory: stays fast with thousands of tasks. One
  // reference per agency, shared by its tasks (as the UI's copy of the list shares them, shared/api/wire.ts).
  const refs = new Map<number, AgencyRef>();
  const addRef = (a: { id: number; short_name: string; kind: string }) => refs.set(a.id, { id: a.id, shortName: a.short_name, kind: a.kind as AgencyKind });
  let links: { task_id: number; role: string; agency_id: number }[];
  if (only === null) {
    for (const a of (await planLinkedAgencies(db, planId)).rows) addRef(a);
    links = (await planLinkRows(db, planId)).rows;
  } else {
    const named = single !== null ? (await oneTaskLinks(db, planId, single)).rows : await linksOfPlan(db, planId).where('tasks.id', 'in', only).execute();
    for (const l of named) if (!refs.has(l.agency_id)) addRef({ id: l.agency_id, short_name: l.short_name, kind: l.kind });
    links = named;
  }
  const byTask = new Map<number, { lead: AgencyRef[]; support: AgencyRef[] }>();
  for (const l of links) {
    let entry = byTask.get(l.task_id);
    if (!entry) byTask.set(l.task_id, (entry = { lead: [], support: [] }));
    entry[(l.role as TaskRole) === 'lead' ? 'lead' : 'support'].push(refs.get(l.agency_id)!);
  }
  // Duties that carry a task out (migration 0007), with the duties' own agencies.
  const dutyLinks =
    single !== null
      ? (await oneTaskDuties(db, planId, single)).rows
      : only === null
        ? (await planTaskDuties(db, planId)).rows
        : await dutiesOfPlan(db, planId).where('tasks.id', 'in', only).execute();
  const dutyIds = dutyLinks.length === 0 ? [] : [...new Set(dutyLinks.map((l) => l.duty_task_id))].filter((id) => !byTask.has(id) || only !== null);
  if (dutyIds.length > 0) {
    const dutyAgencies = await db
      .selectFrom('task_agencies')
      .innerJoin('agencies', 'agencies.id', 'task_agencies.agency_id')
      .select(['task_agencies.task_id', 'task_agencies.role', 'agencies.id', 'agencies.short_name', 'agencies.kind'])
      .where('task_agencies.task_id', 'in', dutyIds)
      .orderBy('task_agencies.task_id')
      .orderBy('task_agencies.sort_order')
      .execute();
    const seen = new Set<string>();
    for (const l of dutyAgencies) {
      const key = `${l.task_id}:${l.id}:${l.role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let entry = byTask.get(l.task_id);
      if (!entry) byTask.set(l.task_id, (entry = { lead: [], support: [] }));
      const list = entry[(l.role as TaskRole) === 'lead' ? 'lead' : 'support'];
      if (!list.some((a) => a.id === l.id)) list.push({ id: l.id, shortName: l.short_name, kind: l.kind as AgencyKind });
    }
  }
  const carried = new Map<number, typeof dutyLinks>();
  for (const l of dutyLinks) carried.set(l.task_id, [...(carried.get(l.task_id) ?? []), l]);

  return tasks.map((t) => each(storedTask(t)));

  function storedTask(t: StoredTaskColumns): StoredTask {
    const group = groups.get(t.group_id);
    if (!group) throw new Error(`Nhiệm vụ ${t.code} thuộc nhóm không tồn tại`);
    const agencies = byTask.get(t.id) ?? { lead: [], support: [] };
    const duties = carried.get(t.id) ?? [];
    // Most tasks have no duty carrying them: their (empty) lists without building the maps linkedAgencies uses.
    const linked =
      duties.length === 0
        ? { lead: [], support: [] }
        : linkedAgencies(duties.map((d) => ({ role: d.role as TaskRole, ...(byTask.get(d.duty_task_id) ?? { lead: [], support: [] }) })));
    return {
      id: t.id,
      code: t.code,
      group,
      content: t.content,
      lead: agencies.lead,
      support: agencies.support,
      deadlineKind: t.deadline_kind as DeadlineKind,
      deadline: t.deadline,
      periodType: t.period_type as PeriodType | null,
      deadlineText: t.deadline_text,
      expectedOutput: t.expected_output,
      completionDate: t.completion_date,
      note: t.note,
      carriedBy: duties.map((d) => ({ taskId: d.duty_task_id, code: d.code, role: d.role as TaskRole })),
      linkedLead: linked.lead,
      linkedSupport: linked.support,
      sharedResponsibility: t.shared_responsibility,
    };
  }
}
