// Lists that are read as stored: agencies, targets, reporting duties.
import type { HandlerGroup } from './types';
import { listPlanAgencies } from '../../db/queries/agencies';
import { listTargets } from '../../db/queries/targets';
import { listReportingDuties } from '../../db/queries/reporting';

export const referenceListHandlers: HandlerGroup<'agencies.list' | 'targets.list' | 'reporting.duties'> = {
  'agencies.list': ({ planId }, { db }) => listPlanAgencies(db, planId),
  'targets.list': ({ planId }, { db }) => listTargets(db, planId),
  'reporting.duties': ({ planId }, { db }) => listReportingDuties(db, planId),
};
