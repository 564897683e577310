// Targets, statistics and reporting duties set up through the same dispatch both hosts use, on a
// real data folder: added, changed and deleted; each refusal leaves every table as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { everyTable, openClerkApp, type TempApp } from '../helpers/temp-app';

let app: TempApp;
let agencyId: (shortName: string) => number;

beforeEach(async () => {
  app = await openClerkApp();
  await app.call('reporting.periods', { planId: 1 });
  await app.call('statistics.list', { planId: 1 });
  const agencies = await app.call('agencies.list', { planId: 1 });
  agencyId = (name) => {
    const found = agencies.find((a) => a.shortName === name);
    if (!found) throw new Error(`không có ${name}`);
    return found.id;
  };
});
afterEach(async () => {
  await app.cleanup();
});

/** Every table's rows, to show that a refusal changed nothing. */
function snapshot() {
  return everyTable(app);
}

function audit(entity: string, id: number) {
  return app.core.database.sqlite
    .prepare('select action, field, old_value, new_value, actor from audit_log where entity = ? and entity_id = ? order by id')
    .all(entity, id) as { action: string; field: string | null; old_value: string | null; new_value: string | null; actor: string }[];
}

async function periodOf(type: string) {
  return (await app.call('reporting.periods', { planId: 1 })).find((p) => p.periodType === type)!;
}

