// The plan's own text read from its Word file (issue 11 item 3): the 2022 plan's file gives, paragraph
// by paragraph, the text the built-in plan holds (db/builtin/quang-tri-2022-text.ts): same kinds, levels,
// numbering, wording, bold/italic, and the same links to tasks, targets and groups. Every difference is
// listed; none is accepted.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { quangTri2022 as builtin } from '../../../db/builtin/quang-tri-2022';
import { docxToHtml } from '../../../db/plan-import/read-docx';
import { blocksFromHtml } from '../../../shared/plan-import/blocks';
import { importPlan } from '../../../shared/plan-import/to-dataset';
import type { DatasetTextBlock } from '../../../shared/domain/plan-dataset';

const DOCX = fileURLToPath(new URL('../../fixtures/plan-import/ke-hoach-pcmd-quang-tri-2022.docx', import.meta.url));

const shape = (b: DatasetTextBlock) =>
  [b.kind, b.level, b.numbering, b.bold ?? false, b.italics ?? false, b.task ?? '', b.target ?? '', b.group ?? ''].join(' | ');

describe('the plan text read from the 2022 Word file', () => {
  it('is the built-in plan text, block by block', async () => {
    const { html } = await docxToHtml(readFileSync(DOCX), 'ke-hoach.docx');
    const mine = importPlan(blocksFromHtml(html), { known: builtin.agencies }).dataset.planText ?? [];
    const theirs = builtin.planText!;
    expect(mine.length).toBe(theirs.length);
    const differences: string[] = [];
    theirs.forEach((t, i) => {
      const m = mine[i]!;
      if (shape(m) !== shape(t)) differences.push(`${i}: có sẵn ${shape(t)} / nhập ${shape(m)}`);
      // A task block's own text is the task's wording as read (compared in quang-tri-2022-docx.test.ts).
      if (!t.task && m.text !== t.text) differences.push(`${i}: có sẵn "${t.text.slice(0, 80)}" / nhập "${m.text.slice(0, 80)}"`);
    });
    expect(differences).toEqual([]);
  });
});
