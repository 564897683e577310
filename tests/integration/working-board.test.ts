// The working board through the same dispatch as both hosts, on a real database file: editing
// tasks, refusals that leave the database as it was, the audit trail, the delete/deactivate rule
// for agencies, and next year's plan copied from 2022.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TempApp } from '../helpers/temp-app';
import { openBoard2022, PLAN_2022 as PLAN, taskByCode } from '../helpers/board-2022';
import type { TaskRow } from '../../shared/api/models';

let app: TempApp;
let tasks: TaskRow[];

beforeEach(async () => {
  ({ app, tasks } = await openBoard2022());
});
afterEach(async () => {
  await app.cleanup();
});

const byCode = (code: string) => taskByCode(tasks, code);
const agencyId = async (shortName: string) => {
  const a = (await app.call('agencies.list', { planId: PLAN })).find((x) => x.shortName === shortName);
  if (!a) throw new Error(shortName);
  return a.id;
};

/** Every row the board writes, to prove a refusal changed nothing. */
function snapshot() {
  const { sqlite } = app.core.database;
  const all = (table: string) => sqlite.prepare(`select * from ${table} order by rowid`).all();
  return {
    tasks: all('tasks'),
    taskAgencies: all('task_agencies'),
    progress: all('task_progress'),
    agencies: all('agencies'),
    planAgencies: all('plan_agencies'),
    plans: all('plans'),
    audit: all('audit_log'),
  };
}

async function refusal(method: string, input: unknown) {
  const before = snapshot();
  const result = await app.raw(method, input);
  expect(result.ok).toBe(false);
  expect(snapshot()).toEqual(before);
  return (result as { ok: false; error: { code: string; message: string; field?: string } }).error;
}

describe('editing a task', () => {
  it('saves content, agencies and deadline, and the board shows the new status', async () => {
    const t = byCode('V.2.5');
    const vks = await agencyId('Viện Kiểm sát nhân dân tỉnh');
    const health = await agencyId('Sở Y tế');
    const saved = await app.call('tasks.update', {
      taskId: t.id,
      content: 'Phối hợp ngăn chặn quảng cáo mại dâm trên mạng.',
      supportIds: [vks, health],
      deadlineKind: 'date',
      deadline: '2022-06-30',
      expectedOutput: 'Báo cáo kết quả',
    });
    expect(saved.content).toBe('Phối hợp ngăn chặn quảng cáo mại dâm trên mạng.');
    expect(saved.support.map((a) => a.shortName)).toEqual(['Viện Kiểm sát nhân dân tỉnh', 'Sở Y tế']);
    expect(saved.lead.map((a) => a.shortName)).toEqual(['Công an tỉnh']);
    expect(saved.status).toBe('open_overdue');
    expect(saved.daysLeft).toBe(-1);
    const listed = (await app.call('tasks.list', { planId: PLAN })).find((x) => x.id === t.id)!;
    expect(listed.status).toBe('open_overdue');
    expect(listed.expectedOutput).toBe('Báo cáo kết quả');
  });

  it('marking completed sets the date and keeps what was done as progress, in one step', async () => {
    const t = byCode('V.2.3');
    const done = await app.call('tasks.complete', {
      taskId: t.id,
      completionDate: '2022-06-15',
      text: 'Đã gửi báo cáo 6 tháng.',
      reportedByAgencyId: await agencyId('Công an tỉnh'),
    });
    expect(done.status).toBe('done_on_time'); // completed on the deadline day
    expect(done.progress).toHaveLength(1);
    expect(done.progress[0]).toMatchObject({ date: '2022-06-15', text: 'Đã gửi báo cáo 6 tháng.', createdBy: 'Nguyễn Thị Lan' });
    expect(done.progress[0]!.reportedBy?.shortName).toBe('Công an tỉnh');
    const reopened = await app.call('tasks.update', { taskId: t.id, completionDate: null });
    expect(reopened.status).toBe('open_overdue');
  });

  it('adds progress notes, newest first', async () => {
    const t = byCode('V.3.1');
    await app.call('tasks.addProgress', { taskId: t.id, date: '2022-03-01', text: 'Khám cho 120 người.' });
    const after = await app.call('tasks.addProgress', { taskId: t.id, date: '2022-06-01', text: 'Khám cho 80 người.', reportedByAgencyId: null });
    expect(after.progress.map((p) => p.text)).toEqual(['Khám cho 80 người.', 'Khám cho 120 người.']);
  });

  it('a new task and a new group are added to the plan', async () => {
    const group = await app.call('taskGroups.create', { planId: PLAN, code: 'V.14', title: 'Sở Nội vụ' });
    const created = await app.call('tasks.create', {
      planId: PLAN,
      code: 'V.14.1',
      groupId: group.id,
      content: 'Rà soát quy chế phối hợp.',
      leadIds: [await agencyId('Sở Tư pháp')],
      deadlineKind: 'date',
      deadline: '2022-10-31',
    });
    expect(created).toMatchObject({ code: 'V.14.1', status: 'open_on_time', planId: PLAN });
    expect((await app.call('tasks.list', { planId: PLAN })).map((x) => x.code)).toContain('V.14.1');
    const dup = await refusal('tasks.create', { planId: PLAN, code: 'V.14.1', groupId: group.id, content: 'x', deadlineKind: 'ongoing' });
    expect(dup).toMatchObject({ code: 'CONFLICT', field: 'code' });
  });
});

