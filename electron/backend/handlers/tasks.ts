// tasks.*: the plan's tasks with their status, a task's detail, editing (one transaction with its audit
// entries), bulk changes, completion in parts and deletion.
import type { HandlerContext, HandlerGroup } from './types';
import type { TaskRow, TaskPartsView } from '../../../shared/api/models';
import { mapStoredTasks, type StoredTask, getStoredTask, getStoredTasks, readTask, listTaskGroups, planIdOfTask } from '../../../db/queries/tasks';
import { ensurePlanPeriods, listReportingDuties } from '../../../db/queries/reporting';
import { getPlan, getPlanYear } from '../../../db/queries/plans';
import { readSettings, readUndoRecord, writeUndoRecord } from '../../../db/queries/settings';
import { taskStatus, type TaskStatusResult } from '../../../shared/domain/task-status';
import { periodsOfDuty } from '../../../shared/domain/periods';
import {
  currentPart,
  leadsDoneText,
  partForReport,
  taskParts,
  taskPeriods,
  wholeCompletion,
  type CompletionRecord,
} from '../../../shared/domain/task-parts';
import { listPlanCompletions, listCompletions, setPartCompletion } from '../../../db/queries/task-parts';
import { registerCompletions, registerTiming, withRegister, type PeriodReport } from '../../../shared/domain/task-register';
import { listPeriodReports } from '../../../db/queries/task-register';
import { AppError } from '../../../shared/api/errors';
import type { TaskDetail } from '../../../shared/api/board-models';
import type { BulkAction } from '../../../shared/api/board-contract';
import type { AppDb } from '../../../db/connection';
import {
  insertProgress,
  insertTask,
  listProgress,
  planAgencyFacts,
  replaceTaskAgencies,
  taskCodeExists,
  taskVersion,
  updateTaskFields,
} from '../../../db/queries/task-edits';
import { getAgencyName } from '../../../db/queries/agencies';
import { currentActor, listAudit, recordChanges, recordEvent } from '../../../db/queries/audit';
import {
  checkProgress,
  checkTaskDraft,
  normaliseTaskDraft,
  shiftDeadline,
  type RuleViolation,
  type TaskDraft,
  draftOfTask,
} from '../../../shared/domain/task-rules';
import { TASK_AUDIT_FIELDS, toAuditLines, orNone } from '../../../shared/domain/audit-format';
import { formatDateVi } from '../../../shared/dates/vietnamese-dates';
import { countTaskProgress, deleteTaskRow, recordDeletion } from '../../../db/queries/plan-setup';
import { DEADLINE_KIND_LABELS, PERIOD_TYPE_LABELS } from '../../../shared/domain/labels';

/**
 * Gives stored tasks of a plan their status bucket as of today: per-period tasks are judged
 * against the plan's reporting due dates, open tasks within the warning window are due soon.
 * With `only`, the decorator is for that one task (and reads only what its status needs).
 */
