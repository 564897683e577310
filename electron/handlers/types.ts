// What every handler receives, and the shape of the handler map that implements the contract.
import type { AppDb } from '../../db/connection';
import type { Contract, MethodName, MethodOutput, ParsedInput } from '../../shared/api/contract';
import type { AppInfo } from '../../shared/api/models';

export interface HandlerContext {
  db: AppDb;
  /** Facts about this installation, filled by the host. */
  info: Omit<AppInfo, 'today'>;
  /** Today's date (ISO); tests fix it to a day of the plan year. */
  today(): string;
}

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: HandlerContext,
) => Promise<MethodOutput<M>> | MethodOutput<M>;

export type Handlers = { [M in keyof Contract]: Handler<M> };
export type HandlerGroup<K extends MethodName> = { [M in K]: Handler<M> };
