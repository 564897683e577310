// The app opened on an empty data folder: the database file is created and migrated, the 2022
// plan is loaded once, and the API serves it as the plan text has it.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import SQLite from 'better-sqlite3';
import { openTempApp, type TempApp } from '../helpers/temp-app';
import { DATABASE_FILE_NAME } from '../../electron/backend/core/data-dir';

let app: TempApp | undefined;
afterEach(async () => {
  await app?.cleanup();
  app = undefined;
});

describe('first start on an empty data folder', () => {
  it('creates a real SQLite file in WAL mode with foreign keys, and records the migrations', async () => {
    app = await openTempApp();
    const file = path.join(app.dataDir, DATABASE_FILE_NAME);
    expect(fs.existsSync(file)).toBe(true);
    const { sqlite } = app.core.database;
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    const names = sqlite.prepare('select name from kysely_migration order by name').pluck().all();
    expect(names).toContain('0001_initial');
  });

  it('loads the 2022 plan once: a second start does not duplicate it', async () => {
    app = await openTempApp();
    const dataDir = app.dataDir;
    await app.close();
    const second = await openTempApp({ dataDir });
    try {
      const plans = await second.call('plans.list', {});
      expect(plans).toHaveLength(1);
      const overview = await second.call('plans.overview', { planId: plans[0]!.id });
      expect(overview.counts.tasks).toBe(63);
    } finally {
      await second.close();
    }
    const db = new SQLite(path.join(dataDir, DATABASE_FILE_NAME), { readonly: true });
    expect(db.prepare('select count(*) from agencies').pluck().get()).toBe(31);
    expect(db.prepare('select count(*) from plan_agencies').pluck().get()).toBe(31);
    db.close();
  });
});

describe('the 2022 plan as served by the API', () => {
  it('counts match the plan text', async () => {
    app = await openTempApp();
    const [plan] = await app.call('plans.list', {});
    expect(plan!.title).toBe('Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022');
    expect(plan!.symbol).toBe('KH-BCĐ138');
    expect(plan!.number).toBeNull();
    const { counts } = await app.call('plans.overview', { planId: plan!.id });
    expect(counts).toEqual({
      agencies: 31,
      reportingAgencies: 26,
      districts: 10,
      taskGroups: 21,
      tasks: 63,
      targets: 14,
      // VI.1's three duties of the members, and VI.2, the Sở's own report upward.
      reportingDuties: 4,
    });
    // The settings point at it, so the screens open on it.
    expect((await app.call('settings.get', {})).currentPlanId).toBe(plan!.id);
  });

  it('Công an tỉnh leads each task of V.2, with Sở TTTT, VKSND and TAND supporting V.2.5', async () => {
    app = await openTempApp();
    const [plan] = await app.call('plans.list', {});
    const tasks = await app.call('tasks.list', { planId: plan!.id });
    const v2 = tasks.filter((t) => t.group.code === 'V.2');
    expect(v2.map((t) => t.code)).toEqual(['V.2.1', 'V.2.2', 'V.2.3', 'V.2.4', 'V.2.5']);
    expect(v2[0]!.group.title).toBe('Công an tỉnh');
    for (const t of v2) expect(t.lead.map((a) => a.shortName)).toEqual(['Công an tỉnh']);
    expect(v2[4]!.support.map((a) => a.shortName).sort()).toEqual(
      ['Sở Thông tin và Truyền thông', 'Tòa án nhân dân tỉnh', 'Viện Kiểm sát nhân dân tỉnh'].sort(),
    );
    expect(v2[4]!.content.startsWith('Phối hợp với Sở Thông tin và Truyền thông ngăn chặn')).toBe(true);
  });

  it('the ten district People\'s Committees lead the tasks of V.13', async () => {
    app = await openTempApp();
    const [plan] = await app.call('plans.list', {});
    const tasks = await app.call('tasks.list', { planId: plan!.id });
    const v13 = tasks.filter((t) => t.group.code === 'V.13');
    expect(v13.length).toBe(6);
    for (const t of v13) expect(t.lead.filter((a) => a.kind === 'district_pc')).toHaveLength(10);
  });

  it('targets carry the plan\'s values', async () => {
    app = await openTempApp();
    const [plan] = await app.call('plans.list', {});
    const targets = await app.call('targets.list', { planId: plan!.id });
    const byCode = new Map(targets.map((t) => [t.code, t]));
    expect(byCode.get('II.2.1')).toMatchObject({ kind: 'percent', value: 100, denominator: 125 });
    expect(byCode.get('II.2.11')).toMatchObject({ kind: 'count', value: 50, unit: 'lượt người' });
    expect(byCode.get('II.2.12')).toMatchObject({ kind: 'percent', value: 60, comparator: 'at_least' });
    expect(byCode.get('II.2.13')).toMatchObject({ kind: 'percent', value: 100 });
  });

  it('the reporting duty: 6-month before 15/6 and annual before 15/12, to the Department', async () => {
    app = await openTempApp();
    const [plan] = await app.call('plans.list', {});
    const duties = await app.call('reporting.duties', { planId: plan!.id });
    const periodic = duties.filter((d) => d.periodType !== 'ad_hoc');
    expect(periodic.map((d) => [d.periodType, d.dueMonth, d.dueDay, d.dueText])).toEqual([
      ['six_month', 6, 15, 'trước ngày 15/6'],
      ['annual', 12, 15, 'trước ngày 15/12'],
    ]);
    for (const d of duties.filter((x) => !x.upward)) {
      expect(d.recipient?.shortName).toBe('Sở Lao động - Thương binh và Xã hội');
      expect(d.obliged).toHaveLength(26);
    }
  });

  it('VI.2: the Sở reports upward to UBND tỉnh and the national committee, with no date the plan does not give', async () => {
    app = await openTempApp();
    const [plan] = await app.call('plans.list', {});
    const upward = (await app.call('reporting.duties', { planId: plan!.id })).filter((d) => d.upward);
    expect(upward).toHaveLength(1);
    expect(upward[0]).toMatchObject({
      title: 'Báo cáo định kỳ của cơ quan thường trực',
      dueText: 'định kỳ, theo quy định',
      recipient: null,
      recipientText: 'Ủy ban nhân dân tỉnh; Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm',
      nextDue: null,
    });
    expect(upward[0]!.obliged.map((a) => a.shortName)).toEqual(['Sở Lao động - Thương binh và Xã hội']);
  });
});

describe('the API boundary', () => {
  it('rejects bad input with a Vietnamese message naming the field, and unknown methods', async () => {
    app = await openTempApp();
    expect(await app.raw('plans.overview', { planId: 'một' })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'Kế hoạch: phải là số.', field: 'planId' },
    });
    expect(await app.raw('plans.overview', {})).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Kế hoạch: chưa được nhập.' },
    });
    expect(await app.raw('plans.overview', { planId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Không tìm thấy kế hoạch này.' },
    });
    expect(await app.raw('drop.table', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await app.raw('settings.update', { dueSoonDays: -3 })).toMatchObject({
      ok: false,
      error: { field: 'dueSoonDays', message: 'Số ngày báo sắp đến hạn: không được nhỏ hơn 0.' },
    });
  });

  it('saves settings and reads them back after a restart', async () => {
    app = await openTempApp();
    await app.call('settings.update', { clerkName: 'Nguyễn Thị Lan', dueSoonDays: 10 });
    const dataDir = app.dataDir;
    await app.close();
    const again = await openTempApp({ dataDir });
    expect(await again.call('settings.get', {})).toMatchObject({ clerkName: 'Nguyễn Thị Lan', dueSoonDays: 10 });
    await again.close();
  });
});