export async function taskStatusDecorator(ctx: HandlerContext, planId: number, only?: StoredTask): Promise<(t: StoredTask) => TaskRow> {
  // The year alone: building the plan's whole detail cost a call as much as its SQL.
  const year = await getPlanYear(ctx.db, planId);
  if (year === null) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch này.', 'planId');
  // The plan's duties, register and completions matter only to a per-period task or one with several
  // leads (its parts): for one other task (opening it), they are not read.
  const context = !only || only.deadlineKind === 'period' || only.lead.length >= 2;
  // One after the other: on the one connection nothing runs side by side anyway.
  const duties = context ? await listReportingDuties(ctx.db, planId) : [];
  const settings = await readSettings(ctx.db);
  // The register complete first (a no-op once it is): read before any screen had completed the plan's
  // periods, a reporting task was judged by its own period's date, and changed once Tổng quan looked.
  if (context) await ensurePlanPeriods(ctx.db, planId);
  const register = context ? await listPeriodReports(ctx.db, planId) : [];
  // The register by agency, once per list: a task with one lead looks at that agency's reports only.
  // Each task filtering the whole register grew with the plan's tasks times its agencies.
  const registerByAgency = new Map<number, PeriodReport[]>();
  for (const r of register) {
    const list = registerByAgency.get(r.agencyId);
    if (list) list.push(r);
    else registerByAgency.set(r.agencyId, [r]);
  }
  // In the register's order, as the rules read it (several leads: the register filtered as before).
  const reportsOfLeads = (leadIds: number[]) =>
    leadIds.length === 1 ? (registerByAgency.get(leadIds[0]!) ?? []) : register.filter((r) => leadIds.includes(r.agencyId));
  const dueDates = new Map<string | null, string[]>();
  const dueDatesOf = (periodType: string | null) => {
    let dates = dueDates.get(periodType);
    if (!dates) {
      // The periods the plan's duties ask of the members (not the secretariat's own report upward).
      dates = duties
        .filter((d) => !d.upward && (periodType === null || d.periodType === periodType))
        .flatMap((d) => periodsOfDuty(d, year).map((p) => p.dueDate))
        .sort();
      dueDates.set(periodType, dates);
    }
    return dates;
  };
  const today = ctx.today();
  const timings = duties.filter((d) => !d.upward);
  const completions = context ? await listPlanCompletions(ctx.db, planId) : new Map<number, CompletionRecord[]>();
  const options = (periodDueDates: string[]) => ({ dueSoonDays: settings.dueSoonDays, periodDueDates });
  // The periods of each kind of recurring task, worked out once per list, not once per task.
  const periodsByType = new Map<string | null, ReturnType<typeof taskPeriods>>();
  const periodsOf = (periodType: StoredTask['periodType']) => {
    let periods = periodsByType.get(periodType);
    if (!periods) periodsByType.set(periodType, (periods = taskPeriods(periodType, timings, year)));
    return periods;
  };
  return (t) => {
    const result = decorateOne(t);
    // A reporting task whose leads report in the register (V.2.3), with nothing recorded on the task:
    // done for a period once their reports are in, judged on the earliest period still owed.
    const timing =
      t.deadlineKind === 'period' && !t.completionDate && !(completions.get(t.id)?.length) ? registerTiming(t.lead.map((a) => a.id), reportsOfLeads(t.lead.map((a) => a.id))) : null;
    if (!timing) return result;
    const status =
      'owedBy' in timing
        ? taskStatus(t, today, options([timing.owedBy]))
        : taskStatus({ ...t, completionDate: timing.doneOn }, today, options([timing.lastDue]));
    return Object.assign(result, status);
  };
  function decorateOne(t: StoredTask): TaskRow {
    const plain = withStatus(t, taskStatus(t, today, { dueSoonDays: settings.dueSoonDays, periodDueDates: dueDatesOf(t.periodType) }));
    const periods = t.deadlineKind === 'period' ? periodsOf(t.periodType) : [];
    if (!(periods.length >= 2 && t.deadlineKind === 'period') && t.lead.length < 2) return plain;
    // Completed in parts: the row stands for the part still open (or the last one). A lead's report
    // received in the register completes its part (V.2.3's H1 report completes H1).
    const leadIds = t.lead.map((a) => a.id);
    const recurring = periods.length >= 2;
    const records = withRegister(completions.get(t.id) ?? [], registerCompletions(leadIds, reportsOfLeads(leadIds), periods, recurring));
    const parts = taskParts(Object.assign({}, t, { leadIds }), periods, records, today, settings.dueSoonDays);
    const current = currentPart(parts);
    return Object.assign(plain, current.status, {
      parts: parts.map((p) => ({
        key: p.key,
        status: p.status.status,
        leadsDone: leadsDoneText(p),
        current: p === current,
        ...partForReport(p),
      })),
    });
  }
}

/**
 * A stored task with its status, built as one object of one shape. Object.assign into {} grew each
 * task's object property by property: 4.4 MB of the 17 MB a 3,000-task list allocated, and the garbage
 * collector copied what was still alive of the list being built each time it ran during the call
 * (the list grew faster than the plan: 11.9x for a 10x plan). A field added to StoredTask is added here.
 */
function withStatus(t: StoredTask, s: TaskStatusResult): TaskRow {
  return {
    id: t.id,
    code: t.code,
    group: t.group,
    content: t.content,
    lead: t.lead,
    support: t.support,
    deadlineKind: t.deadlineKind,
    deadline: t.deadline,
    periodType: t.periodType,
    deadlineText: t.deadlineText,
    expectedOutput: t.expectedOutput,
    completionDate: t.completionDate,
    note: t.note,
    carriedBy: t.carriedBy,
    linkedLead: t.linkedLead,
    linkedSupport: t.linkedSupport,
    sharedResponsibility: t.sharedResponsibility,
    status: s.status,
    effectiveDeadline: s.effectiveDeadline,
    daysLeft: s.daysLeft,
    dueSoon: s.dueSoon,
  };
}