describe('targets', () => {
  it('a count target is added with its statistic and agencies, edited, and deleted with its content kept in the history', async () => {
    const created = await app.call('targets.create', {
      planId: 1,
      code: 'KT.1',
      group: 'Về công tác kiểm tra',
      wording: 'Kiểm tra ít nhất 40 lượt cơ sở kinh doanh dịch vụ',
      kind: 'count',
      comparator: 'at_least',
      value: 40,
      unit: 'lượt cơ sở',
      denominator: null,
      statistic: 'C02',
      agencyIds: [agencyId('Công an tỉnh'), agencyId('Sở Văn hóa, Thể thao và Du lịch')],
    });
    expect(created).toMatchObject({ code: 'KT.1', kind: 'count', comparator: 'at_least', value: 40, unit: 'lượt cơ sở', statistic: 'C02' });
    expect(created.agencies.map((a) => a.shortName)).toEqual(['Công an tỉnh', 'Sở Văn hóa, Thể thao và Du lịch']);
    const list = await app.call('targets.list', { planId: 1 });
    expect(list.at(-1)!.code).toBe('KT.1');
    // The responsible agencies are now asked C02 in their report form.
    const requests = await app.call('statistics.requests', { planId: 1 });
    expect(requests.find((r) => r.agencyId === agencyId('Công an tỉnh'))!.codes).toContain('C02');

    // Responsible agencies can be changed; "at most" reads as such.
    const edited = await app.call('targets.update', {
      targetId: created.id,
      wording: created.wording,
      kind: 'count',
      comparator: 'at_most',
      value: 5,
      unit: 'vụ',
      denominator: null,
      statistic: 'D01',
      agencyIds: [agencyId('Công an tỉnh')],
    });
    expect(edited.agencies.map((a) => a.shortName)).toEqual(['Công an tỉnh']);
    expect(edited).toMatchObject({ comparator: 'at_most', value: 5, group: 'Về công tác kiểm tra' });
    const changes = audit('target', created.id);
    expect(changes.find((c) => c.field === 'agencies')).toMatchObject({
      old_value: 'Công an tỉnh; Sở Văn hóa, Thể thao và Du lịch',
      new_value: 'Công an tỉnh',
      actor: 'Nguyễn Thị Lan',
    });

    // An "at most" count is met while the count stays at or below the value.
    const h1 = await periodOf('six_month');
    await app.call('reports.create', { periodId: h1.id, agencyId: agencyId('Công an tỉnh'), arrivalDate: '2022-06-10', channel: 'paper', figures: [{ statisticCode: 'D01', value: 3 }] });
    const progress = (await app.call('targets.progress', { planId: 1 })).find((p) => p.targetId === created.id)!;
    expect(progress.toDate.progress).toMatchObject({ state: 'measured', achieved: 3, met: true });
    await app.call('reports.delete', { reportId: (await app.call('reporting.register', { periodId: h1.id })).entries.find((e) => e.report)!.report!.id });

    expect(await app.call('targets.delete', { targetId: created.id })).toEqual({ deleted: true });
    expect((await app.call('targets.list', { planId: 1 })).some((t) => t.id === created.id)).toBe(false);
    const deleted = audit('target', created.id).find((c) => c.action === 'delete')!;
    expect(JSON.parse(deleted.new_value!)).toMatchObject({ code: 'KT.1', wording: created.wording, statistic_code: 'D01', agencies: 'Công an tỉnh' });
  });

  it('deleting a target whose statistic has figures in a received report is refused with the reason, and no table changes', async () => {
    const h1 = await periodOf('six_month');
    await app.call('reports.create', {
      periodId: h1.id,
      agencyId: agencyId('UBND huyện Hướng Hóa'),
      arrivalDate: '2022-06-10',
      channel: 'paper',
      figures: [{ statisticCode: 'B06', value: 21 }],
    });
    const target = (await app.call('targets.list', { planId: 1 })).find((t) => t.code === 'II.2.1')!;
    const before = snapshot();
    const result = await app.raw('targets.delete', { targetId: target.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'targetId' } });
    if (!result.ok) expect(result.error.message).toBe(
      'Không thể xóa chỉ tiêu II.2.1: 1 báo cáo đã nhận có số liệu đo chỉ tiêu này (chỉ số B06). Hãy bỏ chỉ số đo của chỉ tiêu (Sửa) hoặc xóa các số liệu đó trước.',
    );
    expect(snapshot()).toEqual(before);
  });

  it('a duplicate code, an unknown statistic or an agency outside the plan is refused at its field', async () => {
    const base = { planId: 1, wording: 'Chỉ tiêu mới', kind: 'count' as const, comparator: null, value: 3, denominator: null };
    const before = snapshot();
    expect(await app.raw('targets.create', { ...base, code: 'II.2.1' })).toMatchObject({ ok: false, error: { field: 'code', message: 'Mã: kế hoạch đã có chỉ tiêu II.2.1.' } });
    expect(await app.raw('targets.create', { ...base, code: 'X1', statistic: 'ZZ9' })).toMatchObject({ ok: false, error: { field: 'statistic' } });
    expect(await app.raw('targets.create', { ...base, code: 'X1', agencyIds: [9999] })).toMatchObject({ ok: false, error: { field: 'agencyIds' } });
    expect(snapshot()).toEqual(before);
  });

  it('a percentage of the locality’s communes reads the plan’s count of communes as its denominator', async () => {
    const t = await app.call('targets.create', {
      planId: 1,
      code: 'X.1',
      wording: '100% xã, phường, thị trấn có đội công tác xã hội tình nguyện',
      kind: 'percent',
      comparator: 'exactly',
      value: 100,
      denominator: null,
      denominatorUnits: 'commune',
      statistic: 'F05',
      agencyIds: [agencyId('UBND huyện Cam Lộ')],
    });
    expect(t).toMatchObject({ denominatorUnits: 'commune', denominator: null, unit: '%' });
    expect(await app.call('targets.setUnitCount', { planId: 1, level: 'commune', count: 125 })).toEqual([{ level: 'commune', count: 125 }]);
    const h1 = await periodOf('six_month');
    await app.call('reports.create', { periodId: h1.id, agencyId: agencyId('UBND huyện Cam Lộ'), arrivalDate: '2022-06-10', channel: 'paper', figures: [{ statisticCode: 'F05', value: 25 }] });
    const progress = (await app.call('targets.progress', { planId: 1 })).find((p) => p.targetId === t.id)!;
    expect(progress.toDate.progress).toMatchObject({ state: 'measured', numerator: 25, denominator: 125, achieved: 20, met: false });
  });
});

