// A real app core on a temporary data folder, called through the same dispatch both hosts use, each
// result in the form the hosts send (shared/api/wire.ts) decoded by the UI's own decoder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openAppCore, type AppCore } from '../../electron/backend/core/app-core';
import { dispatch, dispatchForWire } from '../../electron/backend/api/dispatch';
import { decodeFromWire } from '../../shared/api/wire';
import { handlers } from '../../electron/backend/handlers';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';

export interface TempApp {
  core: AppCore;
  dataDir: string;
  /** Calls a method and returns its data; throws with the Vietnamese message on an error. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Calls a method and returns the raw result, errors included. */
  raw(method: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Closes the database; the folder stays until cleanup(). */
  close(): Promise<void>;
  cleanup(): Promise<void>;
}

export function makeTempDir(prefix = 'thuong-truc-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function openTempApp(options: { dataDir?: string; today?: string } = {}): Promise<TempApp> {
  const dataDir = options.dataDir ?? makeTempDir();
  const core = await openAppCore({ dataDir, host: 'browser', version: '0.0.0-test', today: options.today ?? '2022-07-01' });
  let closed = false;
  const close = async () => {
    if (!closed) await core.close();
    closed = true;
  };
  return {
    core,
    dataDir,
    raw: (method, input) => dispatch(handlers, core.ctx, method, input),
    async call(method, input) {
      const result = await dispatchForWire(handlers, core.ctx, method, input);
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      return decodeFromWire(method, result.data);
    },
    close,
    async cleanup() {
      await close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The built-in plan as the integration tests of the plan's records start from it: "today" is
 * 01/07/2022 and the clerk Nguyễn Thị Lan has given her name, so every change is recorded under it.
 */
export async function openClerkApp(): Promise<TempApp> {
  const app = await openTempApp({ today: '2022-07-01' });
  await app.call('settings.update', { clerkName: 'Nguyễn Thị Lan' });
  return app;
}

/** Every table's rows: what a refused change must leave exactly as it was. */
export function everyTable(app: TempApp): Record<string, unknown[]> {
  const { sqlite } = app.core.database;
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`select * from "${t}"`).all()]));
}
