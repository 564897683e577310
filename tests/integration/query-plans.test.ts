// The board's main statements must find their rows through an index: a statement whose query plan
// reads a whole large table gets slower with every year of history (issue 14). The statements are
// captured as the real handlers run them on a migrated database, then explained with
// EXPLAIN QUERY PLAN; no timing. SQLite plans without table statistics (the app never runs ANALYZE),
// so the plan on this small database is the plan on ten years of data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempApp, type TempApp } from '../helpers/temp-app';
import { captureStatements, type CapturedStatement, type StatementCapture } from '../../db/statement-capture';

/** Tables that grow with the plan's size or with its years of history. */
const LARGE_TABLES = [
  'tasks',
  'task_groups',
  'task_agencies',
  'task_progress',
  'audit_log',
  'plan_agencies',
  'targets',
  'target_agencies',
  'reporting_duties',
  'reporting_duty_agencies',
  'reporting_periods',
  'expected_reports',
  'received_reports',
  'report_figures',
  'report_attachments',
  'urgings',
  'urging_agencies',
  'document_exports',
  // Migrations 0005–0010: per-task and per-plan rows that grow with the plan and its years.
  'task_completions',
  'task_duty_links',
  'plan_text_blocks',
  'statistic_requests',
  'statistic_sources',
];

/** "SCAN <large table>" lines of a statement's plan (a whole-table read, with or without an index). */
export function largeScans(plan: { detail: string }[]): string[] {
  return plan
    .map((p) => p.detail)
    .filter((d) => {
      const m = /^SCAN (\w+)/.exec(d);
      return m !== null && LARGE_TABLES.includes(m[1]!);
    });
}

let app: TempApp;
let probe: StatementCapture;
const planId = 1;
let ids: { taskId: number; agencyId: number; periodId: number };

beforeAll(async () => {
  app = await openTempApp({ today: '2022-12-31' });
  probe = captureStatements(app.core.database.sqlite);
  const tasks = await app.call('tasks.list', { planId });
  const periods = await app.call('reporting.periods', { planId });
  const annual = periods.find((p) => p.periodType === 'annual')!;
  const register = await app.call('reporting.register', { periodId: annual.id });
  const agencyId = register.entries[0]!.agency.id;
  // Some history, so that every statement of the calls below runs (reports, figures, notes, urgings).
  await app.call('reports.create', {
    periodId: annual.id,
    agencyId,
    arrivalDate: '2022-12-10',
    channel: 'paper',
    figures: [
      { statisticCode: 'B04', value: 12 },
      { statisticCode: 'B06', value: 40 },
    ],
  });
  await app.call('urging.record', { periodId: annual.id, agencyIds: [register.entries[1]!.agency.id], urgedOn: '2022-12-20', letterNumber: null, note: null });
  const task = tasks[5]!;
  await app.call('tasks.addProgress', { taskId: task.id, date: '2022-11-02', text: 'Đã kiểm tra 4 cơ sở.', reportedByAgencyId: agencyId });
  ids = { taskId: task.id, agencyId, periodId: annual.id };
});

afterAll(async () => {
  await app.cleanup();
});

async function explainCall(method: string, input: () => unknown): Promise<{ scans: string[]; statements: CapturedStatement[] }> {
  const statements = await probe.capture(async () => {
    const r = await app.raw(method, input());
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  });
  const sqlite = app.core.database.sqlite;
  const scans: string[] = [];
  for (const s of statements) {
    if (!/^\s*(select|insert|update|delete|with)\b/i.test(s.sql)) continue;
    const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...(s.args as [])) as { detail: string }[];
    for (const line of largeScans(plan)) scans.push(`${line}\n      trong câu lệnh: ${s.sql}`);
  }
  return { scans, statements };
}