describe('statistics', () => {
  it('the clerk adds and edits the plan’s own statistics; built-in ones stay read-only', async () => {
    const own = await app.call('statistics.create', {
      planId: 1,
      code: 'QT01',
      label: 'Số cơ sở karaoke được kiểm tra',
      unit: 'cơ sở',
      kind: 'flow',
      group: 'Chỉ số riêng của tỉnh',
    });
    expect(own).toMatchObject({ code: 'QT01', builtin: false, planId: 1, kind: 'flow', partOf: null });
    const part = await app.call('statistics.create', { planId: 1, code: 'QT01.1', label: 'Trong đó: vi phạm', unit: 'cơ sở', kind: 'flow', partOf: 'QT01' });
    expect(part.partOf).toBe('QT01');
    const edited = await app.call('statistics.update', { planId: 1, code: 'QT01', label: 'Số cơ sở karaoke, vũ trường được kiểm tra', unit: 'cơ sở', kind: 'stock' });
    expect(edited).toMatchObject({ label: 'Số cơ sở karaoke, vũ trường được kiểm tra', kind: 'stock' });
    // Listed for its plan, not in the built-in catalogue of another.
    expect((await app.call('statistics.list', { planId: 1 })).some((s) => s.code === 'QT01')).toBe(true);
    expect((await app.call('statistics.list', {})).some((s) => s.code === 'QT01')).toBe(false);

    const before = snapshot();
    expect(await app.raw('statistics.update', { planId: 1, code: 'B06', label: 'Đổi tên', unit: 'xã', kind: 'flow' })).toMatchObject({
      ok: false,
      error: { field: 'code', message: 'Chỉ số B06 có sẵn trong danh mục chung nên không sửa được.' },
    });
    expect(await app.raw('statistics.create', { planId: 1, code: 'B06', label: 'Trùng', unit: 'xã', kind: 'flow' })).toMatchObject({ ok: false, error: { field: 'code' } });
    expect(await app.raw('statistics.create', { planId: 1, code: 'QT02', label: 'Phần', unit: 'người', kind: 'flow', partOf: 'QT01' })).toMatchObject({ ok: false, error: { field: 'unit' } });
    expect(snapshot()).toEqual(before);
  });

  it('each agency is offered its own statistics: the districts are asked B06, the police are not', async () => {
    const requests = await app.call('statistics.requests', { planId: 1 });
    const of = (name: string) => requests.find((r) => r.agencyId === agencyId(name))?.codes ?? [];
    expect(of('UBND huyện Hướng Hóa')).toContain('B06');
    expect(of('Công an tỉnh')).not.toContain('B06');

    // A statistic asked brings its "trong đó" part (D08 → D08.1).
    const police = await app.call('statistics.setRequests', { planId: 1, agencyId: agencyId('Công an tỉnh'), codes: ['D01', 'D02', 'D08'] });
    expect(police.codes).toEqual(['D01', 'D02', 'D08', 'D08.1']);
    expect(audit('agency', agencyId('Công an tỉnh')).at(-1)).toMatchObject({ new_value: 'D01, D02, D08' });
  });
});

