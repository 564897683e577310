// The plan's tasks given as an assignment table ("Bảng phân công": content, lead, support, deadline,
// output) give the same 63 tasks as the plan's text: appended to the plan's Word file as a Phụ lục,
// and as an .xlsx workbook imported into the plan. The tables are made here from the built-in 2022
// plan; each row names the agencies the plan gives the task (a III task: those of the V duties that
// carry it, "theo mục V"), as the plan's own exported table prints them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { quangTri2022 as builtin } from '../../../db/builtin/quang-tri-2022';
import { docxToHtml } from '../../../db/plan-import/read-docx';
import { readGrid } from '../../../electron/backend/excel/xlsx';
import { blocksFromHtml, blocksFromText } from '../../../shared/plan-import/blocks';
import { importPlan } from '../../../shared/plan-import/to-dataset';
import { readAssignmentSheets } from '../../../shared/plan-import/assignment-sheet';
import { assignmentRows, assignmentWorkbook, planWithAssignmentTableDocx, printedAgencies } from '../../helpers/plan-variants';

const TEXT = readFileSync(fileURLToPath(new URL('../../fixtures/ke-hoach-pcmd-quang-tri-2022.md', import.meta.url)), 'utf8');
const known = builtin.agencies;
const fromText = importPlan(blocksFromText(TEXT), { known }).dataset;
const ROWS = assignmentRows(builtin);

/** What a table row gives: the task's code, group, wording, leads and supporters (as sets), deadline and output. */
interface TaskFacts {
  code: string;
  group: string;
  content: string;
  lead: string[];
  support: string[];
  deadlineKind: string;
  deadline?: string;
  periodType?: string;
  expectedOutput?: string;
}
const sorted = (xs: string[]) => [...xs].sort();
const facts = (t: TaskFacts) => ({
  code: t.code,
  group: t.group,
  content: t.content,
  lead: sorted(t.lead),
  support: sorted(t.support),
  deadline: [t.deadlineKind, t.deadline ?? null, t.periodType ?? null],
  output: t.expectedOutput ?? null,
});

const DISTRICTS = builtin.agencies.filter((a) => a.kind === 'district_pc').map((a) => a.code);
/** The built-in plan's tasks with the agencies their rows print. */
// Read differently on purpose (issue 10, no invented deadline; as in round-trip.test.ts): the built-in
// plan ends V.13.6 "trong năm 2022" with the year's data window (14/12); a table cell "trong năm 2022"
// reads as 31/12 of the year named. This is the only difference.
const READ_AS_WORDS: Record<string, string> = { 'V.13.6': '2022-12-31' };
const expected = builtin.tasks.map((t) => {
  const p = printedAgencies(builtin, t.code);
  // "Chung: thành viên BCĐ 138, UBND cấp huyện" names the committee and every district unit.
  const agencies = p.shared ? { lead: ['BCD138', ...DISTRICTS], support: [] } : p;
  return facts({ ...t, ...agencies, ...(READ_AS_WORDS[t.code] ? { deadline: READ_AS_WORDS[t.code] } : {}) });
});

describe('the tasks as an assignment table', () => {
  it('the rows made from the built-in plan: its 21 groups and 63 tasks, every one with a lead or the shared wording', () => {
    expect(ROWS.filter((r) => 'group' in r)).toHaveLength(21);
    expect(ROWS.filter((r) => 'stt' in r)).toHaveLength(63);
    // The wording is the plan text's reading of the same tasks.
    expect(fromText.tasks.map((t) => t.content)).toEqual(builtin.tasks.map((t) => t.content));
  });

  it('appended to the plan as a Phụ lục "Bảng phân công nhiệm vụ": the same 63 tasks, groups, leads and supporters', async () => {
    const { html } = await docxToHtml(await planWithAssignmentTableDocx(TEXT, ROWS));
    expect(html).toContain('<table>');
    const imported = importPlan(blocksFromHtml(html), { known });
    const ds = imported.dataset;
    expect(ds.tasks).toHaveLength(63);
    expect(ds.tasks.map(facts)).toEqual(expected);
    expect(ds.taskGroups).toEqual(fromText.taskGroups);
    expect(ds.taskGroups).toEqual(builtin.taskGroups);
    // The table gives every task its agencies: no link is left to propose.
    expect(imported.links).toEqual([]);
    // The plan's text, targets and reporting duty are the body's, as without the table.
    expect(ds.targets).toEqual(fromText.targets);
    expect(ds.reportingDuties).toEqual(fromText.reportingDuties);
  });

  it('as an .xlsx workbook imported into the plan (its groups, no tasks yet): the same 63 tasks, groups, leads and supporters', async () => {
    const grid = await readGrid(await assignmentWorkbook(ROWS));
    const reading = readAssignmentSheets(grid, {
      known,
      placeName: 'Quảng Trị',
      year: 2022,
      groups: builtin.taskGroups.map((g) => ({ code: g.code, title: g.title })),
      tasks: [],
    });
    expect(reading.problems).toEqual([]);
    expect(reading.newGroups).toEqual([]);
    expect(reading.newAgencies).toEqual([]);
    expect(reading.rows).toHaveLength(63);
    expect(reading.rows.map(facts)).toEqual(expected);
  });
});
