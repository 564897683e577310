// Setting up a plan's targets, statistics and reporting duties in the app: added, edited and
// deleted by the clerk. Merged into the one contract in contract.ts.
import { z } from 'zod';
import { isoDate, safeNumber, method, id, byPlan, text, optionalText, idsInput } from './fields';
import type { PlanUnitCount, ReportingDutyRow, StatisticRequestRow, StatisticRow, TargetRow, TaskPartsView } from './models';
import { PERIOD_TYPES, TARGET_COMPARATORS, TARGET_KINDS, UNIT_LEVELS, WINDOW_RULES } from '../domain/types';
import { STATISTIC_KINDS } from '../domain/statistics';

const code = z.string().trim().min(1).max(20).regex(/^[\p{L}\p{N}._-]+$/u, 'chỉ gồm chữ, số và các dấu . _ -');

/** A target's fields, as the Chỉ tiêu screen sends them (the handler checks what depends on the kind). */
export const targetFields = {
  code: code.optional(),
  group: optionalText(300),
  wording: text(4000),
  kind: z.enum(TARGET_KINDS),
  comparator: z.enum(TARGET_COMPARATORS).nullable(),
  value: safeNumber.nullable(),
  unit: optionalText(40),
  denominator: safeNumber.nullable(),
  denominatorText: optionalText(300),
  denominatorUnits: z.enum(UNIT_LEVELS).nullable().optional(),
  statistic: optionalText(20),
  denominatorStatistic: optionalText(20),
  note: optionalText(4000),
  agencyIds: z.array(id).max(500).optional(),
};

const targetCreate = z.object({ planId: id, ...targetFields, code }).strict();
const byTarget = idsInput('targetId');
const unitCount = z.object({ planId: id, level: z.enum(UNIT_LEVELS), count: z.number().int().min(1).max(100000) }).strict();

const statisticFields = {
  label: text(300),
  unit: text(40),
  kind: z.enum(STATISTIC_KINDS),
  group: optionalText(200),
  partOf: optionalText(20),
};
const statisticCreate = z.object({ planId: id, code, ...statisticFields }).strict();
const statisticUpdate = z.object({ planId: id, code, ...statisticFields }).strict();
const statisticRequests = z.object({ planId: id, agencyId: id, codes: z.array(code).max(300) }).strict();

const dutyFields = {
  periodType: z.enum(PERIOD_TYPES),
  title: text(300),
  dueText: z.string().trim().max(200),
  dueInclusive: z.boolean().optional(),
  windowRule: z.enum(WINDOW_RULES).optional(),
  windowText: optionalText(300),
  upward: z.boolean().optional(),
  recipientAgencyId: id.nullable().optional(),
  recipientText: optionalText(1000),
  obliged: z.array(id).max(500),
};
const dutyCreate = z.object({ planId: id, ...dutyFields }).strict();
const dutyUpdate = z.object({ dutyId: id, ...dutyFields }).strict();
const byDuty = idsInput('dutyId');
const byTask = idsInput('taskId');
const completePart = z
  .object({ taskId: id, periodKey: z.string().max(40), agencyId: id.nullable().optional(), completionDate: isoDate.nullable() })
  .strict();

export const planTargetsContract = {
  'targets.create': method<typeof targetCreate, TargetRow>(targetCreate),
  'targets.delete': method<typeof byTarget, { deleted: true }>(byTarget),
  'targets.unitCounts': method<typeof byPlan, PlanUnitCount[]>(byPlan),
  'targets.setUnitCount': method<typeof unitCount, PlanUnitCount[]>(unitCount),
  'statistics.create': method<typeof statisticCreate, StatisticRow>(statisticCreate),
  'statistics.update': method<typeof statisticUpdate, StatisticRow>(statisticUpdate),
  'statistics.requests': method<typeof byPlan, StatisticRequestRow[]>(byPlan),
  'statistics.setRequests': method<typeof statisticRequests, StatisticRequestRow>(statisticRequests),
  'duties.create': method<typeof dutyCreate, ReportingDutyRow>(dutyCreate),
  'duties.update': method<typeof dutyUpdate, ReportingDutyRow>(dutyUpdate),
  'duties.delete': method<typeof byDuty, { deleted: true }>(byDuty),
  // A task completed per period and per lead agency (electron/backend/handlers/task-parts.ts).
  'tasks.parts': method<typeof byTask, TaskPartsView>(byTask),
  'tasks.completePart': method<typeof completePart, TaskPartsView>(completePart),
} as const;