describe('refused changes leave the database unchanged', () => {
  it('a date deadline without a date', async () => {
    const error = await refusal('tasks.update', { taskId: byCode('V.2.5').id, deadlineKind: 'date' });
    expect(error).toEqual({
      code: 'VALIDATION',
      field: 'deadline',
      message: 'Thời hạn: chưa nhập ngày. Với thời hạn theo ngày, hãy nhập ngày (dd/mm/yyyy).',
    });
  });

  it('a day that does not exist, and an empty content', async () => {
    expect(await refusal('tasks.update', { taskId: byCode('V.2.5').id, deadline: '2022-02-30' })).toMatchObject({ field: 'deadline' });
    expect(await refusal('tasks.update', { taskId: byCode('V.2.5').id, content: '   ' })).toMatchObject({
      field: 'content',
      message: 'Nội dung: chưa được nhập.',
    });
  });

  it('an agency both leading and supporting the same task', async () => {
    const police = await agencyId('Công an tỉnh');
    const error = await refusal('tasks.update', { taskId: byCode('V.2.5').id, supportIds: [police] });
    expect(error.field).toBe('supportIds');
    expect(error.message).toContain('Công an tỉnh đã là cơ quan chủ trì');
  });

  it('a completion date after today', async () => {
    const error = await refusal('tasks.complete', { taskId: byCode('V.2.3').id, completionDate: '2022-07-02' });
    expect(error).toMatchObject({ field: 'completionDate', message: 'Ngày hoàn thành: không được sau ngày hôm nay (01/07/2022).' });
  });

  it('marking completed with a progress note that is refused: the completion date is not kept either', async () => {
    const error = await refusal('tasks.complete', {
      taskId: byCode('V.2.3').id,
      completionDate: '2022-06-30',
      text: 'Đã làm',
      reportedByAgencyId: 99999,
    });
    expect(error.field).toBe('reportedByAgencyId');
  });

  it('a bulk action refused on one task changes none of them', async () => {
    // V.2.4 relies on an agency that no longer takes part in the plan: it can no longer be saved.
    const { sqlite } = app.core.database;
    const vks = await agencyId('Viện Kiểm sát nhân dân tỉnh');
    sqlite.prepare('delete from plan_agencies where plan_id = ? and agency_id = ?').run(PLAN, vks);
    sqlite.prepare('insert into task_agencies (task_id, agency_id, role) values (?, ?, ?)').run(byCode('V.2.4').id, vks, 'support');
    const error = await refusal('tasks.bulk', {
      planId: PLAN,
      taskIds: [byCode('V.2.1').id, byCode('V.2.4').id],
      action: { kind: 'addSupport', agencyId: await agencyId('Sở Y tế') },
    });
    expect(error.message).toMatch(/^Nhiệm vụ V\.2\.4: /);
    expect(error.field).toBe('action.agencyId');
  });

  it('an invalid e-mail for an agency, a duplicate agency name', async () => {
    const police = await agencyId('Công an tỉnh');
    expect(await refusal('agencies.update', { agencyId: police, planId: PLAN, email: 'khong-phai-thu' })).toMatchObject({
      field: 'email',
      message: 'Thư điện tử: không đúng định dạng.',
    });
    expect(
      await refusal('agencies.create', { planId: PLAN, name: 'Công an tỉnh', abbreviation: 'CA', shortName: 'CA', kind: 'police', reports: true }),
    ).toMatchObject({ code: 'CONFLICT', field: 'name' });
  });
});

