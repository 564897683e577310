// localities.*: the provinces a plan or an agency belongs to.
import type { HandlerGroup } from './types';
import { listLocalities } from '../../../db/queries/localities';

export const localityHandlers: HandlerGroup<'localities.list'> = {
  'localities.list': (_input, { db }) => listLocalities(db),
};
