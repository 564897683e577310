// The one API contract: method name -> input schema and output type. Added here once, implemented
// once in electron/backend/handlers, and served by both hosts without further code.
import { z } from 'zod';
import { method, id, none, byPlan } from './fields';
import type {
  AgencyRow,
  AppInfo,
  PlanOverview,
  PlanSummary,
  WeekAgenda,
  ReportingDutyRow,
  SettingsValues,
  TargetRow,
  TaskRow,
} from './models';
import { boardContract } from './board-contract';
import { reportingContract } from './reporting-contract';
import { documentsContract } from './documents-contract';
import { planTextContract } from './plan-text-contract';
import { planSetupContract } from './plan-setup-contract';
import { planTargetsContract } from './plan-targets-contract';
import { planImportContract } from './plan-import-contract';
import { excelContract } from './excel-contract';
import { assignmentsContract } from './assignments-contract';
import type { BackupInfo, BackupListing, RestoreProgress, RestoreResult } from '../backup/backup-api';

const localPath = z.string().trim().min(1).max(1000);
const backupCreateInput = z.object({ targetFolder: localPath.optional() }).strict();
const backupRestoreInput = z.object({ backupPath: localPath }).strict();

export const contract = {
  'app.info': method<typeof none, AppInfo>(none),
  'settings.get': method<typeof none, SettingsValues>(none),
  // `version`: of the values the Cài đặt form was opened on; a save over newer ones is refused.
  'settings.update': method<z.ZodType<Partial<SettingsValues> & { version?: string }>, SettingsValues>(
    z
      .object({
        version: z.string().max(40),
        clerkName: z.string().trim().max(100),
        dueSoonDays: z.number().int().min(0).max(365),
        currentPlanId: id.nullable(),
      })
      .partial()
      .strict(),
  ),
  'plans.list': method<typeof none, PlanSummary[]>(none),
  'plans.overview': method<typeof byPlan, PlanOverview>(byPlan),
  // "Việc tuần này": reports and tasks due in the coming week or overdue, across the plans worked on.
  'plans.week': method<typeof byPlan, WeekAgenda>(byPlan),
  'agencies.list': method<typeof byPlan, AgencyRow[]>(byPlan),
  'tasks.list': method<typeof byPlan, TaskRow[]>(byPlan),
  'targets.list': method<typeof byPlan, TargetRow[]>(byPlan),
  'reporting.duties': method<typeof byPlan, ReportingDutyRow[]>(byPlan),
  // The report register: periods, received reports, figures, urging (shared/api/reporting-contract.ts).
  ...reportingContract,
  // Backups (electron/backend/handlers/backup.ts): paths are checked again by the handler (full local path).
  'backup.list': method<typeof none, BackupListing>(none),
  'backup.create': method<typeof backupCreateInput, BackupInfo>(backupCreateInput),
  'backup.restore': method<typeof backupRestoreInput, RestoreResult>(backupRestoreInput),
  // Answered during a restore too (the restore's progress bar, other windows waiting).
  'backup.restoreProgress': method<typeof none, RestoreProgress>(none),
  // Official documents and their settings (shared/api/documents-contract.ts).
  ...documentsContract,
  ...planTextContract,
  // The working board: tasks, task groups, agencies, plans (shared/api/board-contract.ts).
  ...boardContract,
  ...planSetupContract,
  // Targets, statistics and reporting duties set up by the clerk (shared/api/plan-targets-contract.ts).
  ...planTargetsContract,
  // Importing a plan from its Word file (shared/api/plan-import-contract.ts).
  ...planImportContract,
  // Excel out, and the statistics form out and back in (shared/api/excel-contract.ts).
  ...excelContract,
  ...assignmentsContract,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = Contract[M]['output'];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