describe('the audit trail', () => {
  it('records each changed field of a task: from, to, who, when; unchanged fields are not recorded', async () => {
    const t = byCode('V.2.5');
    await app.call('tasks.update', { taskId: t.id, deadlineKind: 'date', deadline: '2022-09-30', content: t.content });
    await app.call('tasks.update', { taskId: t.id, supportIds: [] });
    const history = await app.call('tasks.history', { taskId: t.id });
    expect(history.every((h) => h.actor === 'Nguyễn Thị Lan')).toBe(true);
    expect(history.every((h) => /^\d{4}-\d{2}-\d{2}T/.test(h.at))).toBe(true);
    const lines = history.map((h) => [h.fieldLabel, h.oldValue, h.newValue]);
    expect(lines).toEqual([
      ['Cơ quan phối hợp', 'Sở Thông tin và Truyền thông; Viện Kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh', null],
      ['Thời hạn', null, '30/09/2022'],
      ['Loại thời hạn', 'Thường xuyên', 'Theo ngày'],
    ]);
  });

  it('a bulk action is in the trail of every task it changed', async () => {
    const ids = [byCode('V.2.1').id, byCode('V.2.2').id];
    const result = await app.call('tasks.bulk', { planId: PLAN, taskIds: ids, action: { kind: 'setCompletion', completionDate: '2022-06-30' } });
    expect(result).toEqual({ updated: 2, unchanged: 0, skipped: [], undoable: true });
    for (const id of ids) {
      const [line] = await app.call('tasks.history', { taskId: id });
      expect(line).toMatchObject({ fieldLabel: 'Ngày hoàn thành', oldValue: null, newValue: '30/06/2022', actor: 'Nguyễn Thị Lan' });
    }
    const again = await app.call('tasks.bulk', { planId: PLAN, taskIds: ids, action: { kind: 'setCompletion', completionDate: '2022-06-30' } });
    expect(again).toEqual({ updated: 0, unchanged: 2, skipped: [], undoable: false });
  });

  it('bulk moves of deadlines skip tasks without a dated deadline, and say why', async () => {
    const dated = byCode('V.13.6');
    const ongoing = byCode('V.2.1');
    const result = await app.call('tasks.bulk', { planId: PLAN, taskIds: [dated.id, ongoing.id], action: { kind: 'shiftDeadline', days: 15 } });
    expect(result).toEqual({ updated: 1, unchanged: 0, skipped: [{ code: 'V.2.1', reason: 'không có thời hạn theo ngày để dời' }], undoable: true });
    expect((await app.call('tasks.get', { taskId: dated.id })).deadline).toBe('2022-12-29'); // 14/12 + 15 days
    const lead = await app.call('tasks.bulk', { planId: PLAN, taskIds: [ongoing.id], action: { kind: 'setLead', agencyId: await agencyId('Sở Y tế') } });
    expect(lead.updated).toBe(1);
    const [line] = await app.call('tasks.history', { taskId: ongoing.id });
    expect(line).toMatchObject({ fieldLabel: 'Cơ quan chủ trì', oldValue: 'Công an tỉnh', newValue: 'Sở Y tế' });
  });
});

