// The working board's part of the API contract (tasks, task groups, agencies, plans), merged into
// the one contract in contract.ts. Dates cross the API as ISO strings "YYYY-MM-DD".
import { z } from 'zod';
import type { AgencyRow, PlanSummary, TaskGroupRow } from './models';
import type { AgencyDeletion, AuditLine, AvailableAgency, BulkResult, BulkUndoResult, PlanCopyPreview, TaskDetail } from './board-models';
import { AGENCY_KINDS, DEADLINE_KINDS, PERIOD_TYPES } from '../domain/types';
import { AGENCY_LEVELS } from '../domain/plan-setup';
import { isoDate, nullableText, method, id, byPlan, text, idsInput } from './fields';

const agencyIds = z.array(id).max(200);

const taskFields = {
  groupId: id,
  content: text(4000),
  leadIds: agencyIds,
  supportIds: agencyIds,
  deadlineKind: z.enum(DEADLINE_KINDS),
  deadline: isoDate.nullable(),
  periodType: z.enum(PERIOD_TYPES).nullable(),
  deadlineText: nullableText(300),
  expectedOutput: nullableText(2000),
  completionDate: isoDate.nullable(),
  note: nullableText(2000),
};

/** Only the fields that changed are sent, with the version of the task they were made from. */
const taskUpdate = z
  .object({ taskId: id, version: z.string().max(40), ...taskFields })
  .partial()
  .required({ taskId: true })
  .strict();
const taskCreate = z
  .object({ planId: id, code: text(40), ...taskFields })
  .partial({ leadIds: true, supportIds: true, deadline: true, periodType: true, deadlineText: true, expectedOutput: true, completionDate: true, note: true })
  .strict();

const progress = z
  .object({ taskId: id, date: isoDate, text: text(4000), reportedByAgencyId: id.nullable().optional() })
  .strict();

export const bulkActionSchema = z.discriminatedUnion('kind', [
  /** Mark completed on a date, or reopen (null). */
  z.object({ kind: z.literal('setCompletion'), completionDate: isoDate.nullable() }).strict(),
  /** A new calendar deadline for every selected task. */
  z.object({ kind: z.literal('setDeadline'), deadline: isoDate }).strict(),
  /** Move dated deadlines by a number of days (negative = earlier). */
  z.object({ kind: z.literal('shiftDeadline'), days: z.number().int().min(-3660).max(3660) }).strict(),
  z.object({ kind: z.literal('setLead'), agencyId: id }).strict(),
  z.object({ kind: z.literal('addSupport'), agencyId: id }).strict(),
]);
export type BulkAction = z.infer<typeof bulkActionSchema>;

const agencyFields = {
  name: text(300),
  shortName: text(200),
  abbreviation: text(40),
  kind: z.enum(AGENCY_KINDS),
  contactPerson: nullableText(200),
  phone: nullableText(60),
  email: z.union([z.literal(''), z.email()]).nullable(),
  reports: z.boolean(),
  /** Trung ương (no locality), tỉnh, huyện, xã; default from the kind. */
  level: z.enum(AGENCY_LEVELS),
};

const plan = {
  year: z.number().int().min(2000).max(2100),
  title: text(300),
};

const byTask = idsInput('taskId');
const complete = z
  .object({
    taskId: id,
    completionDate: isoDate,
    /** What was done, kept as a progress note (optional). */
    text: nullableText(4000).optional(),
    reportedByAgencyId: id.nullable().optional(),
  })
  .strict();
const bulk = z.object({ planId: id, taskIds: z.array(id).min(1).max(10000), action: bulkActionSchema }).strict();
const groupCreate = z.object({ planId: id, code: text(40), title: text(300) }).strict();
const agencyInPlan = idsInput('agencyId', 'planId');
const byAgency = idsInput('agencyId');
const agencyCreate = z
  .object({ planId: id, ...agencyFields })
  .partial({ contactPerson: true, phone: true, email: true, level: true })
  .strict();
/** With the version of the agency the form was opened on (shared/domain/edit-version.ts). */
const agencyUpdate = z
  .object({ agencyId: id, planId: id, version: z.string().max(40), ...agencyFields })
  .partial()
  .required({ agencyId: true, planId: true })
  .strict();
const agencyJoin = z.object({ planId: id, agencyId: id, reports: z.boolean() }).strict();
const agencyActive = z.object({ agencyId: id, planId: id, active: z.boolean() }).strict();
const copyPreview = z.object({ sourcePlanId: id, year: plan.year }).strict();
const copy = z.object({ sourcePlanId: id, ...plan }).strict();
const planCreate = z
  .object({
    ...plan,
    symbol: text(60),
    issuer: text(300),
    placeName: text(100),
    /** Take the list of agencies (and who reports) from this plan; null for none. */
    agenciesFromPlanId: id.nullable(),
    standingAgencyId: id.nullable(),
  })
  .strict();

export const boardContract = {
  'tasks.get': method<typeof byTask, TaskDetail>(byTask),
  'tasks.create': method<typeof taskCreate, TaskDetail>(taskCreate),
  'tasks.update': method<typeof taskUpdate, TaskDetail>(taskUpdate),
  'tasks.complete': method<typeof complete, TaskDetail>(complete),
  'tasks.addProgress': method<typeof progress, TaskDetail>(progress),
  'tasks.history': method<typeof byTask, AuditLine[]>(byTask),
  'tasks.bulk': method<typeof bulk, BulkResult>(bulk),
  // Undoes the plan's last bulk change (once); tasks changed since are left and named.
  'tasks.undoBulk': method<typeof byPlan, BulkUndoResult>(byPlan),
  'taskGroups.list': method<typeof byPlan, TaskGroupRow[]>(byPlan),
  'taskGroups.create': method<typeof groupCreate, TaskGroupRow>(groupCreate),

  'agencies.get': method<typeof agencyInPlan, AgencyRow>(agencyInPlan),
  'agencies.usage': method<typeof byAgency, AgencyDeletion>(byAgency),
  'agencies.create': method<typeof agencyCreate, AgencyRow>(agencyCreate),
  'agencies.update': method<typeof agencyUpdate, AgencyRow>(agencyUpdate),
  'agencies.setActive': method<typeof agencyActive, AgencyRow>(agencyActive),
  'agencies.delete': method<typeof byAgency, { deleted: true }>(byAgency),
  'agencies.history': method<typeof byAgency, AuditLine[]>(byAgency),
  'agencies.available': method<typeof byPlan, AvailableAgency[]>(byPlan),
  'agencies.addToPlan': method<typeof agencyJoin, AgencyRow>(agencyJoin),

  'plans.copyPreview': method<typeof copyPreview, PlanCopyPreview>(copyPreview),
  'plans.copy': method<typeof copy, PlanSummary>(copy),
  'plans.create': method<typeof planCreate, PlanSummary>(planCreate),
} as const;

export type TaskCreateInput = z.output<typeof taskCreate>;
export type TaskUpdateInput = z.output<typeof taskUpdate>;
export type AgencyCreateInput = z.output<typeof agencyCreate>;
export type AgencyUpdateInput = z.output<typeof agencyUpdate>;
export type PlanCreateInput = z.output<typeof planCreate>;
