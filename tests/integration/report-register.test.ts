// The received-report register, through the same dispatch both hosts use, on a real data folder:
// reports registered with figures and attached files; flow and stock figures adding up into target
// progress; and inputs that are refused leaving the database and the files exactly as they were.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { everyTable, openClerkApp, openTempApp, type TempApp } from '../helpers/temp-app';
import type { PeriodRegister, ReportingPeriodRow } from '../../shared/api/models';

let app: TempApp;
let h1: ReportingPeriodRow;
let year: ReportingPeriodRow;
let agencyId: (shortName: string) => number;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const b64 = (b: Buffer) => b.toString('base64');
const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

beforeEach(async () => {
  app = await openClerkApp();
  const periods = await app.call('reporting.periods', { planId: 1 });
  h1 = periods.find((p) => p.periodType === 'six_month')!;
  year = periods.find((p) => p.periodType === 'annual')!;
  // The statistics catalogue is filled on first use; done here so that snapshots compare like with like.
  await app.call('statistics.list', {});
  const register = await app.call('reporting.register', { periodId: h1.id });
  agencyId = (name) => register.entries.find((e) => e.agency.shortName === name)!.agency.id;
});
afterEach(async () => {
  await app.cleanup();
});

function attachmentsDir() {
  return path.join(app.dataDir, 'attachments');
}
function storedFiles(): string[] {
  return fs.existsSync(attachmentsDir()) ? fs.readdirSync(attachmentsDir()).sort() : [];
}
function entry(register: PeriodRegister, shortName: string) {
  return register.entries.find((e) => e.agency.shortName === shortName)!;
}

/** Everything a refused input could have touched: every table's rows and the stored files. */
function snapshot() {
  return { rows: everyTable(app), files: storedFiles() };
}

describe('periods from the plan’s reporting duties', () => {
  it('the 2022 plan has a 6-month and an annual period, with the windows, due dates and wording of the plan', async () => {
    const periods = await app.call('reporting.periods', { planId: 1 });
    expect(periods.map((p) => [p.label, p.windowFrom, p.windowTo, p.dueDate, p.dueText, p.dueInclusive])).toEqual([
      ['6 tháng đầu năm 2022', '2021-12-15', '2022-06-14', '2022-06-15', 'trước ngày 15/6/2022', true],
      ['năm 2022', '2021-12-15', '2022-12-14', '2022-12-15', 'trước ngày 15/12/2022', true],
    ]);
    // One expected report per obliged agency: the 26 members and districts.
    expect(h1.summary.expected).toBe(26);
    expect(h1.summary.missing).toBe(26);
    expect(year.summary.pending).toBe(26);
    // Asking again generates nothing twice.
    expect(await app.call('reporting.periods', { planId: 1 })).toHaveLength(2);
  });

  it('a due date moved by the clerk is kept, with the plan’s wording and the original date beside it, and audited', async () => {
    const moved = await app.call('reporting.updatePeriod', { periodId: h1.id, dueDate: '2022-06-30' });
    expect(moved).toMatchObject({ dueDate: '2022-06-30', defaultDueDate: '2022-06-15', dueText: 'trước ngày 15/6/2022' });
    // On 01/07 the agencies are now 1 day overdue instead of 16.
    const register = await app.call('reporting.register', { periodId: h1.id });
    expect(entry(register, 'Công an tỉnh').status).toMatchObject({ state: 'missing', daysOverdue: 1 });
    const audit = app.core.database.sqlite
      .prepare("select actor, field, old_value, new_value from audit_log where entity = 'reporting_period' and action = 'update'")
      .all();
    expect(audit).toEqual([{ actor: 'Nguyễn Thị Lan', field: 'due_date', old_value: '2022-06-15', new_value: '2022-06-30' }]);
  });

  it('an ad-hoc request names its letter, its due date and the agencies that must answer', async () => {
    const adHoc = await app.call('reporting.createAdHoc', {
      planId: 1,
      title: 'Báo cáo nhanh công tác kiểm tra dịp Tết',
      requestNumber: '120/SLĐTBXH-PCTNXH',
      requestDate: '2022-01-10',
      dueDate: '2022-01-25',
      agencyIds: [agencyId('Công an tỉnh'), agencyId('Sở Y tế')],
    });
    expect(adHoc).toMatchObject({ adHoc: true, label: 'Báo cáo nhanh công tác kiểm tra dịp Tết', dueText: 'trước ngày 25/01/2022' });
    expect(adHoc.summary).toMatchObject({ expected: 2, missing: 2 });
    const refused = await app.raw('reporting.createAdHoc', {
      planId: 1,
      title: 'Hạn trước công văn',
      requestDate: '2022-03-10',
      dueDate: '2022-03-01',
      agencyIds: [agencyId('Sở Y tế')],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'dueDate' } });
  });
});

