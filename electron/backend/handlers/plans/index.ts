// plans.*: the list, the overview and the week (overview.ts), a plan's details, "Ban hành", setup and
// deletions (setup.ts), a new plan copied or empty (copy.ts), a plan read from its Word file (import.ts).
import type { HandlerGroup } from '../types';
import { planOverviewHandlers } from './overview';
import { planSetupHandlers } from './setup';
import { planCopyHandlers } from './copy';
import { planImportHandlers } from './import';

export const planHandlers: HandlerGroup<
  | 'plans.list'
  | 'plans.overview'
  | 'plans.week'
  | 'plans.get'
  | 'plans.update'
  | 'plans.issue'
  | 'plans.setup'
  | 'plans.deleted'
  | 'plans.copyPreview'
  | 'plans.copy'
  | 'plans.create'
  | 'plans.importPreview'
  | 'plans.importCreate'
> = {
  ...planOverviewHandlers,
  ...planSetupHandlers,
  ...planCopyHandlers,
  ...planImportHandlers,
};
