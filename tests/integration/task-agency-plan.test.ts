// Migration 0014: each link between a task and an agency carries its task's plan, and the agency
// list and the agency page count an agency's tasks in a plan from it. Whoever writes the links (the
// built-in loader at first start, a new task, an edited task, a plan copied to a new year, an
// imported plan, or a writer that sets a wrong plan or none), the link's plan is its task's, and each
// plan shows its own counts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openClerkApp, type TempApp } from '../helpers/temp-app';

const DOCX = readFileSync(fileURLToPath(new URL('../fixtures/plan-import/ke-hoach-pcmd-quang-tri-2022.docx', import.meta.url)));

let app: TempApp;
beforeEach(async () => {
  app = await openClerkApp();
});
afterEach(async () => {
  await app.cleanup();
});

/** Links whose plan is not their task's (or none): "task 12 agency 3: plan null, task's plan 1". */
function wrongLinks(): string[] {
  return (
    app.core.database.sqlite
      .prepare('SELECT ta.task_id, ta.agency_id, ta.plan_id, t.plan_id AS task_plan FROM task_agencies ta JOIN tasks t ON t.id = ta.task_id WHERE ta.plan_id IS NOT t.plan_id')
      .all() as { task_id: number; agency_id: number; plan_id: number | null; task_plan: number }[]
  ).map((r) => `task ${r.task_id} agency ${r.agency_id}: plan ${String(r.plan_id)}, task's plan ${r.task_plan}`);
}

function linkCount(): number {
  return app.core.database.sqlite.prepare('SELECT count(*) FROM task_agencies').pluck().get() as number;
}

/** Lead and support counts per agency in a plan, counted through the tasks (as before 0014). */
function countedThroughTasks(planId: number): Record<number, { lead: number; support: number }> {
  const rows = app.core.database.sqlite
    .prepare('SELECT ta.agency_id, ta.role, count(*) AS n FROM task_agencies ta JOIN tasks t ON t.id = ta.task_id WHERE t.plan_id = ? GROUP BY 1, 2')
    .all(planId) as { agency_id: number; role: string; n: number }[];
  const out: Record<number, { lead: number; support: number }> = {};
  for (const r of rows) {
    out[r.agency_id] ??= { lead: 0, support: 0 };
    out[r.agency_id]![r.role as 'lead' | 'support'] = r.n;
  }
  return out;
}

/** The plan's agency list as the clerk sees its counts, agencies without tasks left out. */
async function listedCounts(planId: number): Promise<Record<number, { lead: number; support: number }>> {
  const out: Record<number, { lead: number; support: number }> = {};
  for (const a of await app.call('agencies.list', { planId })) {
    if (a.leadCount + a.supportCount > 0) out[a.id] = { lead: a.leadCount, support: a.supportCount };
  }
  return out;
}

async function pageCounts(planId: number, agencyId: number): Promise<[number, number]> {
  const page = await app.call('agencies.get', { planId, agencyId });
  return [page.leadCount, page.supportCount];
}