/** The plan's tasks with their status bucket as of today. */
export async function listTasksWithStatus(ctx: HandlerContext, planId: number): Promise<TaskRow[]> {
  const decorate = await taskStatusDecorator(ctx, planId);
  return mapStoredTasks(ctx.db, planId, decorate);
}

export const taskHandlers: HandlerGroup<'tasks.list' | 'tasks.delete'> = {
  'tasks.list': ({ planId }, ctx) => listTasksWithStatus(ctx, planId),

  // A task with progress notes is deleted only when the clerk confirmed a second time.
  'tasks.delete': async ({ taskId, withProgress }, { db }) => {
    await db.transaction().execute(async (trx) => {
      const task = await getStoredTask(trx, taskId);
      if (!task) throw new AppError('NOT_FOUND', 'Không tìm thấy nhiệm vụ này; có thể nó đã bị xóa.', 'taskId');
      const progress = await countTaskProgress(trx, taskId);
      if (progress > 0 && !withProgress) {
        throw new AppError(
          'CONFLICT',
          `Nhiệm vụ ${task.code} có ${progress} lần báo cáo tiến độ; xác nhận lần nữa để xóa cả tiến độ.`,
          'withProgress',
        );
      }
      const s = taskAuditSnapshot(task);
      const notes = await listProgress(trx, taskId);
      const content = [
        { label: 'Mã', value: task.code },
        { label: 'Nhóm', value: String(s.group) },
        { label: 'Nội dung', value: task.content },
        { label: 'Chủ trì', value: orNone(s.lead as string | null) },
        { label: 'Phối hợp', value: orNone(s.support as string | null) },
        {
          label: 'Thời hạn',
          value:
            task.deadlineText ||
            (task.deadline ? formatDateVi(task.deadline) : task.periodType ? PERIOD_TYPE_LABELS[task.periodType] : DEADLINE_KIND_LABELS[task.deadlineKind]),
        },
        { label: 'Sản phẩm', value: orNone(task.expectedOutput) },
        { label: 'Ngày hoàn thành', value: task.completionDate ? formatDateVi(task.completionDate) : '—' },
        { label: 'Ghi chú', value: orNone(task.note) },
        ...notes.map((n) => ({ label: `Tiến độ ${formatDateVi(n.date)}`, value: n.reportedBy ? `${n.text} (${n.reportedBy.shortName})` : n.text })),
      ];
      await recordDeletion(trx, await currentActor(trx), task.planId, 'task', taskId, `Nhiệm vụ ${task.code}: ${task.content}`, content);
      await deleteTaskRow(trx, taskId);
    });
    return { deleted: true as const };
  },
};

// Task detail and editing: every change is checked by the task rules, written in one transaction
// together with its audit entries (field, from, to, who, when), or not at all.
type Names = { shortName: string }[];
const names = (list: Names) => (list.length ? list.map((a) => a.shortName).join('; ') : null);

/** What the audit trail records of a task, field by field, in readable values. */
export function taskAuditSnapshot(t: StoredTask): Record<string, unknown> {
  return {
    group: `${t.group.code}. ${t.group.title}`,
    content: t.content,
    lead: names(t.lead),
    support: names(t.support),
    deadlineKind: t.deadlineKind,
    deadline: t.deadline,
    periodType: t.periodType,
    deadlineText: t.deadlineText,
    expectedOutput: t.expectedOutput,
    completionDate: t.completionDate,
    note: t.note,
  };
}

const sameIds = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function refuse(v: RuleViolation, prefix = ''): never {
  throw new AppError('VALIDATION', prefix + v.message, v.field);
}

async function ruleContext(db: AppDb, planId: number, today: string, previous: StoredTask | null) {
  const groups = new Map((await listTaskGroups(db, planId)).map((g) => [g.id, g]));
  return {
    today,
    planAgencies: await planAgencyFacts(db, planId),
    groups,
    groupIds: new Set(groups.keys()),
    previousAgencyIds: new Set(previous ? [...previous.lead, ...previous.support].map((a) => a.id) : []),
  };
}

/**
 * Checks and writes one task's new draft, with its audit entries. Returns whether anything changed.
 * Throws (and so rolls the transaction back) on the first broken rule.
 */
