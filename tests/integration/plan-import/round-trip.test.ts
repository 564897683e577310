// Round trip: the plan the app exports (Văn bản › Kế hoạch, with its assignment table appended)
// imports back to the same plan: same tasks in the same order, with the same wording, leads,
// supporters, deadlines and outputs; same target values and reporting duties.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempApp, type TempApp } from '../../helpers/temp-app';
import { quangTri2022 as builtin } from '../../../db/builtin/quang-tri-2022';
import type { PlanDataset } from '../../../db/builtin/dataset';

let app: TempApp;
beforeEach(async () => {
  app = await openTempApp();
});
afterEach(async () => {
  await app.cleanup();
});

const tasksOf = (ds: PlanDataset) =>
  ds.tasks.map((t) => ({
    content: t.content,
    lead: [...t.lead].sort(),
    support: [...t.support].sort(),
    deadline: [t.deadlineKind, t.deadline ?? null, t.deadlineKind === 'period' ? t.periodType : null],
    // Accepted on purpose: the table prints the output with a capital first letter ("Báo cáo …").
    output: t.expectedOutput ? t.expectedOutput.charAt(0).toLocaleLowerCase('vi') + t.expectedOutput.slice(1) : null,
  }));

describe('the exported plan imports back to the same plan', () => {
  it('tasks, targets and reporting duties', async () => {
    const [plan] = await app.call('plans.list', {});
    const doc = await app.call('documents.export', { kind: 'plan', planId: plan!.id });
    const p = await app.call('plans.importPreview', { fileName: doc.fileName, contentBase64: doc.contentBase64 });
    // Task codes and groups are the table's own numbering (PL.I.1 …): the exported table renumbers them.
    expect(tasksOf(p.dataset)).toEqual(tasksOf(builtin));
    expect(p.dataset.taskGroups.map((g) => g.title)).toEqual(builtin.taskGroups.map((g) => g.title));
    expect(p.dataset.targets.map((t) => [t.kind, t.comparator, t.value, t.unit])).toEqual(
      builtin.targets.map((t) => [t.kind, t.comparator, t.value, t.unit]),
    );
    expect(p.dataset.reportingDuties.map((d) => [d.periodType, d.dueDay, d.dueMonth, d.recipient, [...d.obliged].sort()])).toEqual(
      builtin.reportingDuties.map((d) => [d.periodType, d.dueDay, d.dueMonth, d.recipient, [...d.obliged].sort()]),
    );
  });
});
