// Issue 13, item 4 (last part): a report row whose stored dates cannot be read (a legacy value, a
// database edited by another program, a damaged one) must not break the register. The row is shown,
// counted as received and marked "ngày không đọc được"; the clerk can open it and type the date again.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, openTempApp, type TempApp } from '../../helpers/temp-app';
import { reportVersion } from '../../../shared/domain/edit-version';
import { formatDateVi } from '../../../shared/dates/vietnamese-dates';
import { reportStatusText } from '../../../shared/domain/report-status';
import { readDocx } from '../../helpers/docx/reader';

let app: TempApp | null = null;
afterEach(async () => {
  await app?.cleanup();
  app = null;
});

/** A data folder holding two 6-month reports, closed again; returns what identifies them. */
async function folderWithReports() {
  const dataDir = makeTempDir();
  const first = await openTempApp({ dataDir, today: '2022-07-01' });
  const period = (await first.call('reporting.periods', { planId: 1 })).find((p) => p.periodType === 'six_month')!;
  const entries = (await first.call('reporting.register', { periodId: period.id })).entries;
  const agency = (name: string) => entries.find((e) => e.agency.shortName === name)!.agency.id;
  const damaged = await first.call('reports.create', {
    periodId: period.id,
    agencyId: agency('Sở Y tế'),
    arrivalDate: '2022-06-10',
    docDate: '2022-06-08',
    docNumber: '45/BC-SYT',
    channel: 'paper',
  });
  await first.call('reports.create', { periodId: period.id, agencyId: agency('Công an tỉnh'), arrivalDate: '2022-06-20', channel: 'paper' });
  await first.close();
  return { dataDir, periodId: period.id, reportId: damaged.id };
}

/** Written by another program, straight into the database file, while the app is closed. */
function writeDirectly(dataDir: string, reportId: number, arrival: string, doc: string) {
  const db = new SQLite(path.join(dataDir, 'thuong-truc.sqlite'));
  db.prepare('update received_reports set arrival_date = ?, doc_date = ? where id = ?').run(arrival, doc, reportId);
  db.close();
}

describe('a received report whose dates cannot be read', () => {
  for (const [arrival, doc] of [
    ['10/06/2022', '08/06/2022'],
    ['2022-13-45', '10000-01-01'],
    ['', 'không rõ'],
  ] as const) {
    it(`stored as "${arrival}" / "${doc}": the register shows the row marked, counts it as received, and every screen opens`, async () => {
      const { dataDir, periodId, reportId } = await folderWithReports();
      writeDirectly(dataDir, reportId, arrival, doc);
      app = await openTempApp({ dataDir, today: '2022-07-01' });

      const register = await app.call('reporting.register', { periodId });
      const health = register.entries.find((e) => e.agency.shortName === 'Sở Y tế')!;
      expect(health.status.state).toBe('unreadable');
      expect(reportStatusText(health.status)).toBe('Ngày không đọc được');
      expect(health.report).toMatchObject({ arrivalDate: arrival, docDate: doc, docNumber: '45/BC-SYT' });
      // The other agencies' lines are untouched: the police report stays 5 days late.
      expect(register.entries.find((e) => e.agency.shortName === 'Công an tỉnh')!.status).toMatchObject({ state: 'late', daysLate: 5 });
      // Two reports received (one of them with an unreadable day), one of them late; 26 agencies owe it.
      expect(register.period.summary).toMatchObject({ expected: 26, received: 2, onTime: 0, late: 1, missing: 24 });

      // The screens that read the register's dates open too.
      for (const [method, input] of [
        ['reporting.periods', { planId: 1 }],
        ['reporting.dashboard', { planId: 1 }],
        ['plans.overview', { planId: 1 }],
        ['targets.progress', { planId: 1 }],
        ['reporting.figures', { periodId }],
        ['reporting.agencyHistory', { planId: 1, agencyId: health.agency.id }],
      ] as const) {
        const answer = await app.raw(method, input);
        expect(answer.ok, `${method}: ${answer.ok ? '' : answer.error.message}`).toBe(true);
      }

      // The clerk opens the report and types the day again: the row is readable from then on.
      const report = await app.call('reports.get', { reportId });
      await app.call('reports.update', { reportId, version: reportVersion(report), arrivalDate: '2022-06-10', docDate: '2022-06-08', channel: 'paper', docNumber: '45/BC-SYT' });
      const fixed = await app.call('reporting.register', { periodId });
      expect(fixed.entries.find((e) => e.agency.shortName === 'Sở Y tế')!.status.state).toBe('on_time');
    });
  }

  it('a date shown on a screen that cannot be read says so next to the stored value', () => {
    expect(formatDateVi('10/06/2022')).toBe('10/06/2022 (ngày không đọc được)');
    expect(formatDateVi('10000-01-01')).toBe('10000-01-01 (ngày không đọc được)');
  });
});