describe('reporting duties', () => {
  const quarterly = () => ({
    planId: 1,
    periodType: 'quarter' as const,
    title: 'Báo cáo quý',
    dueText: 'trước ngày 20 tháng cuối quý',
    obliged: [agencyId('Công an tỉnh'), agencyId('Sở Y tế'), agencyId('UBND huyện Cam Lộ')],
  });

  it('a quarterly duty gets four periods due on the 20th of each quarter’s last month, each with its agencies', async () => {
    const duty = await app.call('duties.create', quarterly());
    expect(duty).toMatchObject({ periodType: 'quarter', dueDay: 20, dueMonth: null, dueMonthOffset: 0, dueText: 'trước ngày 20 tháng cuối quý' });
    expect(duty.obliged.map((a) => a.shortName)).toEqual(['Công an tỉnh', 'Sở Y tế', 'UBND huyện Cam Lộ']);
    const periods = (await app.call('reporting.periods', { planId: 1 })).filter((p) => p.dutyId === duty.id);
    expect(periods.map((p) => [p.label, p.dueDate, p.dueText, p.summary.expected])).toEqual([
      ['quý I năm 2022', '2022-03-20', 'trước ngày 20 tháng cuối quý', 3],
      ['quý II năm 2022', '2022-06-20', 'trước ngày 20 tháng cuối quý', 3],
      ['quý III năm 2022', '2022-09-20', 'trước ngày 20 tháng cuối quý', 3],
      ['quý IV năm 2022', '2022-12-20', 'trước ngày 20 tháng cuối quý', 3],
    ]);
    expect(audit('reporting_duty', duty.id)[0]).toMatchObject({ action: 'create', actor: 'Nguyễn Thị Lan' });
  });

  it('a change follows into the periods; one that would orphan a received report is refused and no table changes', async () => {
    const duty = await app.call('duties.create', quarterly());
    const q2 = (await app.call('reporting.periods', { planId: 1 })).find((p) => p.dutyId === duty.id && p.index === 2)!;
    await app.call('reports.create', { periodId: q2.id, agencyId: agencyId('Sở Y tế'), arrivalDate: '2022-06-18', channel: 'paper' });

    // Dropping an agency that has not reported: its expected reports go; the due day moves.
    const changed = await app.call('duties.update', {
      dutyId: duty.id,
      periodType: 'quarter',
      title: 'Báo cáo quý',
      dueText: 'trước ngày 10 tháng đầu quý sau',
      obliged: [agencyId('Công an tỉnh'), agencyId('Sở Y tế')],
    });
    expect(changed.dueMonthOffset).toBe(1);
    const after = (await app.call('reporting.periods', { planId: 1 })).filter((p) => p.dutyId === duty.id);
    expect(after.map((p) => [p.dueDate, p.summary.expected])).toEqual([
      ['2022-04-10', 2],
      ['2022-07-10', 2],
      ['2022-10-10', 2],
      ['2023-01-10', 2],
    ]);
    expect(after.find((p) => p.index === 2)!.id).toBe(q2.id);

    // Dropping Sở Y tế, or turning the duty into a 6-month one, would orphan its report.
    const before = snapshot();
    const drop = await app.raw('duties.update', { dutyId: duty.id, periodType: 'quarter', title: 'Báo cáo quý', dueText: 'trước ngày 10 tháng đầu quý sau', obliged: [agencyId('Công an tỉnh')] });
    expect(drop).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!drop.ok) expect(drop.error.message).toContain('Sở Y tế đã gửi báo cáo quý II năm 2022');
    const retype = await app.raw('duties.update', { dutyId: duty.id, periodType: 'six_month', title: 'Báo cáo 6 tháng', dueText: 'trước ngày 15/6', obliged: [agencyId('Sở Y tế')] });
    expect(retype).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!retype.ok) expect(retype.error.message).toContain('kỳ quý II năm 2022 đã nhận báo cáo của Sở Y tế');
    const remove = await app.raw('duties.delete', { dutyId: duty.id });
    expect(remove).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!remove.ok) expect(remove.error.message).toMatch(/^Không thể xóa nghĩa vụ báo cáo vì kỳ quý II năm 2022 đã nhận báo cáo của Sở Y tế/);
    expect(snapshot()).toEqual(before);
  });

  it('a duty without received reports is deleted with its periods, and the history keeps its content', async () => {
    const duty = await app.call('duties.create', quarterly());
    expect(await app.call('duties.delete', { dutyId: duty.id })).toEqual({ deleted: true });
    expect((await app.call('reporting.periods', { planId: 1 })).some((p) => p.dutyId === duty.id)).toBe(false);
    expect((await app.call('reporting.duties', { planId: 1 })).some((d) => d.id === duty.id)).toBe(false);
    const entry = audit('reporting_duty', duty.id).at(-1)!;
    expect(entry.action).toBe('delete');
    expect(JSON.parse(entry.new_value!)).toMatchObject({ title: 'Báo cáo quý', due_text: 'trước ngày 20 tháng cuối quý', obliged: 'Công an tỉnh; Sở Y tế; UBND huyện Cam Lộ' });
  });

  it('a task due at each quarterly report has one part per quarter the duty gives, not the upward report', async () => {
    await app.call('duties.create', quarterly());
    await app.call('duties.create', {
      planId: 1,
      periodType: 'quarter',
      title: 'Báo cáo quý của cơ quan thường trực',
      dueText: 'trước ngày 5 tháng đầu quý sau',
      upward: true,
      recipientText: 'UBND tỉnh',
      obliged: [],
    });
    const group = (await app.call('taskGroups.list', { planId: 1 }))[0]!;
    const task = await app.call('tasks.create', {
      planId: 1,
      code: 'Q.1',
      groupId: group.id,
      content: 'Báo cáo kết quả kiểm tra hằng quý',
      leadIds: [agencyId('Công an tỉnh')],
      deadlineKind: 'period',
      periodType: 'quarter',
    });
    // One part per quarter of the members' duty (the upward one, due the 5th after, does not count);
    // on 01/07/2022 the first quarter, still open, is overdue and the task stands for it.
    const row = (await app.call('tasks.list', { planId: 1 })).find((t) => t.id === task.id)!;
    expect(row).toMatchObject({ status: 'open_overdue', effectiveDeadline: '2022-03-20' });
    expect(row.parts?.map((p) => [p.label, p.status])).toEqual([
      ['quý I năm 2022', 'open_overdue'],
      ['quý II năm 2022', 'open_overdue'],
      ['quý III năm 2022', 'open_on_time'],
      ['quý IV năm 2022', 'open_on_time'],
    ]);
  });

  it('a wording the app cannot read is refused at the due field', async () => {
    const before = snapshot();
    expect(await app.raw('duties.create', { ...quarterly(), dueText: 'trước ngày 15/6' })).toMatchObject({ ok: false, error: { field: 'dueText' } });
    expect(await app.raw('duties.create', { ...quarterly(), periodType: 'annual', dueText: 'cuối năm' })).toMatchObject({ ok: false, error: { field: 'dueText' } });
    expect(await app.raw('duties.create', { ...quarterly(), obliged: [] })).toMatchObject({ ok: false, error: { field: 'obliged' } });
    expect(snapshot()).toEqual(before);
  });

  it('the secretariat’s own duty upward shows its next due date and adds nothing to the register', async () => {
    const periodsBefore = await app.call('reporting.periods', { planId: 1 });
    const upward = await app.call('duties.create', {
      planId: 1,
      periodType: 'six_month',
      title: 'Báo cáo 6 tháng gửi UBND tỉnh và Bộ',
      dueText: 'trước ngày 20/6',
      upward: true,
      recipientText: 'UBND tỉnh; Bộ Lao động - Thương binh và Xã hội',
      obliged: [],
    });
    expect(upward).toMatchObject({ upward: true, recipientText: 'UBND tỉnh; Bộ Lao động - Thương binh và Xã hội' });
    expect(upward.obliged.map((a) => a.shortName)).toEqual(['Sở Lao động - Thương binh và Xã hội']);
    // Today is 01/07/2022: the next one is the 2023 report.
    expect(upward.nextDue).toEqual({ dueDate: '2023-06-20', label: '6 tháng đầu năm 2023' });
    expect(await app.call('reporting.periods', { planId: 1 })).toHaveLength(periodsBefore.length);
  });
});