async function saveDraft(
  db: AppDb,
  actor: string,
  before: StoredTask & { planId: number },
  wanted: TaskDraft,
  rules: Awaited<ReturnType<typeof ruleContext>>,
  prefix = '',
): Promise<boolean> {
  const draft = normaliseTaskDraft(wanted);
  const violation = checkTaskDraft(draft, rules);
  if (violation) refuse(violation, prefix);
  const old = draftOfTask(before);
  const fieldsChanged = (Object.keys(draft) as (keyof TaskDraft)[]).some(
    (k) => k !== 'leadIds' && k !== 'supportIds' && draft[k] !== old[k],
  );
  const agenciesChanged = !sameIds(draft.leadIds, old.leadIds) || !sameIds(draft.supportIds, old.supportIds);
  if (!fieldsChanged && !agenciesChanged) return false;
  await updateTaskFields(db, before.id, draft, actor);
  if (agenciesChanged) await replaceTaskAgencies(db, before.id, draft.leadIds, draft.supportIds);
  // The task as now stored, built from the draft (no second read: bulk actions stay quick).
  const ref = (id: number) => ({ shortName: rules.planAgencies.get(id)!.shortName });
  const after: StoredTask = {
    ...before,
    ...draft,
    group: rules.groups.get(draft.groupId)!,
    lead: draft.leadIds.map(ref) as StoredTask['lead'],
    support: draft.supportIds.map(ref) as StoredTask['support'],
  };
  await recordChanges(db, actor, 'task', before.id, taskAuditSnapshot(before), taskAuditSnapshot(after));
  return true;
}

async function mustGetTask(db: AppDb, taskId: number) {
  const task = await getStoredTask(db, taskId);
  if (!task) throw new AppError('NOT_FOUND', TASK_NOT_FOUND, 'taskId');
  return task;
}

const TASK_NOT_FOUND = 'Không tìm thấy nhiệm vụ này; có thể nó đã bị xóa.';

export async function taskDetail(ctx: HandlerContext, taskId: number): Promise<TaskDetail> {
  const read = await readTask(ctx.db, taskId);
  if (!read) throw new AppError('NOT_FOUND', TASK_NOT_FOUND, 'taskId');
  const decorate = await taskStatusDecorator(ctx, read.planId, read.task);
  return Object.assign(decorate(read.task), { planId: read.planId, version: read.version, progress: await listProgress(ctx.db, taskId) });
}

/** A save over a newer version: what the task holds now, so the clerk can see what changed. */
function staleEditMessage(now: StoredTask): string {
  const content = now.content.length > 120 ? `${now.content.slice(0, 120)}…` : now.content;
  const deadline = now.deadlineKind === 'date' && now.deadline ? formatDateVi(now.deadline) : 'không theo ngày';
  const lead = now.lead.map((a) => a.shortName).join(', ') || 'chưa có';
  const done = now.completionDate ? `hoàn thành ngày ${formatDateVi(now.completionDate)}` : 'chưa hoàn thành';
  return (
    `Nhiệm vụ này vừa được sửa ở cửa sổ khác; thay đổi của bạn chưa được lưu. Hiện nay: nội dung "${content}"; ` +
    `thời hạn ${deadline}; chủ trì ${lead}; ${done}. Hãy đóng biểu mẫu để xem bản mới nhất rồi sửa lại.`
  );
}

async function progressAuditText(db: AppDb, p: { date: string; text: string; reportedByAgencyId: number | null }) {
  let by = '';
  if (p.reportedByAgencyId !== null) {
    const agency = await getAgencyName(db, p.reportedByAgencyId);
    if (agency) by = ` (${agency.shortName} báo cáo)`;
  }
  return `${formatDateVi(p.date)}: ${p.text.trim()}${by}`;
}

async function addProgressIn(
  db: AppDb,
  actor: string,
  task: StoredTask & { planId: number },
  p: { date: string; text: string; reportedByAgencyId: number | null },
  today: string,
): Promise<void> {
  const violation = checkProgress(p, today);
  if (violation) refuse(violation);
  if (p.reportedByAgencyId !== null && !(await planAgencyFacts(db, task.planId)).has(p.reportedByAgencyId)) {
    throw new AppError('VALIDATION', 'Đơn vị báo cáo: cơ quan này không tham gia kế hoạch.', 'reportedByAgencyId');
  }
  await insertProgress(db, task.id, p, actor);
  await recordChanges(db, actor, 'task', task.id, { progress: null }, { progress: await progressAuditText(db, p) });
}

