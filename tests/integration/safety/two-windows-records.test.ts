// Issue 13, D7 for received reports, agencies, targets and settings: two windows editing the same
// record. Each form sends the version of the values it was opened on; the second save, made from the
// older version, is refused with a Vietnamese message giving the current values, and nothing the
// first window saved is overwritten (every table compared before and after the refusal).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { everyTable, openClerkApp, type TempApp } from '../../helpers/temp-app';
import { agencyVersion, reportVersion, settingsVersion, targetVersion } from '../../../shared/domain/edit-version';

let app: TempApp;
beforeEach(async () => {
  app = await openClerkApp();
});
afterEach(async () => {
  await app.cleanup();
});

/** Every table's rows: what a refused save must leave exactly as it was. */
function everything() {
  return everyTable(app);
}

async function refusedUnchanged(method: Parameters<TempApp['raw']>[0], input: unknown) {
  const before = everything();
  const answer = await app.raw(method, input as never);
  expect(answer.ok).toBe(false);
  expect(everything()).toEqual(before);
  if (answer.ok) throw new Error('the stale save was accepted');
  expect(answer.error.code).toBe('CONFLICT');
  return answer.error.message;
}

describe('two windows editing one received report', () => {
  it('the second save is refused with the current values; the first window\'s date, number and figure stay', async () => {
    const period = (await app.call('reporting.periods', { planId: 1 })).find((p) => p.periodType === 'six_month')!;
    const register = await app.call('reporting.register', { periodId: period.id });
    const agencyId = register.entries.find((e) => e.agency.shortName === 'Sở Y tế')!.agency.id;
    const created = await app.call('reports.create', {
      periodId: period.id,
      agencyId,
      arrivalDate: '2022-06-10',
      channel: 'paper',
      figures: [{ statisticCode: 'E01', value: 10 }],
    });
    // Both windows open the same report.
    const windowA = await app.call('reports.get', { reportId: created.id });
    const windowB = await app.call('reports.get', { reportId: created.id });

    await app.call('reports.update', {
      reportId: created.id,
      version: reportVersion(windowB),
      arrivalDate: '2022-06-12',
      docNumber: '45/BC-SYT',
      channel: 'paper',
      figures: [{ statisticCode: 'E01', value: 12 }],
    });

    const message = await refusedUnchanged('reports.update', {
      reportId: created.id,
      version: reportVersion(windowA),
      arrivalDate: windowA.arrivalDate,
      channel: 'email',
      notes: 'Ghi chú từ cửa sổ A',
      figures: [{ statisticCode: 'E01', value: 10 }],
    });
    expect(message).toMatch(/^Báo cáo này vừa được sửa ở cửa sổ khác; thay đổi của bạn chưa được lưu\./);
    expect(message).toContain('ngày đến 12/06/2022');
    expect(message).toContain('số văn bản 45/BC-SYT');

    const now = await app.call('reports.get', { reportId: created.id });
    expect(now).toMatchObject({ arrivalDate: '2022-06-12', docNumber: '45/BC-SYT', channel: 'paper', notes: null });
    expect(now.figures.map((f) => [f.statisticCode, f.value])).toEqual([['E01', 12]]);

    // Reopened on the current version, window A saves its note over B's values.
    const saved = await app.call('reports.update', {
      reportId: created.id,
      version: reportVersion(now),
      arrivalDate: now.arrivalDate,
      docNumber: now.docNumber,
      channel: now.channel,
      notes: 'Ghi chú từ cửa sổ A',
      figures: [{ statisticCode: 'E01', value: 12 }],
    });
    expect(saved).toMatchObject({ arrivalDate: '2022-06-12', docNumber: '45/BC-SYT', notes: 'Ghi chú từ cửa sổ A' });
  });

  it('a file attached in one window does not make the other window\'s edit stale', async () => {
    const period = (await app.call('reporting.periods', { planId: 1 })).find((p) => p.periodType === 'six_month')!;
    const agencyId = (await app.call('reporting.register', { periodId: period.id })).entries[0]!.agency.id;
    const created = await app.call('reports.create', { periodId: period.id, agencyId, arrivalDate: '2022-06-10', channel: 'paper' });
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');
    await app.call('reports.update', {
      reportId: created.id,
      version: reportVersion(created),
      arrivalDate: '2022-06-10',
      channel: 'paper',
      addAttachments: [{ fileName: 'bc.pdf', contentBase64: pdf }],
    });
    const saved = await app.call('reports.update', {
      reportId: created.id,
      version: reportVersion(created),
      arrivalDate: '2022-06-10',
      channel: 'email',
    });
    expect(saved.channel).toBe('email');
    expect(saved.attachments.map((a) => a.fileName)).toEqual(['bc.pdf']);
  });
});