describe('Phụ lục II of the 6-month report with a report whose day of arrival cannot be read', () => {
  it('lists it once, as received with its day unreadable (neither on time, late, nor missing), and the body and preview say so', async () => {
    const { dataDir, periodId, reportId } = await folderWithReports();
    writeDirectly(dataDir, reportId, '10/06/2022', '08/06/2022');
    app = await openTempApp({ dataDir, today: '2022-07-01' });

    const preview = await app.call('documents.preview', { kind: 'report', planId: 1, periodId });
    expect(preview.warnings).toContain(
      // No figure was reported, so the reporting appendix is the only one: "Phụ lục", not "Phụ lục II".
      'Ngày nhận báo cáo của Sở Y tế không đọc được: Phụ lục ghi "đã gửi, ngày nhận không đọc được", ' +
        'không tính đúng hạn hay chậm. Hãy mở báo cáo ở Sổ theo dõi và nhập lại ngày nhận trước khi trình ký.',
    );

    const { values } = await app.call('documents.settings', { planId: 1 });
    await app.call('documents.updateSettings', { planId: 1, values: { ...values, standing: { ...values.standing, signerName: 'Lê Thị Hương' } } });
    const file = await app.call('documents.export', { kind: 'report', planId: 1, periodId });
    const bytes = Buffer.from(file.contentBase64, 'base64');
    // ND30_KEEP_RENDERS=dir keeps the file, to render and look at it.
    if (process.env.ND30_KEEP_RENDERS) fs.writeFileSync(path.join(process.env.ND30_KEEP_RENDERS, file.fileName), bytes);
    const doc = await readDocx(bytes);
    const compliance = doc.tables().find((t) => t.rows[0]!.cells[2]?.text === 'Tình hình gửi báo cáo')!;
    const rows = compliance.rows.slice(1).map((r) => r.cells.map((c) => c.text));
    // The police report came 5 days late; Sở Y tế's day cannot be read; 24 did not send.
    expect(rows.filter((r) => r.length === 2).map((r) => r.join(' '))).toEqual([
      'I Gửi báo cáo chậm (1 cơ quan, đơn vị)',
      'II Đã gửi báo cáo, ngày nhận không đọc được (1 cơ quan, đơn vị)',
      'III Chưa gửi báo cáo (24 cơ quan, đơn vị)',
    ]);
    expect(rows).toContainEqual(['1', 'Sở Y tế', 'Đã gửi, không đọc được ngày nhận']);
    expect(rows.filter((r) => r[1] === 'Sở Y tế')).toHaveLength(1);

    const body = doc.paragraphs().filter((p) => p.section === 0 && !p.inTable).map((p) => p.text);
    // The body names the appendix as its heading does.
    expect(doc.paragraphs().filter((p) => p.section === 1 && !p.inTable).map((p) => p.text)).toContain('Phụ lục');
    expect(body.some((t) => t.endsWith('2/26 cơ quan, đơn vị đã gửi báo cáo (0 đúng hạn, 1 gửi chậm, 1 không đọc được ngày nhận); 24 cơ quan, đơn vị chưa gửi (chi tiết tại Phụ lục).'))).toBe(true);
  });
});