describe('agencies: deactivate, never delete what carries tasks or reports', () => {
  it('refuses to delete Công an tỉnh and says why; deactivating keeps its tasks and stops new ones', async () => {
    const police = await agencyId('Công an tỉnh');
    const error = await refusal('agencies.delete', { agencyId: police });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('Không xóa được vì cơ quan này chủ trì 5 nhiệm vụ, phối hợp 1 nhiệm vụ');
    expect(error.message).toContain('Ngừng hoạt động');
    const deletion = await app.call('agencies.usage', { agencyId: police });
    expect(deletion.deleteBlockedReason).toBe(error.message);
    expect(deletion.usage).toMatchObject({ tasksLed: 5, tasksSupported: 1 });

    const off = await app.call('agencies.setActive', { agencyId: police, planId: PLAN, active: false });
    expect(off.active).toBe(false);
    // Its tasks keep it, and can still be edited.
    const v25 = await app.call('tasks.update', { taskId: byCode('V.2.5').id, note: 'Ghi chú' });
    expect(v25.lead.map((a) => a.shortName)).toEqual(['Công an tỉnh']);
    // But it gets no new task.
    const refused = await refusal('tasks.update', { taskId: byCode('V.3.1').id, supportIds: [police] });
    expect(refused.message).toBe('Cơ quan phối hợp: Công an tỉnh đã ngừng hoạt động, không giao thêm nhiệm vụ.');
    const history = await app.call('agencies.history', { agencyId: police });
    expect(history[0]).toMatchObject({ fieldLabel: 'Tình trạng hoạt động', oldValue: 'Đang hoạt động', newValue: 'Ngừng hoạt động' });
  });

  it('a new agency nothing refers to can be edited and deleted', async () => {
    const created = await app.call('agencies.create', {
      planId: PLAN,
      name: 'Sở Nội vụ tỉnh Quảng Trị',
      shortName: 'Sở Nội vụ',
      abbreviation: 'SNV',
      kind: 'provincial_department',
      contactPerson: 'Lê Văn An',
      email: '',
      reports: false,
    });
    expect(created).toMatchObject({ code: 'SNV', active: true, reports: false, email: null, contactPerson: 'Lê Văn An' });
    const edited = await app.call('agencies.update', { agencyId: created.id, planId: PLAN, phone: '0233 3852 000', reports: true });
    expect(edited).toMatchObject({ phone: '0233 3852 000', reports: true });
    expect((await app.call('agencies.usage', { agencyId: created.id })).deleteBlockedReason).toBeNull();
    await app.call('agencies.delete', { agencyId: created.id });
    expect((await app.call('agencies.list', { planId: PLAN })).map((a) => a.id)).not.toContain(created.id);
    expect(await refusal('agencies.usage', { agencyId: created.id })).toMatchObject({ code: 'NOT_FOUND', field: 'agencyId' });
    const history = await app.call('agencies.history', { agencyId: created.id });
    expect(history.map((h) => h.action)).toEqual(['delete', 'update', 'update', 'create']);
  });
});

