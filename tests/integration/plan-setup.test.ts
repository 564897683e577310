// Setting up a plan for another province through the same dispatch as both hosts, on a real file:
// its details and issue read by the documents, agencies named like Quảng Trị's without a clash, a
// duplicate name in one province refused with every table unchanged, deletions kept in the history,
// and next year's copy carrying the document settings.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempApp, type TempApp } from '../helpers/temp-app';
import { loadDataset } from '../../db/builtin/load-dataset';

let app: TempApp;
const QT = 1;

beforeEach(async () => {
  app = await openTempApp({ today: '2022-07-01' });
  await app.call('settings.update', { clerkName: 'Trần Văn Bình' });
});
afterEach(async () => {
  await app.cleanup();
});

/** Every row of every table, to prove a refusal changed nothing. */
function everyTable() {
  const { sqlite } = app.core.database;
  const tables = (sqlite.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[]).map((t) => t.name);
  return Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`select * from "${t}" order by rowid`).all()]));
}

async function ninhBinhPlan() {
  return app.call('plans.create', {
    year: 2022,
    title: 'Phòng, chống mại dâm trên địa bàn tỉnh Ninh Bình năm 2022',
    symbol: 'KH-BCĐ138',
    issuer: 'Ban Chỉ đạo 138 tỉnh Ninh Bình',
    placeName: 'Ninh Bình',
    agenciesFromPlanId: null,
    standingAgencyId: null,
  });
}

const agency = (planId: number, name: string, abbreviation: string, kind: 'police' | 'provincial_department' = 'provincial_department') =>
  ({ planId, name, shortName: name, abbreviation, kind, reports: true }) as const;

