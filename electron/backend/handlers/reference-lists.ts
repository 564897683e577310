// Lists that are read as stored: agencies, targets.
import type { HandlerGroup } from './types';
import { listPlanAgencies } from '../../../db/queries/agencies';
import { listTargets } from '../../../db/queries/targets';

export const referenceListHandlers: HandlerGroup<'agencies.list' | 'targets.list'> = {
  'agencies.list': ({ planId }, { db }) => listPlanAgencies(db, planId),
  'targets.list': ({ planId }, { db }) => listTargets(db, planId),
};