describe('registering reports', () => {
  it('a report with figures and an attached PDF: stored under attachments/<sha256>, opened again byte for byte', async () => {
    const report = await app.call('reports.create', {
      periodId: h1.id,
      agencyId: agencyId('UBND huyện Hướng Hóa'),
      arrivalDate: '2022-06-10',
      docNumber: '215/BC-UBND',
      docDate: '2022-06-08',
      channel: 'e_office',
      figures: [
        { statisticCode: 'B06', value: 21 },
        { statisticCode: 'E01', value: 6 },
        { statisticCode: 'C06', value: 15_000_000 },
      ],
      attachments: [{ fileName: 'Báo cáo 6 tháng Hướng Hóa.pdf', contentBase64: b64(PDF) }],
    });
    expect(report.figures.map((f) => [f.statisticCode, f.value])).toEqual([
      ['B06', 21],
      ['C06', 15_000_000],
      ['E01', 6],
    ]);
    expect(report.attachments).toEqual([expect.objectContaining({ fileName: 'Báo cáo 6 tháng Hướng Hóa.pdf', mediaType: 'application/pdf', size: PDF.length, addedBy: 'Nguyễn Thị Lan' })]);
    expect(storedFiles()).toEqual([sha(PDF)]);
    const opened = await app.call('reports.attachment', { attachmentId: report.attachments[0]!.id });
    expect(Buffer.from(opened.contentBase64, 'base64').equals(PDF)).toBe(true);
    expect(opened.fileName).toBe('Báo cáo 6 tháng Hướng Hóa.pdf');

    const register = await app.call('reporting.register', { periodId: h1.id });
    expect(entry(register, 'UBND huyện Hướng Hóa').status.state).toBe('on_time');
    expect(register.period.summary).toMatchObject({ received: 1, onTime: 1, missing: 25 });

    // The register counts the report's figures; its form reads them with the report.
    const listed = entry(register, 'UBND huyện Hướng Hóa').report!;
    expect(listed).toMatchObject({ arrivalDate: '2022-06-10', docNumber: '215/BC-UBND', figureCount: 3 });
    expect(listed).not.toHaveProperty('figures');
    const opened2 = await app.call('reports.get', { reportId: listed.id });
    expect(opened2.figures.map((f) => [f.statisticCode, f.value])).toEqual([
      ['B06', 21],
      ['C06', 15_000_000],
      ['E01', 6],
    ]);
    expect(entry(register, 'Công an tỉnh').report).toBeNull();
  });

  it('on the due day it is on time; the day after, late by one day; the board counts both', async () => {
    await app.call('reports.create', { periodId: h1.id, agencyId: agencyId('Công an tỉnh'), arrivalDate: '2022-06-15', channel: 'paper' });
    await app.call('reports.create', { periodId: h1.id, agencyId: agencyId('Sở Y tế'), arrivalDate: '2022-06-16', channel: 'email' });
    await app.call('reporting.setExemption', { expectedReportId: entry(await app.call('reporting.register', { periodId: h1.id }), 'Báo Quảng Trị').expectedReportId, exempt: true, reason: 'Đã báo cáo chung với Đài' });
    const register = await app.call('reporting.register', { periodId: h1.id });
    expect(entry(register, 'Công an tỉnh').status).toMatchObject({ state: 'on_time', daysLate: 0 });
    expect(entry(register, 'Sở Y tế').status).toMatchObject({ state: 'late', daysLate: 1 });
    expect(entry(register, 'Báo Quảng Trị')).toMatchObject({ exempt: true, exemptReason: 'Đã báo cáo chung với Đài', status: { state: 'exempt' } });
    expect(entry(register, 'UBND huyện Cồn Cỏ').status).toMatchObject({ state: 'missing', daysOverdue: 16 });
    expect(register.period.summary).toMatchObject({ expected: 26, exempt: 1, required: 25, received: 2, onTime: 1, late: 1, missing: 23, reportingRate: 8, onTimeRate: 4 });

    // Read literally, "trước ngày 15/6" makes the report of 15/6 one day late.
    await app.call('reporting.updatePeriod', { periodId: h1.id, dueInclusive: false });
    const literal = await app.call('reporting.register', { periodId: h1.id });
    expect(entry(literal, 'Công an tỉnh').status).toMatchObject({ state: 'late', daysLate: 1 });

    const history = await app.call('reporting.agencyHistory', { planId: 1, agencyId: agencyId('Sở Y tế') });
    expect(history.map((h) => [h.periodLabel, h.status.state, h.arrivalDate])).toEqual([
      ['6 tháng đầu năm 2022', 'late', '2022-06-16'],
      ['năm 2022', 'pending', null],
    ]);
  });

  it('changing a report replaces its figures and records each change; deleting it removes its file only afterwards', async () => {
    const report = await app.call('reports.create', {
      periodId: h1.id,
      agencyId: agencyId('Hội Liên hiệp Phụ nữ tỉnh'),
      arrivalDate: '2022-06-12',
      channel: 'paper',
      figures: [{ statisticCode: 'E01', value: 10 }],
      attachments: [{ fileName: 'bc.pdf', contentBase64: b64(PDF) }],
    });
    const changed = await app.call('reports.update', {
      reportId: report.id,
      arrivalDate: '2022-06-12',
      channel: 'paper',
      needsSupplement: true,
      notes: 'Đề nghị bổ sung số liệu tiếp cận',
      figures: [{ statisticCode: 'E01', value: 12 }],
    });
    expect(changed).toMatchObject({ needsSupplement: true, figures: [expect.objectContaining({ statisticCode: 'E01', value: 12 })] });
    const changes = app.core.database.sqlite
      .prepare("select field, old_value, new_value from audit_log where entity = 'received_report' and action = 'update' order by id")
      .all();
    expect(changes).toEqual(
      expect.arrayContaining([
        { field: 'needs_supplement', old_value: '0', new_value: '1' },
        { field: 'số liệu E01', old_value: '10', new_value: '12' },
      ]),
    );

    // The same file attached to a second report is stored once.
    const other = await app.call('reports.create', {
      periodId: h1.id,
      agencyId: agencyId('Sở Y tế'),
      arrivalDate: '2022-06-13',
      channel: 'paper',
      attachments: [{ fileName: 'ban-sao.pdf', contentBase64: b64(PDF) }],
    });
    expect(storedFiles()).toEqual([sha(PDF)]);
    await app.call('reports.delete', { reportId: report.id });
    expect(storedFiles()).toEqual([sha(PDF)]); // still used by the other report
    expect((await app.raw('reports.get', { reportId: report.id })).ok).toBe(false);
    await app.call('reports.delete', { reportId: other.id });
    expect(storedFiles()).toEqual([]);
    const register = await app.call('reporting.register', { periodId: h1.id });
    expect(entry(register, 'Sở Y tế').status.state).toBe('missing');
  });
});

