// The handler map: the one implementation of the API contract, used by both hosts.
// It imports no electron, so tests run it under plain Node.
import type { Handlers } from './types';
import { appHandlers } from './app';
import { planHandlers } from './plans';
import { taskHandlers } from './tasks';
import { taskEditHandlers } from './task-edits';
import { agencyHandlers } from './agencies';
import { planCopyHandlers } from './plan-copy';
import { referenceListHandlers } from './reference-lists';
import { reportingHandlers } from './reporting';
import { receivedReportHandlers } from './received-reports';
import { targetHandlers } from './targets';
import { urgingHandlers } from './urging';
import { backupHandlers } from './backup';
import { documentHandlers } from './documents';
import { planTextHandlers } from './plan-text';
import { planSetupHandlers } from './plan-setup';
import { planTargetHandlers } from './plan-targets';
import { taskPartHandlers } from './task-parts';
import { planImportHandlers } from './plan-import';
import { excelHandlers } from './excel';

export const handlers: Handlers = {
  ...appHandlers,
  ...planHandlers,
  ...taskHandlers,
  ...taskEditHandlers,
  ...agencyHandlers,
  ...planCopyHandlers,
  ...referenceListHandlers,
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
};

export type { HandlerContext, Handlers } from './types';
