// What every handler receives, and the shape of the handler map that implements the contract.
import type { AppDb } from '../../../db/connection';
import type { Contract, MethodName, MethodOutput, ParsedInput } from '../../../shared/api/contract';
import type { AppInfo } from '../../../shared/api/models';
import type { StorageService } from '../core/storage';
import type { CallGate } from '../core/call-gate';

export interface HandlerContext {
  db: AppDb;
  /** Facts about this installation, filled by the host. */
  info: Omit<AppInfo, 'today'>;
  /** Today's date (ISO); tests fix it to a day of the plan year. */
  today(): string;
  /** Backups and restores of the data folder (set by electron/backend/core/app-core). */
  storage?: StorageService;
  /** Lets calls in, except during a restore (electron/backend/core/call-gate.ts). */
  gate?: CallGate;
}

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: HandlerContext,
) => Promise<MethodOutput<M>> | MethodOutput<M>;

export type Handlers = { [M in keyof Contract]: Handler<M> };
export type HandlerGroup<K extends MethodName> = { [M in K]: Handler<M> };