describe('figures add up into target progress', () => {
  async function report(name: string, periodId: number, arrivalDate: string, figures: Record<string, number>) {
    return app.call('reports.create', {
      periodId,
      agencyId: agencyId(name),
      arrivalDate,
      channel: 'paper',
      figures: Object.entries(figures).map(([statisticCode, value]) => ({ statisticCode, value })),
    });
  }
  const progressOf = async (code: string) => {
    const targets = await app.call('targets.list', { planId: 1 });
    const id = targets.find((t) => t.code === code)!.id;
    return (await app.call('targets.progress', { planId: 1 })).find((p) => p.targetId === id)!;
  };

  it('flows add up across districts; a percentage uses the plan’s 125 communes; the contributing reports are listed', async () => {
    await report('UBND huyện Hướng Hóa', h1.id, '2022-06-10', { B06: 21, E01: 6 });
    await report('UBND huyện Vĩnh Linh', h1.id, '2022-06-14', { B06: 18, E01: 9 });
    await report('Hội Liên hiệp Phụ nữ tỉnh', h1.id, '2022-06-20', { E01: 5 });

    const communes = await progressOf('II.2.1');
    const half = communes.periods.find((p) => p.periodId === h1.id)!;
    expect(half.progress).toMatchObject({ state: 'measured', numerator: 39, denominator: 125, achieved: 31.2, met: false });
    expect(half.contributions.map((c) => [c.agency.shortName, c.numerator]).sort()).toEqual([
      ['UBND huyện Hướng Hóa', 21],
      ['UBND huyện Vĩnh Linh', 18],
    ]);
    expect(communes.periods.find((p) => p.periodId === year.id)!.progress.state).toBe('no_figures');

    const contacts = await progressOf('II.2.11');
    expect(contacts.periods.find((p) => p.periodId === h1.id)!.progress).toMatchObject({ achieved: 20, percentOfTarget: 40, met: false });
  });

  it('the annual report replaces the 6-month flow it contains; a stock is never summed across periods', async () => {
    // 6-month: E12 (flow) 6 of E11 (stock) 20 needing support.
    await report('UBND huyện Hướng Hóa', h1.id, '2022-06-10', { E12: 6, E11: 20 });
    await report('UBND huyện Gio Linh', h1.id, '2022-06-11', { E12: 4, E11: 10 });
    const support = await progressOf('II.2.12');
    expect(support.periods.find((p) => p.periodId === h1.id)!.progress).toMatchObject({ numerator: 10, denominator: 30, achieved: 33.3, met: false });

    // The year (registered here on a later "today"): cumulative flows and the stock at 14/12.
    await app.close();
    app = await openTempApp({ dataDir: app.dataDir, today: '2022-12-20' });
    await report('UBND huyện Hướng Hóa', year.id, '2022-12-14', { E12: 15, E11: 22 });
    const after = await progressOf('II.2.12');
    expect(after.periods.find((p) => p.periodId === year.id)!.progress).toMatchObject({ numerator: 15, denominator: 22 });
    // To date: Hướng Hóa's annual figures replace its 6-month ones (not 6+15, not 20+22);
    // Gio Linh has only its 6-month report, which stands.
    expect(after.toDate.progress).toMatchObject({ numerator: 19, denominator: 32, achieved: 59.4, met: false });
  });

  it('the received/handled ratio of tip-offs reads D08.1 over D08', async () => {
    await report('Công an tỉnh', h1.id, '2022-06-10', { D08: 8, 'D08.1': 8 });
    const tips = await progressOf('II.2.6');
    expect(tips.numeratorStatistic).toBe('D08.1');
    expect(tips.periods.find((p) => p.periodId === h1.id)!.progress).toMatchObject({ achieved: 100, met: true });
  });

  it('a target edited by the clerk is measured by its new statistic and value, and the edit is audited', async () => {
    await report('UBND huyện Hướng Hóa', h1.id, '2022-06-10', { B02: 12 });
    const target = (await app.call('targets.list', { planId: 1 })).find((t) => t.code === 'II.2.2')!;
    const saved = await app.call('targets.update', {
      targetId: target.id,
      wording: target.wording,
      kind: 'count',
      comparator: 'at_least',
      value: 40,
      unit: 'buổi',
      denominator: null,
      statistic: 'B02',
      note: target.note,
    });
    expect(saved).toMatchObject({ kind: 'count', value: 40, unit: 'buổi', statistic: 'B02', comparator: 'at_least' });
    expect((await progressOf('II.2.2')).periods.find((p) => p.periodId === h1.id)!.progress).toMatchObject({ achieved: 12, percentOfTarget: 30 });
    const audit = app.core.database.sqlite.prepare("select field from audit_log where entity = 'target' and entity_id = ?").pluck().all(target.id);
    expect(audit).toEqual(expect.arrayContaining(['kind', 'value', 'statistic_code']));
  });
});