describe('a plan for another province', () => {
  it('has its own locality and takes agencies named like Quảng Trị\'s; a second "Công an tỉnh" in the same province is refused, changing nothing', async () => {
    const plan = await ninhBinhPlan();
    expect((await app.call('plans.get', { planId: plan.id })).locality?.name).toBe('Ninh Bình');
    expect((await app.call('localities.list', {})).map((l) => l.name)).toEqual(['Ninh Bình', 'Quảng Trị']);

    const ca = await app.call('agencies.create', agency(plan.id, 'Công an tỉnh', 'CAT', 'police'));
    const syt = await app.call('agencies.create', agency(plan.id, 'Sở Y tế', 'SYT'));
    await app.call('agencies.create', agency(plan.id, 'Sở Lao động - Thương binh và Xã hội', 'SLĐTBXH'));
    expect(ca).toMatchObject({ locality: 'Ninh Bình', level: 'province' });
    // The internal code stays unique in the database; the clerk never sees it.
    expect(ca.code).not.toBe('CAT');
    expect(syt.shortName).toBe('Sở Y tế');
    // Quảng Trị's own "Công an tỉnh" is untouched and still one of its plan.
    expect((await app.call('agencies.list', { planId: QT })).filter((a) => a.shortName === 'Công an tỉnh')).toHaveLength(1);

    const before = everyTable();
    const refused = await app.raw('agencies.create', agency(plan.id, 'công an  tỉnh', 'CA'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'name' } });
    expect(refused.ok ? '' : refused.error.message).toBe('Tên: trong tỉnh này đã có cơ quan, đơn vị "Công an tỉnh" mang tên này.');
    // Renaming another Ninh Bình agency to the taken name is refused too.
    expect(await app.raw('agencies.update', { planId: plan.id, agencyId: syt.id, name: 'Công an tỉnh', shortName: 'Công an tỉnh' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(everyTable()).toEqual(before);

    // The Ninh Bình plan picks from its own province and the national bodies, never Quảng Trị's.
    const available = await app.call('agencies.available', { planId: plan.id });
    expect(available.map((a) => a.shortName)).toEqual(['Bộ Lao động - Thương binh và Xã hội', expect.stringMatching(/^Ủy ban [Qq]uốc gia/)]);
    const quangTriPolice = (await app.call('agencies.list', { planId: QT })).find((a) => a.shortName === 'Công an tỉnh')!;
    expect(await app.raw('agencies.addToPlan', { planId: plan.id, agencyId: quangTriPolice.id, reports: true })).toMatchObject({
      ok: false,
      error: { field: 'agencyId' },
    });
    const ministry = await app.call('agencies.addToPlan', { planId: plan.id, agencyId: available[0]!.id, reports: false });
    expect(ministry).toMatchObject({ level: 'national', locality: null });
  });

  it('its province can be corrected while it has no agency of that province; afterwards the change is refused, changing nothing', async () => {
    const plan = await app.call('plans.create', {
      year: 2022,
      title: 'Phòng, chống mại dâm năm 2022',
      symbol: 'KH-BCĐ138',
      issuer: 'Ban Chỉ đạo 138 tỉnh Ninh Bình',
      placeName: 'Ninh Thuận',
      agenciesFromPlanId: null,
      standingAgencyId: null,
    });
    expect((await app.call('plans.get', { planId: plan.id })).locality?.name).toBe('Ninh Thuận');
    // A typo fixed before any agency is entered: the plan is now Ninh Bình's.
    const fixed = await app.call('plans.update', { planId: plan.id, province: 'Ninh Bình' });
    expect(fixed.locality?.name).toBe('Ninh Bình');
    // The ministry (national) does not tie the plan to a province.
    const ministry = (await app.call('agencies.available', { planId: plan.id }))[0]!;
    await app.call('agencies.addToPlan', { planId: plan.id, agencyId: ministry.id, reports: false });
    expect((await app.call('plans.update', { planId: plan.id, province: 'ninh  binh' })).locality?.name).toBe('Ninh Bình');

    await app.call('agencies.create', agency(plan.id, 'Công an tỉnh', 'CAT', 'police'));
    const before = everyTable();
    const refused = await app.raw('plans.update', { planId: plan.id, title: 'Tên mới', province: 'Thanh Hóa' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'province' } });
    expect(refused.ok ? '' : refused.error.message).toBe(
      'Tỉnh, thành phố: không đổi được vì kế hoạch đã có 1 cơ quan, đơn vị của tỉnh Ninh Bình. Muốn lập kế hoạch cho tỉnh khác, hãy tạo kế hoạch mới.',
    );
    expect(await app.raw('plans.update', { planId: plan.id, province: '' })).toMatchObject({ ok: false, error: { field: 'province' } });
    expect(everyTable()).toEqual(before);
    // The same province, written differently, is no change and saves the other fields.
    expect((await app.call('plans.update', { planId: plan.id, title: 'Tên mới', province: 'NINH BÌNH' })).title).toBe('Tên mới');
  });

  it('a plan loaded as data (as an imported one is) for Ninh Bình gets its own agencies, even under Quảng Trị\'s codes', async () => {
    const planId = await loadDataset(app.core.ctx.db, {
      plan: {
        key: 'NHAP-2022-1', number: null, symbol: 'KH-BCĐ138', issuedDate: null, issuedDateText: '', issuer: 'Ban Chỉ đạo 138 tỉnh Ninh Bình',
        title: 'Phòng, chống mại dâm tỉnh Ninh Bình năm 2022', year: 2022, parentProgramme: '', placeName: 'Ninh Bình', standingAgency: 'CAT',
        signer: { authority: '', position: '', name: '' }, recipients: [],
      },
      agencies: [
        { code: 'CAT', name: 'Công an tỉnh Ninh Bình', shortName: 'Công an tỉnh', abbreviation: 'CAT', kind: 'police', reports: true },
        { code: 'BLDTBXH', name: 'Bộ Lao động - Thương binh và Xã hội', shortName: 'Bộ Lao động - Thương binh và Xã hội', abbreviation: 'LĐTBXH', kind: 'other', reports: false },
      ],
      taskGroups: [],
      tasks: [],
      targets: [],
      reportingDuties: [],
    });
    const agencies = await app.call('agencies.list', { planId });
    expect(agencies.map((a) => [a.code, a.locality, a.level])).toEqual([
      ['CAT-2', 'Ninh Bình', 'province'],
      ['BLDTBXH', null, 'national'],
    ]);
    const quangTri = (await app.call('agencies.list', { planId: QT })).find((a) => a.code === 'CAT')!;
    expect(quangTri).toMatchObject({ name: 'Công an tỉnh Quảng Trị', locality: 'Quảng Trị' });
    // The national body is the same row in both plans.
    expect((await app.call('agencies.list', { planId: QT })).some((a) => a.id === agencies[1]!.id)).toBe(true);
  });

  it('takes from another plan only the agencies of its own province and the national ones', async () => {
    const quangTriPolice = (await app.call('agencies.list', { planId: QT })).find((a) => a.shortName === 'Công an tỉnh')!;
    const values = {
      year: 2023,
      title: 'Phòng, chống mại dâm trên địa bàn tỉnh Ninh Bình năm 2023',
      symbol: 'KH-BCĐ138',
      issuer: 'Ban Chỉ đạo 138 tỉnh Ninh Bình',
      placeName: 'Ninh Bình',
      agenciesFromPlanId: QT,
    };
    const before = everyTable();
    const refused = await app.raw('plans.create', { ...values, standingAgencyId: quangTriPolice.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'standingAgencyId' } });
    expect(everyTable()).toEqual(before);

    const plan = await app.call('plans.create', { ...values, standingAgencyId: null });
    const agencies = await app.call('agencies.list', { planId: plan.id });
    expect(agencies.map((a) => a.level)).toEqual(['national', 'national']);
    // The same province as the source: all its agencies come along.
    const qt2024 = await app.call('plans.create', { ...values, year: 2024, title: 'Kế hoạch 2024', placeName: 'quảng trị', issuer: 'Ban Chỉ đạo 138 tỉnh Quảng Trị', standingAgencyId: quangTriPolice.id });
    expect(await app.call('agencies.list', { planId: qt2024.id })).toHaveLength(31);
    expect((await app.call('plans.get', { planId: qt2024.id })).locality?.name).toBe('Quảng Trị');
  });

  it('saves its details, is issued with a number and date, and every document cites them', async () => {
    const plan = await ninhBinhPlan();
    const standing = await app.call('agencies.create', agency(plan.id, 'Sở Lao động - Thương binh và Xã hội', 'SLĐTBXH'));
    const refused = await app.raw('plans.update', { planId: plan.id, yearFrom: 2022, yearTo: 2021 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'yearTo' } });
    expect(await app.raw('plans.update', { planId: plan.id, signerAuthority: 'KT.' })).toMatchObject({ ok: false, error: { field: 'signerAuthority' } });
    expect(await app.raw('plans.update', { planId: plan.id, standingAgencyId: 5 })).toMatchObject({ ok: false, error: { field: 'standingAgencyId' } });

    await app.call('plans.update', {
      planId: plan.id,
      parentBodyLine: 'UBND TỈNH NINH BÌNH',
      issuingBodyLines: ['Ban Chỉ đạo 138'],
      legalBases: ['Căn cứ Luật Phòng, chống mại dâm;', '', 'Căn cứ Kế hoạch số 07/KH-UBND ngày 10/01/2022 của UBND tỉnh Ninh Bình;'],
      standingAgencyId: standing.id,
      signerAuthority: 'KT. TRƯỞNG BAN',
      signerPosition: 'PHÓ TRƯỞNG BAN',
      signerName: 'Đinh Văn Hùng',
      yearFrom: 2022,
      yearTo: 2022,
    });
    expect(await app.raw('plans.issue', { planId: plan.id, number: '15/KH', issuedDate: '2022-03-20' })).toMatchObject({ ok: false, error: { field: 'number' } });
    expect(await app.raw('plans.issue', { planId: plan.id, number: '15', issuedDate: '2024-03-20' })).toMatchObject({ ok: false, error: { field: 'issuedDate' } });
    const issued = await app.call('plans.issue', { planId: plan.id, number: '15', issuedDate: '2022-03-20' });
    expect(issued).toMatchObject({
      number: '15',
      issuedDate: '2022-03-20',
      issuedDateText: 'Ninh Bình, ngày 20 tháng 3 năm 2022',
      issuingBodyLines: ['BAN CHỈ ĐẠO 138'],
      legalBases: ['Căn cứ Luật Phòng, chống mại dâm;', 'Căn cứ Kế hoạch số 07/KH-UBND ngày 10/01/2022 của UBND tỉnh Ninh Bình;'],
      standingAgency: { id: standing.id },
    });

    const cited = 'Kế hoạch số 15/KH-BCĐ138 ngày 20/03/2022 của Ban Chỉ đạo 138 tỉnh Ninh Bình';
    const table = await app.call('documents.assignmentTable', { planId: plan.id });
    expect(table.parentRef).toBe(`(Kèm theo ${cited})`);
    const settings = await app.call('documents.settings', { planId: plan.id });
    expect(settings.values.planIssuer).toMatchObject({ parentAgencyLine: 'UBND TỈNH NINH BÌNH', issuingBody: ['BAN CHỈ ĐẠO 138'], signerAuthority: 'KT.' });
    const planTexts = await app.call('documents.texts', { planId: plan.id, kind: 'plan' });
    expect(planTexts.defaults.opening).toBe(
      'Căn cứ Luật Phòng, chống mại dâm; Căn cứ Kế hoạch số 07/KH-UBND ngày 10/01/2022 của UBND tỉnh Ninh Bình; ' +
        'Ban Chỉ đạo 138 tỉnh Ninh Bình ban hành Kế hoạch phòng, chống mại dâm trên địa bàn tỉnh Ninh Bình năm 2022 (sau đây gọi tắt là Kế hoạch) với các nội dung như sau:',
    );
    // The plan document prints its own number and signing date once issued.
    const preview = await app.call('documents.preview', { kind: 'plan', planId: plan.id });
    expect([preview.numberLine, preview.dateLine]).toEqual(['Số: 15/KH-BCĐ138', 'Ninh Bình, ngày 20 tháng 3 năm 2022']);

    const history = app.core.database.sqlite
      .prepare("select field, old_value, new_value, actor from audit_log where entity = 'plan' and entity_id = ? and action = 'update' order by id")
      .all(plan.id) as { field: string; old_value: string | null; new_value: string; actor: string }[];
    expect(history).toContainEqual({ field: 'number', old_value: null, new_value: '15', actor: 'Trần Văn Bình' });
    expect(history).toContainEqual({ field: 'issuedDate', old_value: null, new_value: '2022-03-20', actor: 'Trần Văn Bình' });
  });

  it('the urging letter of the built-in plan cites its number once it is issued', async () => {
    await app.call('plans.issue', { planId: QT, number: '35', issuedDate: '2022-03-05' });
    const periods = await app.call('reporting.periods', { planId: QT });
    const register = await app.call('reporting.register', { periodId: periods[0]!.id });
    const letter = await app.call('urging.letterData', { periodId: periods[0]!.id, agencyIds: [register.entries[0]!.agency.id] });
    expect(letter.planRef).toBe('Kế hoạch số 35/KH-BCĐ138 ngày 05/03/2022 của Ban Chỉ đạo 138 tỉnh Quảng Trị');
  });

  it('an empty plan lists what it still lacks; each step ticks its item', async () => {
    const plan = await ninhBinhPlan();
    const setup = await app.call('plans.setup', { planId: plan.id });
    expect(setup.complete).toBe(false);
    expect(setup.items.map((i) => [i.id, i.done])).toEqual([
      ['details', false],
      ['agencies', false],
      ['tasks', false],
      ['targets', false],
      ['duties', false],
      ['documents', false],
    ]);
    await app.call('agencies.create', agency(plan.id, 'Sở Y tế', 'SYT'));
    const after = await app.call('plans.setup', { planId: plan.id });
    expect(after.items.find((i) => i.id === 'agencies')).toMatchObject({ done: true, hint: '1 cơ quan, đơn vị.' });
  });
});

