// The handler map: the one implementation of the API contract, used by both hosts. A method's prefix
// names its file or folder: `plans.*` in plans/, `documents.*` in documents/, `forms.*` in forms.ts, ….
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
import { reportingHandlers } from './reporting';
import { reportHandlers } from './reports';
import { targetHandlers } from './targets';
import { urgingHandlers } from './urging';
import { backupHandlers } from './backup';
import { documentHandlers } from './documents';
import { planTextHandlers } from './plan-text';
import { statisticHandlers } from './statistics';
import { dutyHandlers } from './duties';
import { excelHandlers } from './excel';
import { formHandlers } from './forms';
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
  ...reportingHandlers,
  ...reportHandlers,
  ...targetHandlers,
  ...urgingHandlers,
  ...backupHandlers,
  ...documentHandlers,
  ...planTextHandlers,
  ...statisticHandlers,
  ...dutyHandlers,
  ...taskPartHandlers,
  ...excelHandlers,
  ...formHandlers,
  ...assignmentHandlers,
};

export type { HandlerContext, Handlers } from './types';