describe('copying the plan to the next year', () => {
  it('carries the duties as set up, the statistics asked of each agency, the count of units and a target’s unit denominator', async () => {
    await app.call('duties.create', {
      planId: 1,
      periodType: 'quarter',
      title: 'Báo cáo quý',
      dueText: 'trước ngày 10 tháng đầu quý sau',
      windowRule: 'calendar',
      obliged: [agencyId('Công an tỉnh')],
    });
    await app.call('duties.create', { planId: 1, periodType: 'annual', title: 'Báo cáo năm lên Bộ', dueText: 'trước ngày 20/12', upward: true, recipientText: 'Bộ Lao động - Thương binh và Xã hội', obliged: [] });
    await app.call('statistics.create', { planId: 1, code: 'QT01', label: 'Số cơ sở karaoke được kiểm tra', unit: 'cơ sở', kind: 'flow' });
    await app.call('statistics.setRequests', { planId: 1, agencyId: agencyId('Công an tỉnh'), codes: ['D01', 'QT01'] });
    await app.call('targets.setUnitCount', { planId: 1, level: 'commune', count: 125 });
    await app.call('targets.create', { planId: 1, code: 'X.1', wording: '100% xã có đội tình nguyện', kind: 'percent', comparator: 'exactly', value: 100, denominator: null, denominatorUnits: 'commune', statistic: 'F05' });

    const copy = await app.call('plans.copy', { sourcePlanId: 1, year: 2023, title: 'Phòng, chống mại dâm năm 2023' });
    const duties = await app.call('reporting.duties', { planId: copy.id });
    expect(duties.find((d) => d.title === 'Báo cáo quý')).toMatchObject({ dueMonthOffset: 1, windowRule: 'calendar', upward: false });
    expect(duties.find((d) => d.title === 'Báo cáo năm lên Bộ')).toMatchObject({ upward: true, recipientText: 'Bộ Lao động - Thương binh và Xã hội' });
    const quarters = (await app.call('reporting.periods', { planId: copy.id })).filter((p) => p.periodType === 'quarter');
    expect(quarters.map((p) => p.dueDate)).toEqual(['2023-04-10', '2023-07-10', '2023-10-10', '2024-01-10']);
    const police = (await app.call('statistics.requests', { planId: copy.id })).find((r) => r.agencyId === agencyId('Công an tỉnh'))!;
    expect(police.codes).toEqual(expect.arrayContaining(['D01', 'QT01']));
    // The plan's own statistic is still offered to the copy, which refers to it.
    expect((await app.call('statistics.list', { planId: copy.id })).some((s) => s.code === 'QT01')).toBe(true);
    expect(await app.call('targets.unitCounts', { planId: copy.id })).toEqual([{ level: 'commune', count: 125 }]);
    expect((await app.call('targets.list', { planId: copy.id })).find((t) => t.code === 'X.1')).toMatchObject({ denominatorUnits: 'commune' });
  });
});
