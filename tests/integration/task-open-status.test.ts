// Opening one task (tasks.get, and the detail every edit returns) reads only what that task's status
// needs: a task that is not per period and has at most one lead skips the plan's duties and register.
// Whatever it reads, each task must show the same status, deadline, days left and parts as its row
// in the list, also after reports have come in and a part has been completed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TempApp } from '../helpers/temp-app';
import { openBoard2022, PLAN_2022 as PLAN } from '../helpers/board-2022';
import type { TaskRow } from '../../shared/api/models';

let app: TempApp;

beforeEach(async () => {
  ({ app } = await openBoard2022());
});
afterEach(async () => {
  await app.cleanup();
});

const shown = (t: TaskRow) => ({
  status: t.status,
  effectiveDeadline: t.effectiveDeadline,
  daysLeft: t.daysLeft,
  dueSoon: t.dueSoon,
  parts: t.parts,
});

async function expectEveryTaskAsListed() {
  const list = await app.call('tasks.list', { planId: PLAN });
  for (const row of list) {
    const opened = await app.call('tasks.get', { taskId: row.id });
    expect({ code: opened.code, ...shown(opened) }).toEqual({ code: row.code, ...shown(row) });
  }
  return list;
}

describe('opening a task', () => {
  it('shows each task of the 2022 plan as the list does: per-period, several leads, and the rest', async () => {
    const list = await expectEveryTaskAsListed();
    // The plan has each kind the reads depend on.
    expect(list.some((t) => t.deadlineKind === 'period')).toBe(true);
    expect(list.some((t) => t.deadlineKind !== 'period' && t.lead.length >= 2)).toBe(true);
    expect(list.some((t) => t.deadlineKind !== 'period' && t.lead.length < 2)).toBe(true);
    expect(list.some((t) => (t.parts?.length ?? 0) > 0)).toBe(true);
  });

  it('still agrees once reports are in the register and a part is completed', async () => {
    const periods = await app.call('reporting.periods', { planId: PLAN });
    const h1 = periods.find((p) => p.periodType === 'six_month')!;
    const register = await app.call('reporting.register', { periodId: h1.id });
    expect(register.entries.length).toBeGreaterThan(6);
    for (const entry of register.entries.slice(0, 6)) {
      await app.call('reports.create', { periodId: h1.id, agencyId: entry.agency.id, arrivalDate: '2022-06-10', channel: 'paper', figures: [] });
    }
    const before = await app.call('tasks.list', { planId: PLAN });
    const shared = before.find((t) => t.deadlineKind !== 'period' && t.lead.length >= 2)!;
    await app.call('tasks.completePart', { taskId: shared.id, periodKey: shared.parts![0]!.key, agencyId: shared.lead[0]!.id, completionDate: '2022-06-20' });
    const after = await expectEveryTaskAsListed();
    // The register and the part did change what the list shows.
    expect(after.map(shown)).not.toEqual(before.map(shown));
  });

  it("gives a task's history, and refuses the history of a task that is gone", async () => {
    const list = await app.call('tasks.list', { planId: PLAN });
    const task = list[0]!;
    await app.call('tasks.addProgress', { taskId: task.id, date: '2022-06-30', text: 'Đã họp giao ban.', reportedByAgencyId: null });
    const history = await app.call('tasks.history', { taskId: task.id });
    expect(history.map((h) => h.newValue)).toContain('30/06/2022: Đã họp giao ban.');
    const missing = Math.max(...list.map((t) => t.id)) + 1000;
    const refused = await app.raw('tasks.history', { taskId: missing });
    expect(refused).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy nhiệm vụ này; có thể nó đã bị xóa.', field: 'taskId' } });
  });
});
