// The same plan formatted other ways gives the same tasks and targets: headings in Word heading
// styles, and numbering by Word lists instead of typed numbers (the tests make these files themselves
// from the plan's text).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { quangTri2022 as builtin } from '../../../db/builtin/quang-tri-2022';
import { docxToHtml } from '../../../db/plan-import/read-docx';
import { blocksFromHtml, blocksFromText } from '../../../shared/plan-import/blocks';
import { importPlan } from '../../../shared/plan-import/to-dataset';
import type { PlanDataset } from '../../../db/builtin/dataset';
import { planDocx } from '../../helpers/plan-variants';

const TEXT = readFileSync(fileURLToPath(new URL('../../fixtures/ke-hoach-pcmd-quang-tri-2022.md', import.meta.url)), 'utf8');
const known = builtin.agencies;

const tasksOf = (ds: PlanDataset) => ds.tasks.map((t) => ({ code: t.code, group: t.group, content: t.content, lead: t.lead, support: t.support, deadline: [t.deadlineKind, t.deadline, t.periodType] }));
const textOf = (ds: PlanDataset) =>
  (ds.planText ?? []).map((b) => [b.kind, b.level, b.numbering, b.text, b.task ?? '', b.target ?? '', b.group ?? ''].join(' | '));
const targetsOf = (ds: PlanDataset) => ds.targets.map((t) => [t.code, t.group, t.wording, t.kind, t.comparator, t.value, t.unit]);

describe('the same plan formatted other ways', () => {
  const fromText = importPlan(blocksFromText(TEXT), { known }).dataset;

  it('the plan text itself gives the 63 tasks and 14 targets', () => {
    expect(fromText.tasks).toHaveLength(63);
    expect(fromText.targets).toHaveLength(14);
  });

  for (const variant of ['heading-styles', 'list-numbering'] as const) {
    it(`${variant}: same tasks, groups, leads, supporters, deadlines and targets`, async () => {
      const { html } = await docxToHtml(await planDocx(TEXT, variant));
      if (variant === 'list-numbering') expect(html).toContain('<ol>');
      else expect(html).toContain('<h1>');
      const ds = importPlan(blocksFromHtml(html), { known }).dataset;
      expect(tasksOf(ds)).toEqual(tasksOf(fromText));
      expect(ds.taskGroups).toEqual(fromText.taskGroups);
      expect(targetsOf(ds)).toEqual(targetsOf(fromText));
      expect(ds.reportingDuties).toEqual(fromText.reportingDuties);
      // The plan's text too: the same paragraphs, numbered as printed, linked to the same tasks and targets.
      expect(textOf(ds)).toEqual(textOf(fromText));
      expect(textOf(ds)).toHaveLength(builtin.planText!.length);
    });
  }
});