describe('refused inputs leave the database and the files untouched', () => {
  it('each bad input gets a Vietnamese message at its field, and nothing is saved in part', async () => {
    // A report already there, with a file, so that "untouched" covers existing data too.
    await app.call('reports.create', {
      periodId: h1.id,
      agencyId: agencyId('Công an tỉnh'),
      arrivalDate: '2022-06-10',
      channel: 'paper',
      figures: [{ statisticCode: 'D08', value: 3 }],
      attachments: [{ fileName: 'ca.pdf', contentBase64: b64(PDF) }],
    });
    const before = snapshot();
    const other = Buffer.from('%PDF-1.7 another report');
    const good = { periodId: h1.id, agencyId: agencyId('Sở Y tế'), arrivalDate: '2022-06-12', channel: 'paper' as const };
    const attempts: [string, unknown, string, RegExp][] = [
      ['reports.create', { ...good, arrivalDate: '2021-12-01', attachments: [{ fileName: 'a.pdf', contentBase64: b64(other) }] }, 'arrivalDate', /trước ngày kỳ báo cáo bắt đầu \(15\/12\/2021\)/],
      ['reports.create', { ...good, arrivalDate: '2022-07-05' }, 'arrivalDate', /sau ngày hôm nay/],
      ['reports.create', { ...good, docDate: '2022-06-20' }, 'docDate', /sau ngày đến/],
      ['reports.create', { ...good, figures: [{ statisticCode: 'B06', value: 'mười hai' }], attachments: [{ fileName: 'a.pdf', contentBase64: b64(other) }] }, 'figures.0.value', /B06.*phải là một số/],
      ['reports.create', { ...good, figures: [{ statisticCode: 'E01', value: 4 }, { statisticCode: 'B06', value: -3 }] }, 'figures.1.value', /không được là số âm/],
      ['reports.create', { ...good, figures: [{ statisticCode: 'X99', value: 1 }] }, 'figures.0.statisticCode', /không có trong danh mục/],
      ['reports.create', { ...good, agencyId: agencyId('Công an tỉnh'), attachments: [{ fileName: 'a.pdf', contentBase64: b64(other) }] }, 'agencyId', /đã có báo cáo/],
      ['reports.create', { ...good, attachments: [{ fileName: 'scan.pdf', contentBase64: b64(Buffer.from('this is not a pdf')) }] }, 'attachments.0', /không đọc được/],
      ['reports.create', { ...good, attachments: [{ fileName: 'a.pdf', contentBase64: b64(other) }, { fileName: 'hỏng.pdf', contentBase64: '@@not base64@@' }] }, 'attachments.1', /không đọc được/],
      ['reports.create', { ...good, attachments: [{ fileName: 'virus.exe', contentBase64: b64(other) }] }, 'attachments.0', /không thuộc loại được nhận/],
      ['reports.create', { ...good, attachments: [{ fileName: 'rỗng.pdf', contentBase64: '' }] }, 'attachments.0', /rỗng/],
      ['reports.create', { ...good, channel: 'fax' }, 'channel', /Hình thức gửi/],
      ['targets.update', { targetId: 1, wording: 'x', kind: 'percent', comparator: 'exactly', value: 120, denominator: 125 }, 'value', /không được lớn hơn 100/],
      ['targets.update', { targetId: 1, wording: 'x', kind: 'count', comparator: 'exactly', value: -5, denominator: null }, 'value', /số âm/],
      ['targets.update', { targetId: 1, wording: 'x', kind: 'count', comparator: 'exactly', value: 5, denominator: null, statistic: 'Z1' }, 'statistic', /không có trong danh mục/],
      ['reporting.updatePeriod', { periodId: h1.id, dueDate: '2022-06-01' }, 'dueDate', /sớm hơn ngày chốt số liệu/],
      ['reporting.setExemption', { expectedReportId: 2, exempt: true, reason: '  ' }, 'reason', /lý do/],
      ['urging.record', { periodId: h1.id, agencyIds: [agencyId('Công an tỉnh')], urgedOn: '2022-06-20' }, 'agencyIds', /đã gửi báo cáo/],
    ];
    for (const [method, input, field, message] of attempts) {
      const result = await app.raw(method, input);
      expect(result.ok, `${method} ${JSON.stringify(input).slice(0, 120)}`).toBe(false);
      if (!result.ok) {
        expect(result.error.field, result.error.message).toBe(field);
        expect(result.error.message).toMatch(message);
      }
    }
    expect(snapshot()).toEqual(before);
  });

  it('a failure inside the saving transaction removes the file it had just stored', async () => {
    const before = snapshot();
    // The disk refuses the attachment record after the report row was written.
    app.core.database.sqlite.exec(
      "create trigger refuse_attachment before insert on report_attachments begin select raise(abort, 'disk I/O error'); end;",
    );
    const result = await app.raw('reports.create', {
      periodId: h1.id,
      agencyId: agencyId('Sở Y tế'),
      arrivalDate: '2022-06-12',
      channel: 'paper',
      figures: [{ statisticCode: 'E01', value: 3 }],
      attachments: [{ fileName: 'bc.pdf', contentBase64: b64(PDF) }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    app.core.database.sqlite.exec('drop trigger refuse_attachment');
    expect(snapshot()).toEqual(before);
    expect(storedFiles()).toEqual([]);
  });
});

describe('urging the agencies still missing', () => {
  it('records who was urged, when and by which letter, and gives the urging letter what it needs', async () => {
    await app.call('reports.create', { periodId: h1.id, agencyId: agencyId('Công an tỉnh'), arrivalDate: '2022-06-10', channel: 'paper' });
    const missing = (await app.call('reporting.register', { periodId: h1.id })).entries.filter((e) => e.status.state === 'missing');
    expect(missing).toHaveLength(25);
    const chosen = [agencyId('UBND huyện Cồn Cỏ'), agencyId('Sở Y tế')];
    const urging = await app.call('urging.record', { periodId: h1.id, agencyIds: chosen, urgedOn: '2022-06-25', letterNumber: '850/SLĐTBXH-PCTNXH' });
    expect(urging).toMatchObject({ urgedOn: '2022-06-25', letterNumber: '850/SLĐTBXH-PCTNXH', createdBy: 'Nguyễn Thị Lan' });
    expect(urging.agencies.map((a) => a.shortName).sort()).toEqual(['Sở Y tế', 'UBND huyện Cồn Cỏ']);
    const register = await app.call('reporting.register', { periodId: h1.id });
    expect(entry(register, 'Sở Y tế').urgings).toEqual([{ id: urging.id, urgedOn: '2022-06-25', letterNumber: '850/SLĐTBXH-PCTNXH' }]);

    const letter = await app.call('urging.letterData', { periodId: h1.id, agencyIds: chosen });
    expect(letter).toMatchObject({
      periodLabel: '6 tháng đầu năm 2022',
      dueText: 'trước ngày 15/6/2022',
      planTitle: 'Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022',
      requestRef: null,
    });
    expect(letter.planRef).toMatch(/^Kế hoạch số \/KH-BCĐ138 .*Ban Chỉ đạo/);
    expect(letter.agencies.map((a) => a.name)).toEqual(['Sở Y tế tỉnh Quảng Trị', 'Ủy ban nhân dân huyện Cồn Cỏ']);

    const dashboard = await app.call('reporting.dashboard', { planId: 1 });
    expect(dashboard.current?.period.id).toBe(h1.id);
    expect(dashboard.current?.missing).toHaveLength(25);
    expect(dashboard.current?.missing[0]!.status.daysOverdue).toBe(16);
  });
});
