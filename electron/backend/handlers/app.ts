import type { HandlerGroup } from './types';

export const appHandlers: HandlerGroup<'app.info'> = {
  'app.info': (_input, ctx) => ({ ...ctx.info, today: ctx.today() }),
};
