// A database written by release 0.1.0 (tests/fixtures/release-0.1.0, made by its make-fixture.ts)
// opened by this build: every migration since runs, and every row the clerk had is still there
// with the values it had, column for column.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, openTempApp, type TempApp } from '../../helpers/temp-app';

const FIXTURE = path.resolve(__dirname, '../../fixtures/release-0.1.0');
type Row = Record<string, unknown>;

function readAll(file: string): Map<string, { columns: string[]; rows: Row[] }> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[];
    const out = new Map<string, { columns: string[]; rows: Row[] }>();
    for (const { name } of tables) {
      const columns = (db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).map((c) => c.name);
      const rows = db.prepare(`SELECT rowid AS __rowid, * FROM "${name}" ORDER BY rowid`).all() as Row[];
      out.set(name, { columns, rows });
    }
    return out;
  } finally {
    db.close();
  }
}

let app: TempApp | undefined;
afterEach(async () => {
  await app?.cleanup();
  app = undefined;
});

describe('opening a database written by release 0.1.0', () => {
  it('migrates it and keeps every row and every value of the columns it had', async () => {
    const dataDir = makeTempDir();
    fs.copyFileSync(path.join(FIXTURE, 'thuong-truc.sqlite'), path.join(dataDir, 'thuong-truc.sqlite'));
    fs.cpSync(path.join(FIXTURE, 'attachments'), path.join(dataDir, 'attachments'), { recursive: true });
    const before = readAll(path.join(dataDir, 'thuong-truc.sqlite'));
    // The fixture holds a half year of work: reports, figures, a file, three plans.
    expect(before.get('received_reports')!.rows.length).toBe(2);
    expect(before.get('plans')!.rows.length).toBe(3);

    app = await openTempApp({ dataDir, today: '2022-07-01' });
    const migrations = before.get('kysely_migration')!.rows.length;
    await app.close();
    const after = readAll(path.join(dataDir, 'thuong-truc.sqlite'));

    const lost: string[] = [];
    for (const [table, { columns, rows }] of before) {
      if (table === 'kysely_migration' || table === 'kysely_migration_lock') continue;
      const now = after.get(table);
      if (!now) {
        lost.push(`${table}: bảng không còn`);
        continue;
      }
      const byRowid = new Map(now.rows.map((r) => [r.__rowid, r]));
      for (const row of rows) {
        const current = byRowid.get(row.__rowid);
        if (!current) {
          lost.push(`${table} #${String(row.__rowid)}: dòng không còn`);
          continue;
        }
        for (const column of columns) {
          if (!(column in current)) lost.push(`${table}.${column}: cột không còn`);
          else if (current[column] !== row[column]) {
            lost.push(`${table} #${String(row.__rowid)}.${column}: ${String(row[column])} -> ${String(current[column])}`);
          }
        }
      }
    }
    expect(lost).toEqual([]);

    // 0006: each agency responsible for a measured target is asked its statistics, so the report
    // form offers the districts B06 (communes with propaganda) and not the police.
    const agencyIdOf = (name: string) => after.get('agencies')!.rows.find((r) => r.short_name === name)!.id;
    const asked = (name: string) =>
      after
        .get('statistic_requests')!
        .rows.filter((r) => r.plan_id === 1 && r.agency_id === agencyIdOf(name))
        .map((r) => r.statistic_code);
    expect(asked('UBND huyện Hướng Hóa')).toContain('B06');
    expect(asked('Công an tỉnh')).not.toContain('B06');
    // Old duties read as before: Decree 09 windows, collected from the members, not the secretariat's own.
    const oldDutyIds = new Set(before.get('reporting_duties')!.rows.map((r) => r.id));
    const oldDuties = after.get('reporting_duties')!.rows.filter((r) => oldDutyIds.has(r.id));
    expect(oldDuties).toHaveLength(oldDutyIds.size);
    expect(oldDuties.every((r) => r.window_rule === 'decree09' && r.upward === 0 && r.due_month_offset === null)).toBe(true);
    expect(after.get('plan_unit_counts')!.rows).toEqual([]);
    expect(after.get('kysely_migration')!.rows.length).toBeGreaterThanOrEqual(migrations);

    // The app reads the migrated data as the clerk left it.
    app = await openTempApp({ dataDir, today: '2022-07-01' });
    const plans = await app.call('plans.list', {});
    expect(plans.map((p) => p.year).sort()).toEqual([2022, 2023, 2024]);
    const tasks = await app.call('tasks.list', { planId: 1 });
    expect(tasks.find((t) => t.code === 'V.14.1')?.content).toBe('Rà soát tổ chức bộ máy làm công tác phòng, chống tệ nạn xã hội.');
    expect(tasks.find((t) => t.code === 'V.2.1')?.completionDate).toBe('2022-06-20');

    // Migration 0010: the stored document settings get no drafting unit, so the letter's symbol and
    // the Lưu line print as the clerk stored them.
    expect(after.get('document_settings')!.rows.map((r) => r.drafting_unit)).toEqual(
      before.get('document_settings')!.rows.map(() => ''),
    );
    expect(before.get('document_settings')!.rows.length).toBeGreaterThan(0);
    const settings = await app.call('documents.settings', { planId: 1 });
    expect(settings.values).toMatchObject({ letterSymbol: 'SLĐTBXH-PCTNXH', draftingUnit: '' });

    // Migration 0013: no contradiction among totals was accepted before; the table is there, empty.
    expect(app.core.database.sqlite.prepare('SELECT count(*) AS n FROM figure_check_acceptances').get()).toEqual({ n: 0 });

    // Migration 0014: every old link between a task and an agency carries its task's plan. The
    // fixture's plans 1 and 2 have 113 links each, plan 3 none.
    const planOfTask = new Map(after.get('tasks')!.rows.map((t) => [t.id, t.plan_id]));
    const agencyLinks = after.get('task_agencies')!.rows;
    expect(agencyLinks).toHaveLength(before.get('task_agencies')!.rows.length);
    expect(agencyLinks.filter((l) => l.plan_id === null)).toEqual([]);
    expect(agencyLinks.filter((l) => l.plan_id !== planOfTask.get(l.task_id))).toEqual([]);
    expect([1, 2, 3].map((p) => agencyLinks.filter((l) => l.plan_id === p).length)).toEqual([113, 113, 0]);

    // Issue 10: the built-in plan (by its key) gets the 2022 plan's text at first start; the plans the
    // clerk made do not. A block that is a task shows the task as the clerk left it.
    const { sqlite } = app.core.database;
    const blocks = sqlite
      .prepare('SELECT b.plan_id, b.numbering, b.text, t.code FROM plan_text_blocks b LEFT JOIN tasks t ON t.id = b.task_id ORDER BY b.plan_id, b.sort_order')
      .all() as { plan_id: number; numbering: string; text: string; code: string | null }[];
    const builtin = (sqlite.prepare("SELECT id FROM plans WHERE key = 'KH-PCMD-QT-2022'").get() as { id: number }).id;
    expect(new Set(blocks.map((b) => b.plan_id))).toEqual(new Set([builtin]));
    expect(blocks).toHaveLength(126);
    expect(blocks[0]!.text).toMatch(/^Thực hiện Kế hoạch số 22\/KH-UBND/);
    expect(blocks.filter((b) => b.code !== null)).toHaveLength(63);
    expect(blocks.find((b) => b.text === 'CHẾ ĐỘ BÁO CÁO')?.numbering).toBe('VI.');
    // … and its section III the duties of V that carry it out.
    const links = sqlite
      .prepare('SELECT t.code AS task, d.code AS duty, l.role FROM task_duty_links l JOIN tasks t ON t.id = l.task_id JOIN tasks d ON d.id = l.duty_task_id WHERE t.plan_id = ? ORDER BY l.sort_order')
      .all(builtin) as { task: string; duty: string; role: string }[];
    expect(links.filter((l) => l.task === 'III.1.c.3').map((l) => `${l.duty} ${l.role}`)).toEqual(['V.2.1 lead', 'V.2.2 lead', 'V.9.2 support', 'V.1.3 support', 'V.13.3 support']);
    const shared = sqlite.prepare('SELECT code FROM tasks WHERE plan_id = ? AND shared_responsibility IS NOT NULL ORDER BY sort_order').all(builtin) as { code: string }[];
    expect(shared.map((r) => r.code)).toEqual(['III.1.e.1', 'III.2.a.4', 'III.2.c.1']);
    const body = (await app.call('documents.export', { kind: 'plan', planId: builtin })).contentBase64;
    expect(Buffer.from(body, 'base64').length).toBeGreaterThan(0);
    // Migration 0005 gives every plan and agency its locality: Quảng Trị, the national bodies none.
    const localities = after.get('localities')!.rows;
    expect(localities.map((l) => l.name)).toEqual(['Quảng Trị']);
    const qt = localities[0]!.id;
    expect(after.get('plans')!.rows.map((p) => [p.locality_id, p.year_from, p.year_to])).toEqual([
      [qt, 2022, 2022],
      [qt, 2023, 2023],
      [qt, 2024, 2024],
    ]);
    const agencies = after.get('agencies')!.rows;
    const byCode = (code: string) => agencies.find((a) => a.code === code)!;
    expect([byCode('BLDTBXH').locality_id, byCode('BLDTBXH').level]).toEqual([null, 'national']);
    expect([byCode('UBQG').locality_id, byCode('UBQG').level]).toEqual([null, 'national']);
    // "Bộ Chỉ huy Bộ đội Biên phòng tỉnh" is the province's, not a ministry.
    expect([byCode('BDBP').locality_id, byCode('BDBP').level]).toEqual([qt, 'province']);
    expect(agencies.filter((a) => a.locality_id === qt)).toHaveLength(agencies.length - 2);
    expect(agencies.filter((a) => a.level === 'district')).toHaveLength(10);
    const list = await app.call('agencies.list', { planId: 1 });
    expect(list.find((a) => a.code === 'CAT')).toMatchObject({ locality: 'Quảng Trị', level: 'province' });
    expect((await app.call('plans.get', { planId: 2 })).locality?.name).toBe('Quảng Trị');
    await app.close();

    // Migration 0009 indexes the old progress notes: a task's notes are found through the index.
    const db = new Database(path.join(dataDir, 'thuong-truc.sqlite'), { readonly: true });
    try {
      const indexed = db.prepare("SELECT count(*) AS n FROM pragma_index_info('task_progress_task')").get() as { n: number };
      expect(indexed.n).toBe(2);
      const notes = db.prepare('SELECT count(*) AS n FROM task_progress').get() as { n: number };
      const viaIndex = db.prepare('SELECT count(*) AS n FROM task_progress INDEXED BY task_progress_task WHERE task_id > 0').get() as { n: number };
      expect(viaIndex.n).toBe(notes.n);
      const plan = db.prepare('EXPLAIN QUERY PLAN SELECT * FROM task_progress WHERE task_id = ?').all(1) as { detail: string }[];
      expect(plan.map((p) => p.detail).join(' ')).toContain('USING INDEX task_progress_task');
    } finally {
      db.close();
    }
  });

  it('gives the built-in plan the Sở’s own report upward (VI.2) once, and not again after the clerk deletes it', async () => {
    // VI.2: "Giao Sở Lao động - Thương binh và Xã hội đôn đốc, kiểm tra việc thực hiện Kế hoạch này, định
    // kỳ tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ
    // nạn ma túy, mại dâm theo quy định."
    const dataDir = makeTempDir();
    fs.copyFileSync(path.join(FIXTURE, 'thuong-truc.sqlite'), path.join(dataDir, 'thuong-truc.sqlite'));
    fs.cpSync(path.join(FIXTURE, 'attachments'), path.join(dataDir, 'attachments'), { recursive: true });
    const before = readAll(path.join(dataDir, 'thuong-truc.sqlite'));
    expect(before.get('reporting_duties')!.rows.some((r) => 'upward' in r)).toBe(false);

    app = await openTempApp({ dataDir, today: '2022-07-01' });
    const builtin = (await app.call('plans.list', {})).find((p) => p.year === 2022)!.id;
    const upward = (await app.call('reporting.duties', { planId: builtin })).filter((d) => d.upward);
    expect(upward.map((d) => ({ title: d.title, dueText: d.dueText, recipientText: d.recipientText, obliged: d.obliged.map((a) => a.shortName) }))).toEqual([
      {
        title: 'Báo cáo định kỳ của cơ quan thường trực',
        dueText: 'định kỳ, theo quy định',
        recipientText: 'Ủy ban nhân dân tỉnh; Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm',
        obliged: ['Sở Lao động - Thương binh và Xã hội'],
      },
    ]);
    // The plans the clerk made from it are the clerk's: they get nothing.
    for (const p of (await app.call('plans.list', {})).filter((x) => x.id !== builtin)) {
      expect((await app.call('reporting.duties', { planId: p.id })).some((d) => d.upward)).toBe(false);
    }
    // It is the secretariat's own: no period of the register is made for it.
    const periods = await app.call('reporting.periods', { planId: builtin });
    expect(periods.some((p) => p.dutyId === upward[0]!.id)).toBe(false);

    // A second start adds no second one; after the clerk deletes it, a later start does not bring it back.
    await app.close();
    app = await openTempApp({ dataDir, today: '2022-07-01' });
    expect((await app.call('reporting.duties', { planId: builtin })).filter((d) => d.upward)).toHaveLength(1);
    await app.call('duties.delete', { dutyId: upward[0]!.id });
    await app.close();
    app = await openTempApp({ dataDir, today: '2022-07-01' });
    expect((await app.call('reporting.duties', { planId: builtin })).filter((d) => d.upward)).toEqual([]);
  });
});