describe('next year\'s plan from 2022', () => {
  function plan2022Rows() {
    const { sqlite } = app.core.database;
    return {
      plan: sqlite.prepare('select * from plans where id = ?').all(PLAN),
      tasks: sqlite.prepare('select * from tasks where plan_id = ? order by id').all(PLAN),
      links: sqlite.prepare('select ta.* from task_agencies ta join tasks t on t.id = ta.task_id where t.plan_id = ? order by ta.task_id, ta.agency_id').all(PLAN),
      targets: sqlite.prepare('select * from targets where plan_id = ? order by id').all(PLAN),
      duties: sqlite.prepare('select * from reporting_duties where plan_id = ? order by id').all(PLAN),
      agencies: sqlite.prepare('select * from plan_agencies where plan_id = ? order by agency_id').all(PLAN),
    };
  }

  it('reviews, then copies agencies in use, tasks, targets and reporting duties, one year later; 2022 stays as it was', async () => {
    // Some 2022 work: a completed task with progress, and an agency that no longer takes part.
    await app.call('tasks.complete', { taskId: byCode('V.13.6').id, completionDate: '2022-06-30', text: 'Xong' });
    const ubqg = await agencyId('Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm');
    await app.call('agencies.setActive', { agencyId: ubqg, planId: PLAN, active: false });
    const before = plan2022Rows();

    const preview = await app.call('plans.copyPreview', { sourcePlanId: PLAN, year: 2023 });
    expect(preview).toMatchObject({
      year: 2023,
      title: 'Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2023',
      yearsMoved: 1,
      counts: { agencies: 30, taskGroups: 21, tasks: 63, targets: 14, reportingDuties: 4 },
      skippedAgencies: ['Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm'],
      existingPlansThatYear: [],
    });
    // V.13.6 "trong năm 2022" ends with the year's data window (14/12); the plan dates nothing beyond its year.
    expect(preview.dateExamples).toContainEqual({ code: 'V.13.6', from: '2022-12-14', to: '2023-12-14', kept: false });
    expect(plan2022Rows()).toEqual(before); // the review writes nothing

    const created = await app.call('plans.copy', { sourcePlanId: PLAN, year: 2023, title: preview.title });
    expect(created).toMatchObject({ year: 2023, title: preview.title, number: null, issuedDate: null, symbol: 'KH-BCĐ138' });
    const overview = await app.call('plans.overview', { planId: created.id });
    expect(overview.counts).toEqual({ agencies: 30, reportingAgencies: 26, districts: 10, taskGroups: 21, tasks: 63, targets: 14, reportingDuties: 4 });
    expect(overview.plan.issuedDateText).toBe('Quảng Trị, ngày   tháng   năm 2023');

    const copied = await app.call('tasks.list', { planId: created.id });
    const v136 = copied.find((t) => t.code === 'V.13.6')!;
    expect(v136).toMatchObject({ deadline: '2023-12-14', deadlineText: 'trong năm 2023', completionDate: null, status: 'open_on_time' });
    expect((await app.call('tasks.get', { taskId: v136.id })).progress).toEqual([]);
    const v23 = copied.find((t) => t.code === 'V.2.3')!;
    expect(v23.effectiveDeadline).toBe('2023-06-15'); // per-period: due at the 2023 six-month report
    expect(v23.lead.map((a) => a.shortName)).toEqual(['Công an tỉnh']);
    const original = tasks.map((t) => [t.code, t.lead.map((a) => a.id), t.support.map((a) => a.id).filter((id) => id !== ubqg)]);
    expect(copied.map((t) => [t.code, t.lead.map((a) => a.id), t.support.map((a) => a.id)])).toEqual(original);
    const targets = await app.call('targets.list', { planId: created.id });
    expect(targets.map((t) => [t.code, t.value, t.agencies.length])).toEqual(
      (await app.call('targets.list', { planId: PLAN })).map((t) => [t.code, t.value, t.agencies.filter((a) => a.id !== ubqg).length]),
    );
    const duties = await app.call('reporting.duties', { planId: created.id });
    expect(duties.map((d) => [d.dueText, d.obliged.length, d.upward])).toEqual([
      ['trước ngày 15/6', 26, false],
      ['trước ngày 15/12', 26, false],
      [expect.any(String), 26, false],
      // VI.2, the Sở's own report upward, goes with the plan, its recipients as worded.
      ['định kỳ, theo quy định', 1, true],
    ]);
    expect(duties[3]!.recipientText).toBe('Ủy ban nhân dân tỉnh; Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm');

    expect(plan2022Rows()).toEqual(before);
    const [event] = (app.core.database.sqlite
      .prepare("select actor, action, new_value from audit_log where entity = 'plan' and entity_id = ?")
      .all(created.id) as { actor: string; action: string; new_value: string }[]);
    expect(event).toMatchObject({ actor: 'Nguyễn Thị Lan', action: 'create' });
    expect(event!.new_value).toContain('(2022)');

    // The same plan twice is refused, and changes nothing.
    expect(await refusal('plans.copy', { sourcePlanId: PLAN, year: 2023, title: preview.title })).toMatchObject({ code: 'CONFLICT', field: 'title' });
    expect(await refusal('plans.copy', { sourcePlanId: PLAN, year: 2022, title: 'Khác' })).toMatchObject({ field: 'year' });
  });

  it('an empty plan, with the agencies of 2022', async () => {
    const plan = await app.call('plans.create', {
      title: 'Phòng, chống mại dâm năm 2024',
      year: 2024,
      symbol: 'KH-BCĐ138',
      issuer: 'Ban Chỉ đạo 138 tỉnh Quảng Trị',
      placeName: 'Quảng Trị',
      agenciesFromPlanId: PLAN,
      standingAgencyId: await agencyId('Sở Lao động - Thương binh và Xã hội'),
    });
    const overview = await app.call('plans.overview', { planId: plan.id });
    expect(overview.counts).toMatchObject({ agencies: 31, tasks: 0, targets: 0, taskGroups: 0, reportingDuties: 0 });
    expect(overview.plan.standingAgency?.name).toBe('Sở Lao động - Thương binh và Xã hội');
    expect((await app.call('plans.list', {})).map((p) => p.year)).toEqual([2024, 2022]);
  });
});