/** One task's draft after a bulk action, or why the task is left alone. */
function applyBulk(t: StoredTask, action: BulkAction): { draft: TaskDraft } | { skip: string } {
  const d = draftOfTask(t);
  switch (action.kind) {
    case 'setCompletion':
      return { draft: { ...d, completionDate: action.completionDate } };
    case 'setDeadline':
      return { draft: { ...d, deadlineKind: 'date', deadline: action.deadline } };
    case 'shiftDeadline':
      if (d.deadlineKind !== 'date' || !d.deadline) return { skip: 'không có thời hạn theo ngày để dời' };
      return { draft: { ...d, deadline: shiftDeadline(d.deadline, action.days) } };
    case 'setLead':
      return {
        draft: { ...d, leadIds: [action.agencyId], supportIds: d.supportIds.filter((a) => a !== action.agencyId) },
      };
    case 'addSupport':
      if (d.leadIds.includes(action.agencyId)) return { skip: 'cơ quan này đang chủ trì nhiệm vụ' };
      if (d.supportIds.includes(action.agencyId)) return { draft: d };
      return { draft: { ...d, supportIds: [...d.supportIds, action.agencyId] } };
  }
}

/** Which input of the bulk form a broken rule belongs to. */
const BULK_FIELDS: Record<BulkAction['kind'], string> = {
  setCompletion: 'action.completionDate',
  setDeadline: 'action.deadline',
  shiftDeadline: 'action.days',
  setLead: 'action.agencyId',
  addSupport: 'action.agencyId',
};

export const taskEditHandlers: HandlerGroup<
  'tasks.get'
  | 'tasks.create'
  | 'tasks.update'
  | 'tasks.complete'
  | 'tasks.addProgress'
  | 'tasks.history'
  | 'tasks.bulk'
  | 'tasks.undoBulk'