describe('the plan of a link between a task and an agency', () => {
  it('is its task’s plan after every writer the clerk uses, and each plan counts only its own tasks', async () => {
    // The built-in plan, loaded at first start.
    const builtin = (await app.call('plans.list', {})).find((p) => p.year === 2022)!.id;
    expect(linkCount()).toBeGreaterThan(100);
    expect(wrongLinks()).toEqual([]);
    expect(await listedCounts(builtin)).toEqual(countedThroughTasks(builtin));

    const agencies = await app.call('agencies.list', { planId: builtin });
    const idOf = (name: string) => agencies.find((a) => a.shortName === name)!.id;
    const police = idOf('Công an tỉnh');
    const justice = idOf('Sở Tư pháp');
    const health = idOf('Sở Y tế');
    const policeInBuiltin = await pageCounts(builtin, police);

    // Plan A (2023), the same agencies, no task yet: nobody leads or supports anything.
    const a = await app.call('plans.create', {
      year: 2023,
      title: 'Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2023',
      symbol: 'KH-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Quảng Trị',
      placeName: 'Quảng Trị',
      agenciesFromPlanId: builtin,
      standingAgencyId: null,
    });
    expect(await listedCounts(a.id)).toEqual({});
    const group = await app.call('taskGroups.create', { planId: a.id, code: 'V.1', title: 'Công an tỉnh' });
    const task = (code: string, leadIds: number[], supportIds: number[]) =>
      app.call('tasks.create', { planId: a.id, code, groupId: group.id, content: `Nhiệm vụ ${code}.`, leadIds, supportIds, deadlineKind: 'ongoing' });
    await task('V.1.1', [police], [justice]);
    await task('V.1.2', [police], [justice, health]);
    const third = await task('V.1.3', [justice], [police]);
    // The clerk edits who leads and supports V.1.3: Sở Y tế leads, the police and Sở Tư pháp support.
    await app.call('tasks.update', { taskId: third.id, leadIds: [health], supportIds: [police, justice] });
    expect(wrongLinks()).toEqual([]);
    // Plan A: police leads V.1.1, V.1.2 and supports V.1.3; justice supports all three; health leads
    // V.1.3 and supports V.1.2.
    const inA = { [police]: { lead: 2, support: 1 }, [justice]: { lead: 0, support: 3 }, [health]: { lead: 1, support: 1 } };
    expect(await listedCounts(a.id)).toEqual(inA);
    expect(await pageCounts(a.id, police)).toEqual([2, 1]);
    expect(await pageCounts(a.id, justice)).toEqual([0, 3]);
    expect(await pageCounts(a.id, health)).toEqual([1, 1]);
    // The built-in plan still shows only its own tasks.
    expect(await pageCounts(builtin, police)).toEqual(policeInBuiltin);

    // Plan A copied to 2024 as plan B: the same counts, on links of B's tasks.
    const b = await app.call('plans.copy', { sourcePlanId: a.id, year: 2024, title: 'Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2024' });
    expect(wrongLinks()).toEqual([]);
    expect(await listedCounts(b.id)).toEqual(inA);
    // In B, V.1.2 is deleted and a new V.1.4 led by Sở Tư pháp is added.
    const inB = await app.call('tasks.list', { planId: b.id });
    await app.call('tasks.delete', { taskId: inB.find((t) => t.code === 'V.1.2')!.id });
    const groupB = (await app.call('taskGroups.list', { planId: b.id }))[0]!.id;
    await app.call('tasks.create', { planId: b.id, code: 'V.1.4', groupId: groupB, content: 'Nhiệm vụ V.1.4.', leadIds: [justice], deadlineKind: 'ongoing' });
    expect(wrongLinks()).toEqual([]);
    expect(await listedCounts(b.id)).toEqual({ [police]: { lead: 1, support: 1 }, [justice]: { lead: 1, support: 2 }, [health]: { lead: 1, support: 0 } });
    expect(await pageCounts(b.id, police)).toEqual([1, 1]);
    expect(await pageCounts(b.id, justice)).toEqual([1, 2]);
    // Plan A is as it was.
    expect(await listedCounts(a.id)).toEqual(inA);
    expect(await pageCounts(a.id, police)).toEqual([2, 1]);

    // The 2022 plan's Word file imported as the 2026 plan (the loader inside a transaction).
    const preview = await app.call('plans.importPreview', { fileName: 'ke-hoach-pcmd-quang-tri-2022.docx', contentBase64: DOCX.toString('base64') });
    const imported = await app.call('plans.importCreate', { dataset: preview.dataset, year: 2026 });
    expect(wrongLinks()).toEqual([]);
    const importedCounts = await listedCounts(imported.id);
    expect(Object.keys(importedCounts).length).toBeGreaterThan(10);
    expect(importedCounts).toEqual(countedThroughTasks(imported.id));
    for (const planId of [builtin, a.id, b.id]) expect(await listedCounts(planId)).toEqual(countedThroughTasks(planId));
  });

  it('is set from the task whatever plan a writer gives it, and follows a task or a link that moves', async () => {
    const { sqlite } = app.core.database;
    const builtin = (await app.call('plans.list', {})).find((p) => p.year === 2022)!.id;
    const other = await app.call('plans.copy', { sourcePlanId: builtin, year: 2023, title: 'Phòng, chống mại dâm năm 2023' });
    const [t1, t2] = (await app.call('tasks.list', { planId: builtin })).slice(0, 2);
    const u1 = (await app.call('tasks.list', { planId: other.id }))[0]!;
    const agency = (await app.call('agencies.list', { planId: builtin })).find((x) => ![...t1!.lead, ...t1!.support, ...t2!.lead, ...t2!.support, ...u1.lead, ...u1.support].some((l) => l.id === x.id))!;
    const planOfLink = (taskId: number) =>
      sqlite.prepare('SELECT plan_id FROM task_agencies WHERE task_id = ? AND agency_id = ?').pluck().get(taskId, agency.id);

    // A writer that gives the other plan, or none: the task's plan.
    sqlite.prepare("INSERT INTO task_agencies (task_id, agency_id, role, plan_id) VALUES (?, ?, 'support', ?)").run(t1!.id, agency.id, other.id);
    expect(planOfLink(t1!.id)).toBe(builtin);
    sqlite.prepare("INSERT INTO task_agencies (task_id, agency_id, role) VALUES (?, ?, 'support')").run(t2!.id, agency.id);
    expect(planOfLink(t2!.id)).toBe(builtin);
    expect(await pageCounts(builtin, agency.id)).toEqual([agency.leadCount, agency.supportCount + 2]);
    // A writer that changes a link's plan: its task's again.
    sqlite.prepare('UPDATE task_agencies SET plan_id = ? WHERE task_id = ? AND agency_id = ?').run(other.id, t1!.id, agency.id);
    expect(planOfLink(t1!.id)).toBe(builtin);
    // A link moved to a task of the other plan goes with it.
    sqlite.prepare('UPDATE task_agencies SET task_id = ? WHERE task_id = ? AND agency_id = ?').run(u1.id, t2!.id, agency.id);
    expect(planOfLink(u1.id)).toBe(other.id);
    // A task moved to the other plan takes its links.
    sqlite.prepare("UPDATE tasks SET plan_id = ?, code = 'X.1' WHERE id = ?").run(other.id, t1!.id);
    expect(planOfLink(t1!.id)).toBe(other.id);
    expect(wrongLinks()).toEqual([]);
    expect(await pageCounts(builtin, agency.id)).toEqual([agency.leadCount, agency.supportCount]);
    // The other plan, a copy of the built-in one, had the agency's same counts; now two more supports.
    expect(await pageCounts(other.id, agency.id)).toEqual([agency.leadCount, agency.supportCount + 2]);
  });
});
