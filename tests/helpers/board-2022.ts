// The built-in 2022 plan on a temporary database, with a clerk named, as the board tests start.
import { openTempApp, type TempApp } from './temp-app';
import type { TaskRow } from '../../shared/api/models';

export const PLAN_2022 = 1;

export async function openBoard2022(): Promise<{ app: TempApp; tasks: TaskRow[] }> {
  const app = await openTempApp({ today: '2022-07-01' });
  await app.call('settings.update', { clerkName: 'Nguyễn Thị Lan' });
  return { app, tasks: await app.call('tasks.list', { planId: PLAN_2022 }) };
}

/** The task with this code; a test naming a code the plan lacks fails here, with the code. */
export function taskByCode(tasks: TaskRow[], code: string): TaskRow {
  const t = tasks.find((x) => x.code === code);
  if (!t) throw new Error(`Không có nhiệm vụ ${code}`);
  return t;
}