describe('two windows editing one agency', () => {
  it('the second save is refused with the current values; the first window\'s contact person stays', async () => {
    const listed = (await app.call('agencies.list', { planId: 1 })).find((a) => a.shortName === 'Sở Y tế')!;
    const windowA = await app.call('agencies.get', { planId: 1, agencyId: listed.id });
    const windowB = await app.call('agencies.get', { planId: 1, agencyId: listed.id });

    await app.call('agencies.update', { planId: 1, agencyId: listed.id, version: agencyVersion(windowB), contactPerson: 'Trần Văn Bình' });

    const message = await refusedUnchanged('agencies.update', {
      planId: 1,
      agencyId: listed.id,
      version: agencyVersion(windowA),
      contactPerson: windowA.contactPerson ?? '',
      phone: '0233 3852 999',
    });
    expect(message).toMatch(/^Cơ quan, đơn vị này vừa được sửa ở cửa sổ khác; thay đổi của bạn chưa được lưu\./);
    expect(message).toContain('người liên hệ Trần Văn Bình');

    const now = await app.call('agencies.get', { planId: 1, agencyId: listed.id });
    expect(now.contactPerson).toBe('Trần Văn Bình');
    expect(now.phone).toBe(windowA.phone);
  });

  it('deactivating the agency in another window does not make its edit form stale', async () => {
    const listed = (await app.call('agencies.list', { planId: 1 })).find((a) => a.shortName === 'Sở Y tế')!;
    const opened = await app.call('agencies.get', { planId: 1, agencyId: listed.id });
    await app.call('agencies.setActive', { planId: 1, agencyId: listed.id, active: false });
    const saved = await app.call('agencies.update', { planId: 1, agencyId: listed.id, version: agencyVersion(opened), phone: '0233 3852 999' });
    expect(saved).toMatchObject({ phone: '0233 3852 999', active: false });
  });
});

describe('two windows editing one target', () => {
  it('the second save is refused with the current values; the first window\'s wording and value stay', async () => {
    const target = (await app.call('targets.list', { planId: 1 })).find((t) => t.kind === 'percent')!;
    const fields = (t: typeof target) => ({
      wording: t.wording,
      kind: t.kind,
      comparator: t.comparator,
      value: t.value,
      unit: t.unit,
      denominator: t.denominator,
      denominatorText: t.denominatorText,
      denominatorUnits: t.denominatorUnits,
      statistic: t.statistic,
      denominatorStatistic: t.denominatorStatistic,
      note: t.note,
    });
    await app.call('targets.update', {
      targetId: target.id,
      version: targetVersion(target),
      ...fields(target),
      wording: 'Nội dung mới từ cửa sổ B',
      comparator: 'at_least',
      value: 85,
    });

    const message = await refusedUnchanged('targets.update', {
      targetId: target.id,
      version: targetVersion(target),
      ...fields(target),
      note: 'Ghi chú từ cửa sổ A',
    });
    expect(message).toMatch(/^Chỉ tiêu này vừa được sửa ở cửa sổ khác; thay đổi của bạn chưa được lưu\./);
    expect(message).toContain('nội dung "Nội dung mới từ cửa sổ B"');
    expect(message).toContain('mức phải đạt Ít nhất 85%');

    const now = (await app.call('targets.list', { planId: 1 })).find((t) => t.id === target.id)!;
    expect(now).toMatchObject({ wording: 'Nội dung mới từ cửa sổ B', comparator: 'at_least', value: 85, note: target.note });
  });
});

describe('two windows on Cài đặt', () => {
  it('the second save is refused with the current values; switching plans does not make the form stale', async () => {
    const opened = await app.call('settings.get', {});
    await app.call('settings.update', { version: settingsVersion(opened), clerkName: 'Lê Văn Hùng', dueSoonDays: 10 });

    const message = await refusedUnchanged('settings.update', { version: settingsVersion(opened), clerkName: 'Nguyễn Thị Lan', dueSoonDays: 3 });
    expect(message).toMatch(/^Cài đặt vừa được sửa ở cửa sổ khác; thay đổi của bạn chưa được lưu\./);
    expect(message).toContain('tên cán bộ "Lê Văn Hùng"; số ngày báo sắp đến hạn 10');
    expect(await app.call('settings.get', {})).toMatchObject({ clerkName: 'Lê Văn Hùng', dueSoonDays: 10 });

    const current = await app.call('settings.get', {});
    await app.call('settings.update', { currentPlanId: 1 });
    expect(await app.call('settings.update', { version: settingsVersion(current), dueSoonDays: 5 })).toMatchObject({
      clerkName: 'Lê Văn Hùng',
      dueSoonDays: 5,
    });
  });
});
