// The statistics form of a period, out and back in: a sheet per agency with the statistics the plan
// asks of it, labels locked; filled here as an agency would, imported after a preview, the figures
// land on the agencies' received reports. A bad cell is named (sheet, cell, why) and nothing is saved.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openTempApp, type TempApp } from '../helpers/temp-app';
import type { ReportingPeriodRow } from '../../shared/api/models';

let app: TempApp;
let planId: number;
let h1: ReportingPeriodRow;
const agencyIds = new Map<string, number>();

beforeEach(async () => {
  app = await openTempApp({ today: '2022-07-01' });
  planId = (await app.call('plans.list', {}))[0]!.id;
  for (const a of await app.call('agencies.list', { planId })) agencyIds.set(a.shortName, a.id);
  h1 = (await app.call('reporting.periods', { planId })).find((p) => p.label === '6 tháng đầu năm 2022')!;
}, 60_000);

afterEach(async () => app.cleanup());

async function exportForm(): Promise<ExcelJS.Workbook> {
  const file = await app.call('forms.export', { planId, periodId: h1.id });
  expect(file.fileName).toBe('Bieu-mau-so-lieu-6thang-2022.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  return wb;
}

async function base64(wb: ExcelJS.Workbook): Promise<string> {
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

/** The row of a statistic on an agency's sheet. */
function rowOf(ws: ExcelJS.Worksheet, code: string): number {
  for (let r = 7; r <= ws.rowCount; r++) if (ws.getCell(`B${r}`).value === code) return r;
  throw new Error(`${code} is not on sheet ${ws.name}`);
}

async function figuresOf(agency: string): Promise<Record<string, number>> {
  const register = await app.call('reporting.register', { periodId: h1.id });
  const entry = register.entries.find((e) => e.agency.id === agencyIds.get(agency))!;
  const report = entry.report ? await app.call('reports.get', { reportId: entry.report.id }) : null;
  return Object.fromEntries((report?.figures ?? []).map((f) => [f.statisticCode, f.value]));
}

describe('the statistics form of a period', () => {
  it('has a sheet per agency asked for statistics, those statistics, instructions, and only the figure cells open', async () => {
    const wb = await exportForm();
    const requests = await app.call('statistics.requests', { planId });
    const visible = wb.worksheets.filter((ws) => ws.state === 'visible');
    // Every agency owing the six-month report that the plan asks for at least one statistic.
    const owing = (await app.call('reporting.register', { periodId: h1.id })).entries.map((e) => e.agency.id);
    expect(visible).toHaveLength(requests.filter((r) => r.codes.length > 0 && owing.includes(r.agencyId)).length);
    const ws = wb.getWorksheet('UBND huyện Hướng Hóa')!;
    expect(ws.getCell('A1').value).toBe('BIỂU MẪU SỐ LIỆU: 6 THÁNG ĐẦU NĂM 2022');
    expect(String(ws.getCell('A3').value)).toMatch(/^Đơn vị báo cáo: .*huyện Hướng Hóa$/);
    expect(String(ws.getCell('A4').value)).toMatch(/^Hướng dẫn: ghi số liệu vào cột E "Số liệu"/);
    expect((ws.getRow(6).values as unknown[]).slice(1)).toEqual(['STT', 'Mã chỉ số', 'Chỉ số', 'Đơn vị tính', 'Số liệu', 'Ghi chú']);
    const asked = requests.find((r) => r.agencyId === agencyIds.get('UBND huyện Hướng Hóa'))!.codes;
    expect(asked.map((_, i) => ws.getCell(`B${7 + i}`).value)).toEqual(asked);
    expect(ws.getCell(`B${7 + asked.length}`).value).toBeNull();
    // The sheet is protected; labels keep Excel's default (locked), the figure and note cells are open.
    // exceljs reads the protection back but does not declare it on its type.
    expect((ws as unknown as { sheetProtection?: unknown }).sheetProtection).toMatchObject({ sheet: true });
    expect(ws.getCell('C7').protection?.locked).not.toBe(false);
    expect(ws.getCell('E7').protection).toMatchObject({ locked: false });
    expect(ws.getCell('F7').protection).toMatchObject({ locked: false });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(wb.getWorksheet('ThongTin')!.state).toBe('veryHidden');
  });

  it('filled in, previews what will be recorded, then records it on the received reports in one go', async () => {
    await app.call('reports.create', {
      periodId: h1.id,
      agencyId: agencyIds.get('UBND huyện Hướng Hóa')!,
      arrivalDate: '2022-06-10',
      channel: 'paper',
      figures: [
        { statisticCode: 'B06', value: 3 },
        { statisticCode: 'E01', value: 6 },
      ],
    });
    const wb = await exportForm();
    const hh = wb.getWorksheet('UBND huyện Hướng Hóa')!;
    hh.getCell(`E${rowOf(hh, 'B06')}`).value = 21;
    hh.getCell(`E${rowOf(hh, 'C10')}`).value = '1.250'; // typed as text, Vietnamese thousands
    hh.getCell(`F${rowOf(hh, 'C10')}`).value = 'Số liệu Công an huyện';
    const gl = wb.getWorksheet('UBND huyện Gio Linh')!;
    gl.getCell(`E${rowOf(gl, 'B06')}`).value = 19;
    const content = await base64(wb);

    const preview = await app.call('forms.preview', { planId, contentBase64: content });
    expect(preview.problems).toEqual([]);
    expect(preview.periodLabel).toBe('6 tháng đầu năm 2022');
    // In the plan's agency order (Hướng Hóa before Gio Linh); Gio Linh has no report yet (reportId null).
    expect(preview.agencies.map((a) => [a.sheet, a.reportId === null, a.figures.map((f) => [f.statisticCode, f.value, f.previous, f.cell])])).toEqual([
      ['UBND huyện Hướng Hóa', false, [['B06', 21, 3, `E${rowOf(hh, 'B06')}`], ['C10', 1250, null, `E${rowOf(hh, 'C10')}`]]],
      ['UBND huyện Gio Linh', true, [['B06', 19, null, `E${rowOf(gl, 'B06')}`]]],
    ]);
    // The preview saves nothing.
    expect(await figuresOf('UBND huyện Gio Linh')).toEqual({});

    // An arrival day outside the period or after today is refused, and nothing is recorded.
    expect(await app.raw('forms.import', { planId, contentBase64: content, arrivalDate: '2022-07-02' })).toMatchObject({
      ok: false,
      error: { field: 'arrivalDate', message: 'Ngày đến 02/07/2022 sau ngày hôm nay (01/07/2022).' },
    });
    expect(await app.raw('forms.import', { planId, contentBase64: content, arrivalDate: '2021-12-01' })).toMatchObject({
      ok: false,
      error: { field: 'arrivalDate', message: 'Ngày đến 01/12/2021 trước ngày kỳ báo cáo bắt đầu (15/12/2021).' },
    });
    expect(await figuresOf('UBND huyện Hướng Hóa')).toEqual({ B06: 3, E01: 6 });

    const result = await app.call('forms.import', { planId, contentBase64: content, fileName: 'bieu-mau.xlsx', arrivalDate: '2022-06-14' });
    expect(result).toEqual({ periodId: h1.id, agencies: 2, figures: 3, reportsCreated: 1 });
    // Hướng Hóa: B06 replaced, C10 added, E01 (not filled in) kept.
    expect(await figuresOf('UBND huyện Hướng Hóa')).toEqual({ B06: 21, E01: 6, C10: 1250 });
    expect(await figuresOf('UBND huyện Gio Linh')).toEqual({ B06: 19 });
    const register = await app.call('reporting.register', { periodId: h1.id });
    const gioLinh = register.entries.find((e) => e.agency.id === agencyIds.get('UBND huyện Gio Linh'))!;
    expect(gioLinh.report).toMatchObject({ arrivalDate: '2022-06-14', channel: 'other', notes: 'Số liệu nhập từ biểu mẫu Excel bieu-mau.xlsx' });
    expect(gioLinh.status.state).toBe('on_time');
    const figures = await app.call('reporting.figures', { periodId: h1.id });
    expect(figures.rows.find((r) => r.statistic.code === 'B06')!.total).toBe(40);
  });

  it('names each bad cell by sheet, cell and why, and records nothing while any is bad', async () => {
    const wb = await exportForm();
    const hh = wb.getWorksheet('UBND huyện Hướng Hóa')!;
    const gl = wb.getWorksheet('UBND huyện Gio Linh')!;
    hh.getCell(`E${rowOf(hh, 'B06')}`).value = 21; // good
    hh.getCell(`E${rowOf(hh, 'E01')}`).value = 'khoảng 5'; // not a number
    gl.getCell(`E${rowOf(gl, 'B06')}`).value = -3; // negative
    const content = await base64(wb);
    const e01 = `E${rowOf(hh, 'E01')}`;
    const b06 = `E${rowOf(gl, 'B06')}`;

    const preview = await app.call('forms.preview', { planId, contentBase64: content });
    expect(preview.problems).toEqual([
      { sheet: 'UBND huyện Hướng Hóa', cell: e01, message: expect.stringMatching(/^"khoảng 5" không phải là một số \(E01\. /) },
      { sheet: 'UBND huyện Gio Linh', cell: b06, message: 'số liệu B06 không được là số âm.' },
    ]);
    const refused = await app.raw('forms.import', { planId, contentBase64: content });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'contentBase64' } });
    const message = (refused as { error: { message: string } }).error.message;
    expect(message).toContain('Chưa ghi nhận số liệu nào vì biểu mẫu có 2 lỗi');
    expect(message).toContain(`Trang "UBND huyện Hướng Hóa", ô ${e01}: "khoảng 5" không phải là một số`);
    expect(message).toContain(`Trang "UBND huyện Gio Linh", ô ${b06}: số liệu B06 không được là số âm.`);
    // Not even the good cell of Hướng Hóa was recorded.
    expect(await figuresOf('UBND huyện Hướng Hóa')).toEqual({});
    expect((await app.call('reporting.register', { periodId: h1.id })).period.summary.received).toBe(0);
  });

  it('refuses a workbook that is not the form, an old .xls and a broken file, in Vietnamese', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').getCell('A1').value = 'Số liệu';
    const notForm = await app.call('forms.preview', { planId, contentBase64: await base64(other) });
    expect(notForm.problems).toEqual([{ sheet: '', cell: '', message: expect.stringContaining('không phải biểu mẫu số liệu do ứng dụng xuất ra') }]);
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]).toString('base64');
    expect(await app.raw('forms.preview', { planId, contentBase64: xls })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Excel kiểu cũ (.xls)') },
    });
    const broken = Buffer.from('PK\u0003\u0004 not really a zip').toString('base64');
    expect(await app.raw('forms.preview', { planId, contentBase64: broken })).toMatchObject({
      ok: false,
      error: { message: 'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải .xlsx.' },
    });
  });

  it('an unfilled form is refused with what to do', async () => {
    const content = await base64(await exportForm());
    const preview = await app.call('forms.preview', { planId, contentBase64: content });
    expect(preview.problems).toEqual([{ sheet: '', cell: '', message: expect.stringContaining('chưa có số liệu nào') }]);
  });
});