const BOARD_CALLS: [string, () => unknown][] = [
  ['tasks.list', () => ({ planId })],
  ['tasks.get', () => ({ taskId: ids.taskId })],
  ['tasks.history', () => ({ taskId: ids.taskId })],
  ['tasks.addProgress', () => ({ taskId: ids.taskId, date: '2022-12-01', text: 'Đã tổ chức 2 buổi tuyên truyền.', reportedByAgencyId: ids.agencyId })],
  ['tasks.update', () => ({ taskId: ids.taskId, note: `Ghi chú ${Math.random()}` })],
  ['agencies.list', () => ({ planId })],
  ['agencies.get', () => ({ agencyId: ids.agencyId, planId })],
  ['agencies.history', () => ({ agencyId: ids.agencyId })],
  ['agencies.usage', () => ({ agencyId: ids.agencyId })],
  ['reporting.periods', () => ({ planId })],
  ['reporting.register', () => ({ periodId: ids.periodId })],
  ['reporting.agencyHistory', () => ({ planId, agencyId: ids.agencyId })],
  ['reporting.figures', () => ({ periodId: ids.periodId })],
  ['targets.progress', () => ({ planId })],
  ['targets.list', () => ({ planId })],
  ['plans.overview', () => ({ planId })],
  ['tasks.parts', () => ({ taskId: ids.taskId })],
  ['planText.list', () => ({ planId })],
  ['statistics.requests', () => ({ planId })],
  ['documents.statisticSources', () => ({ planId })],
];

describe('query plans of the board', () => {
  it.each(BOARD_CALLS)('%s reads no large table whole', async (method, input) => {
    const { scans, statements } = await explainCall(method, input);
    expect(statements.length).toBeGreaterThan(0);
    expect(scans, `${method} đọc toàn bộ một bảng lớn:\n${scans.join('\n')}`).toEqual([]);
  });

  it('catches a statement that reads a large table whole', async () => {
    // Without the index of migration 0009, a task's progress notes are found by reading every note.
    const sqlite = app.core.database.sqlite;
    const plan = sqlite.prepare('EXPLAIN QUERY PLAN SELECT * FROM task_progress NOT INDEXED WHERE task_id = ?').all(1) as { detail: string }[];
    expect(largeScans(plan)).toEqual(['SCAN task_progress']);
    const indexed = sqlite.prepare('EXPLAIN QUERY PLAN SELECT * FROM task_progress WHERE task_id = ?').all(1) as { detail: string }[];
    expect(largeScans(indexed)).toEqual([]);
  });

  it.each([
    ['agencies.get', () => ({ agencyId: ids.agencyId, planId }), 'SEARCH task_agencies USING COVERING INDEX task_agencies_plan_agency (plan_id=? AND agency_id=?)'],
    ['agencies.list', () => ({ planId }), 'SEARCH task_agencies USING COVERING INDEX task_agencies_plan_agency (plan_id=?)'],
  ])('%s counts the tasks of the plan from the index of migration 0014 alone', async (method, input, expected) => {
    // Through the agency's links in every plan and each link's task, the count grows with every
    // year of history; by the plan in the links' own index it does not.
    const { statements } = await explainCall(method, input);
    const counts = statements.filter((s) => /\bfrom "task_agencies"/i.test(s.sql) && /"plan_id" = \?/.test(s.sql));
    expect(counts).toHaveLength(1);
    const plan = app.core.database.sqlite.prepare(`EXPLAIN QUERY PLAN ${counts[0]!.sql}`).all(...(counts[0]!.args as [])) as { detail: string }[];
    expect(plan.map((p) => p.detail)).toEqual([expected]);
  });

  it('catches the completion records of the task list read whole without the index of migration 0006', () => {
    const sqlite = app.core.database.sqlite;
    const sql = 'SELECT task_id FROM task_completions WHERE task_id IN (1, 2, 3)';
    const scan = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql.replace('task_completions', 'task_completions NOT INDEXED')}`).all() as { detail: string }[];
    expect(largeScans(scan)).toEqual(['SCAN task_completions']);
    expect(largeScans(sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])).toEqual([]);
  });
});
