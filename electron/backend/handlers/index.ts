// The handler map: the one implementation of the API contract, used by both hosts.
// It imports no electron, so tests run it under plain Node.
import type { Handlers } from './types';
import { appHandlers } from './app';
import { settingsHandlers } from './settings';
import { localityHandlers } from './localities';
import { planHandlers } from './plans';
import { taskHandlers } from './tasks';
import { taskEditHandlers, taskPartHandlers } from './tasks';
import { taskGroupHandlers } from './task-groups';
import { agencyHandlers } from './agencies';
import { planCopyHandlers } from './plan-copy';
import { reportingHandlers } from './reporting';
import { receivedReportHandlers } from './received-reports';
import { targetHandlers } from './targets';
import { urgingHandlers } from './urging';
import { backupHandlers } from './backup';
import { documentHandlers } from './documents';
import { planTextHandlers } from './plan-text';
import { planSetupHandlers } from './plan-setup';
import { planTargetHandlers } from './plan-targets';
import { planImportHandlers } from './plan-import';
import { excelHandlers } from './excel';
import { assignmentHandlers } from './assignments';

export const handlers: Handlers = {
  ...appHandlers,
  ...settingsHandlers,
  ...localityHandlers,
  ...planHandlers,
  ...taskHandlers,
  ...taskEditHandlers,
  ...taskGroupHandlers,
  ...agencyHandlers,
  ...planCopyHandlers,
  ...reportingHandlers,
  ...receivedReportHandlers,
  ...targetHandlers,
  ...urgingHandlers,
  ...backupHandlers,
  ...documentHandlers,
  ...planTextHandlers,
  ...planSetupHandlers,
  ...planTargetHandlers,
  ...taskPartHandlers,
  ...planImportHandlers,
  ...excelHandlers,
  ...assignmentHandlers,
};

export type { HandlerContext, Handlers } from './types';