> = {
  'tasks.get': ({ taskId }, ctx) => taskDetail(ctx, taskId),

  'tasks.update': async ({ taskId, version, ...changes }, ctx) => {
    await ctx.db.transaction().execute(async (trx) => {
      const before = await mustGetTask(trx, taskId);
      if (version !== undefined && (await taskVersion(trx, taskId)) !== version) {
        throw new AppError('CONFLICT', staleEditMessage(before), 'version');
      }
      const actor = await currentActor(trx);
      const wanted: TaskDraft = { ...draftOfTask(before) };
      for (const [key, value] of Object.entries(changes)) {
        if (value !== undefined) (wanted as unknown as Record<string, unknown>)[key] = value;
      }
      await saveDraft(trx, actor, before, wanted, await ruleContext(trx, before.planId, ctx.today(), before));
    });
    return taskDetail(ctx, taskId);
  },

  'tasks.create': async ({ planId, code, ...fields }, ctx) => {
    if (!(await getPlan(ctx.db, planId))) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch này.', 'planId');
    const taskId = await ctx.db.transaction().execute(async (trx) => {
      if (await taskCodeExists(trx, planId, code)) {
        throw new AppError('CONFLICT', `Mã: kế hoạch đã có nhiệm vụ mã ${code.trim()}.`, 'code');
      }
      const draft = normaliseTaskDraft({
        leadIds: [],
        supportIds: [],
        deadline: null,
        periodType: null,
        deadlineText: null,
        expectedOutput: null,
        completionDate: null,
        note: null,
        ...fields,
      });
      const violation = checkTaskDraft(draft, await ruleContext(trx, planId, ctx.today(), null));
      if (violation) refuse(violation);
      const actor = await currentActor(trx);
      const id = await insertTask(trx, planId, code, draft, actor);
      await replaceTaskAgencies(trx, id, draft.leadIds, draft.supportIds);
      await recordEvent(trx, actor, 'task', id, 'create', `${code.trim()}: ${draft.content}`);
      return id;
    });
    return taskDetail(ctx, taskId);
  },

  'tasks.complete': async ({ taskId, completionDate, text, reportedByAgencyId }, ctx) => {
    await ctx.db.transaction().execute(async (trx) => {
      const before = await mustGetTask(trx, taskId);
      const actor = await currentActor(trx);
      const rules = await ruleContext(trx, before.planId, ctx.today(), before);
      await saveDraft(trx, actor, before, { ...draftOfTask(before), completionDate }, rules);
      if (text && text.trim()) {
        await addProgressIn(trx, actor, before, { date: completionDate, text, reportedByAgencyId: reportedByAgencyId ?? null }, ctx.today());
      }
    });
    return taskDetail(ctx, taskId);
  },

  'tasks.addProgress': async ({ taskId, date, text, reportedByAgencyId }, ctx) => {
    await ctx.db.transaction().execute(async (trx) => {
      const task = await mustGetTask(trx, taskId);
      const actor = await currentActor(trx);
      await addProgressIn(trx, actor, task, { date, text, reportedByAgencyId: reportedByAgencyId ?? null }, ctx.today());
    });
    return taskDetail(ctx, taskId);
  },

  'tasks.history': async ({ taskId }, ctx) => {
    // Only whether the task is there: its history is read by id.
    if ((await planIdOfTask(ctx.db, taskId)) === null) throw new AppError('NOT_FOUND', TASK_NOT_FOUND, 'taskId');
    return toAuditLines(await listAudit(ctx.db, 'task', taskId), TASK_AUDIT_FIELDS);
  },

  'tasks.bulk': async ({ planId, taskIds, action }, ctx) => {
    if (!(await getPlan(ctx.db, planId))) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch này.', 'planId');
    const ids = [...new Set(taskIds)];
    return ctx.db.transaction().execute(async (trx) => {
      const tasks = await getStoredTasks(trx, planId, ids);
      if (tasks.length !== ids.length) {
        throw new AppError('VALIDATION', 'Nhiệm vụ được chọn: có nhiệm vụ không thuộc kế hoạch này hoặc đã bị xóa.', 'taskIds');
      }
      const actor = await currentActor(trx);
      const result = { updated: 0, unchanged: 0, skipped: [] as { code: string; reason: string }[], undoable: false };
      const undo: UndoEntry[] = [];
      const rules = await ruleContext(trx, planId, ctx.today(), null);
      for (const t of tasks) {
        const outcome = applyBulk(t, action);
        if ('skip' in outcome) {
          result.skipped.push({ code: t.code, reason: outcome.skip });
          continue;
        }
        const taskRules = { ...rules, previousAgencyIds: new Set([...t.lead, ...t.support].map((a) => a.id)) };
        try {
          const changed = await saveDraft(trx, actor, { ...t, planId }, outcome.draft, taskRules, `Nhiệm vụ ${t.code}: `);
          if (changed) {
            result.updated += 1;
            undo.push({ id: t.id, code: t.code, before: draftOfTask(t), after: normaliseTaskDraft(outcome.draft) });
          } else result.unchanged += 1;
        } catch (err) {
          // The whole action is refused; the message names the task, the field is the form's.
          if (err instanceof AppError) throw new AppError(err.code, err.message, BULK_FIELDS[action.kind]);
          throw err;
        }
      }
      // The change just made replaces the one kept for undoing (one undo: the last bulk change).
      if (undo.length > 0) {
        await writeUndoRecord(trx, planId, JSON.stringify({ tasks: undo } satisfies UndoRecord));
        result.undoable = true;
      }
      return result;
    });
  },

  // Puts back the tasks of the plan's last bulk change, in one transaction, each change in the task's
  // history. A task changed again since (or deleted) is left as it is and named.
  'tasks.undoBulk': async ({ planId }, ctx) => {
    return ctx.db.transaction().execute(async (trx) => {
      const raw = await readUndoRecord(trx, planId);
      if (!raw) throw new AppError('NOT_FOUND', 'Không còn thao tác hàng loạt nào để hoàn tác.', 'planId');
      const record = JSON.parse(raw) as UndoRecord;
      const stored = new Map((await getStoredTasks(trx, planId, record.tasks.map((e) => e.id))).map((t) => [t.id, t]));
      const actor = await currentActor(trx);
      const rules = await ruleContext(trx, planId, ctx.today(), null);
      const result = { restored: 0, skipped: [] as { code: string; reason: string }[] };
      for (const entry of record.tasks) {
        const now = stored.get(entry.id);
        if (!now) {
          result.skipped.push({ code: entry.code, reason: 'đã bị xóa' });
          continue;
        }
        if (!sameDraft(normaliseTaskDraft(draftOfTask(now)), entry.after)) {
          result.skipped.push({ code: now.code, reason: 'đã được sửa sau thao tác này' });
          continue;
        }
        const taskRules = { ...rules, previousAgencyIds: new Set([...now.lead, ...now.support].map((a) => a.id)) };
        if (await saveDraft(trx, actor, { ...now, planId }, entry.before, taskRules, `Hoàn tác, nhiệm vụ ${now.code}: `)) result.restored += 1;
      }
      await writeUndoRecord(trx, planId, null);
      return result;
    });
  },
};