describe('deleting', () => {
  it('a task is deleted after a confirmation, twice when it has progress; its content stays in the history', async () => {
    const task = (await app.call('tasks.list', { planId: QT })).find((t) => t.code === 'V.2.1')!;
    await app.call('tasks.addProgress', { taskId: task.id, date: '2022-05-10', text: 'Đã tổ chức 3 lớp tập huấn' });
    const before = everyTable();
    const first = await app.raw('tasks.delete', { taskId: task.id });
    expect(first).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'withProgress' } });
    expect(JSON.stringify(first)).toContain('1 lần báo cáo tiến độ');
    expect(everyTable()).toEqual(before);

    await app.call('tasks.delete', { taskId: task.id, withProgress: true });
    expect((await app.call('tasks.list', { planId: QT })).some((t) => t.id === task.id)).toBe(false);
    expect(app.core.database.sqlite.prepare('select count(*) n from task_progress where task_id = ?').get(task.id)).toEqual({ n: 0 });
    const [deleted] = await app.call('plans.deleted', { planId: QT });
    expect(deleted).toMatchObject({ entity: 'task', entityLabel: 'Nhiệm vụ', entityId: task.id, actor: 'Trần Văn Bình' });
    expect(deleted!.summary).toContain(`Nhiệm vụ V.2.1: ${task.content}`);
    expect(deleted!.content).toContainEqual({ label: 'Nội dung', value: task.content });
    expect(deleted!.content).toContainEqual({ label: 'Tiến độ 10/05/2022', value: 'Đã tổ chức 3 lớp tập huấn' });
    // Another plan's history does not show it.
    const other = await ninhBinhPlan();
    expect(await app.call('plans.deleted', { planId: other.id })).toEqual([]);
  });

  it('an urging record is deleted with its content kept; an ad-hoc request only while nothing was received for it', async () => {
    const agencies = await app.call('agencies.list', { planId: QT });
    const police = agencies.find((a) => a.shortName === 'Công an tỉnh')!;
    const health = agencies.find((a) => a.shortName === 'Sở Y tế')!;
    const request = await app.call('reporting.createAdHoc', {
      planId: QT,
      title: 'Báo cáo nhanh tình hình mại dâm dịp Tết',
      requestNumber: '120/SLĐTBXH',
      requestDate: '2022-06-01',
      dueDate: '2022-06-20',
      agencyIds: [police.id, health.id],
    });
    const urging = await app.call('urging.record', { periodId: request.id, agencyIds: [health.id], urgedOn: '2022-06-25', letterNumber: '150/SLĐTBXH', note: null });
    await app.call('urging.record', { periodId: request.id, agencyIds: [health.id], urgedOn: '2022-06-25', letterNumber: '150/SLĐTBXH', note: null });
    await app.call('urging.delete', { urgingId: urging.id });
    expect(await app.call('urging.list', { periodId: request.id })).toHaveLength(1);

    await app.call('reports.create', { periodId: request.id, agencyId: police.id, arrivalDate: '2022-06-18', channel: 'paper' });
    const before = everyTable();
    const refused = await app.raw('reporting.deleteAdHoc', { periodId: request.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(JSON.stringify(refused)).toContain('đã nhận 1 báo cáo');
    expect(everyTable()).toEqual(before);
    // A period of the plan's reporting duty is not an ad-hoc request.
    const h1 = (await app.call('reporting.periods', { planId: QT })).find((p) => p.periodType === 'six_month')!;
    expect(await app.raw('reporting.deleteAdHoc', { periodId: h1.id })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const second = await app.call('reporting.createAdHoc', {
      planId: QT,
      title: 'Báo cáo chuyên đề cơ sở kinh doanh dịch vụ',
      dueDate: '2022-07-15',
      agencyIds: [police.id],
    });
    await app.call('reporting.deleteAdHoc', { periodId: second.id });
    expect((await app.call('reporting.periods', { planId: QT })).some((p) => p.id === second.id)).toBe(false);

    const deleted = await app.call('plans.deleted', { planId: QT });
    expect(deleted.map((d) => d.entity)).toEqual(['ad_hoc_request', 'urging']);
    expect(deleted[0]!.content).toContainEqual({ label: 'Đơn vị được yêu cầu', value: 'Công an tỉnh' });
    expect(deleted[1]!.content).toContainEqual({ label: 'Công văn', value: '150/SLĐTBXH' });
    expect(deleted[1]!.content).toContainEqual({ label: 'Đơn vị được đôn đốc', value: 'Sở Y tế' });
  });
});

describe('copying to the next year', () => {
  it('carries the document settings, the details and the contact people', async () => {
    const view = await app.call('documents.settings', { planId: QT });
    await app.call('documents.updateSettings', { planId: QT, values: { ...view.values, standing: { ...view.values.standing, signerName: 'Lê Thị Hoa' }, reportSymbol: 'BC-BCĐ138' } });
    await app.call('plans.update', { planId: QT, legalBases: ['Căn cứ Luật Phòng, chống mại dâm;'] });
    const police = (await app.call('agencies.list', { planId: QT })).find((a) => a.shortName === 'Công an tỉnh')!;
    await app.call('agencies.update', { planId: QT, agencyId: police.id, contactPerson: 'Đại úy Lê Văn Tâm', phone: '0233 3852 111' });

    const copy = await app.call('plans.copy', { sourcePlanId: QT, year: 2023, title: 'Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2023' });
    const settings = await app.call('documents.settings', { planId: copy.id });
    expect(settings.values.reportSymbol).toBe('BC-BCĐ138');
    expect(settings.saved).toBe(true);
    expect(settings.values.standing.signerName).toBe('Lê Thị Hoa');
    const detail = await app.call('plans.get', { planId: copy.id });
    expect(detail).toMatchObject({ legalBases: ['Căn cứ Luật Phòng, chống mại dâm;'], yearFrom: 2023, yearTo: 2023, number: null, locality: { name: 'Quảng Trị' } });
    expect((await app.call('agencies.list', { planId: copy.id })).find((a) => a.id === police.id)).toMatchObject({
      contactPerson: 'Đại úy Lê Văn Tâm',
      phone: '0233 3852 111',
    });
  });
});