interface UndoEntry {
  id: number;
  code: string;
  before: TaskDraft;
  after: TaskDraft;
}
interface UndoRecord {
  tasks: UndoEntry[];
}

function sameDraft(a: TaskDraft, b: TaskDraft): boolean {
  return (Object.keys(a) as (keyof TaskDraft)[]).every((k) =>
    k === 'leadIds' || k === 'supportIds' ? sameIds(a[k], b[k]) : a[k] === b[k],
  );
}

// A task completed per period and per lead agency: its parts, and recording one part's completion.
async function partsOf(ctx: HandlerContext, taskId: number, recordsOverride?: CompletionRecord[]) {
  const task = await getStoredTask(ctx.db, taskId);
  if (!task) throw new AppError('NOT_FOUND', 'Không tìm thấy nhiệm vụ này.', 'taskId');
  const plan = (await getPlan(ctx.db, task.planId))!;
  const duties = (await listReportingDuties(ctx.db, task.planId)).filter((d) => !d.upward);
  const periods = task.deadlineKind === 'period' ? taskPeriods(task.periodType, duties, plan.year) : [];
  const records = recordsOverride ?? (await listCompletions(ctx.db, [taskId])).get(taskId) ?? [];
  const { dueSoonDays } = await readSettings(ctx.db);
  const input = { ...task, leadIds: task.lead.map((a) => a.id) };
  // A lead's report received in the register completes its part; shown, never stored.
  const register = periods.length ? registerCompletions(input.leadIds, await listPeriodReports(ctx.db, task.planId), periods, periods.length >= 2) : [];
  return { task, periods, input, dueSoonDays, parts: taskParts(input, periods, withRegister(records, register), ctx.today(), dueSoonDays) };
}

async function view(ctx: HandlerContext, taskId: number): Promise<TaskPartsView> {
  const { task, parts } = await partsOf(ctx, taskId);
  return {
    taskId,
    recurring: parts.length > 1,
    leads: task.lead,
    parts: parts.map((p) => ({
      key: p.key,
      label: p.label,
      dueDate: p.dueDate,
      completionDate: p.completionDate,
      status: p.status.status,
      leadsDone: leadsDoneText(p),
      done: p.done,
      fromRegister: p.done.length > 0 && p.done.every((d) => d.fromRegister),
    })),
  };
}

export const taskPartHandlers: HandlerGroup<'tasks.parts' | 'tasks.completePart'> = {
  'tasks.parts': ({ taskId }, ctx) => view(ctx, taskId),

  'tasks.completePart': async ({ taskId, periodKey, agencyId, completionDate }, ctx) => {
    const { task, periods, input, dueSoonDays, parts } = await partsOf(ctx, taskId);
    const part = parts.find((p) => p.key === periodKey);
    if (!part) throw new AppError('VALIDATION', 'Kỳ: nhiệm vụ không có kỳ này.', 'periodKey');
    const shared = task.lead.length >= 2;
    if (shared && (agencyId == null || !task.lead.some((a) => a.id === agencyId))) {
      throw new AppError('VALIDATION', 'Đơn vị: hãy chọn một trong các cơ quan chủ trì của nhiệm vụ.', 'agencyId');
    }
    if (completionDate && completionDate > ctx.today()) {
      throw new AppError('VALIDATION', `Ngày hoàn thành: ${formatDateVi(completionDate)} còn sau ngày hôm nay.`, 'completionDate');
    }
    const who = shared ? task.lead.find((a) => a.id === agencyId)!.shortName : null;
    await setPartCompletion(
      ctx.db,
      taskId,
      { periodKey, agencyId: shared ? agencyId! : null, label: [part.key ? `kỳ ${part.label}` : null, who].filter(Boolean).join(', ') || 'cả nhiệm vụ' },
      completionDate,
      // The task's own date follows its parts only (a completion as a whole is replaced by them).
      (records) => wholeCompletion(taskParts({ ...input, completionDate: null }, periods, records, ctx.today(), dueSoonDays)),
    );
    return view(ctx, taskId);
  },
};
