// Every list the clerk takes to Excel, read back with exceljs as Excel would read it: the title row
// naming the plan, Vietnamese headers, the header row frozen and filtered, dates as real dates shown
// dd/mm/yyyy, numbers as numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openTempApp, type TempApp } from '../helpers/temp-app';
import type { ReportingPeriodRow, TaskRow } from '../../shared/api/models';

let app: TempApp;
let planId: number;
let h1: ReportingPeriodRow;
let tasks: TaskRow[];
const agencyIds = new Map<string, number>();

async function open(kindInput: Parameters<TempApp['call']>[1] & object): Promise<{ fileName: string; ws: ExcelJS.Worksheet; wb: ExcelJS.Workbook }> {
  const file = await app.call('excel.export', kindInput as never);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  expect(file.mediaType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  return { fileName: file.fileName, ws: wb.worksheets[0]!, wb };
}

const rowValues = (ws: ExcelJS.Worksheet, row: number) => (ws.getRow(row).values as unknown[]).slice(1);

/** The header row is row 4, frozen (nothing above it scrolls away) and carries the filter buttons. */
function expectFrozenAndFiltered(ws: ExcelJS.Worksheet, lastColumn: string) {
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
  expect(ws.autoFilter).toBe(`A4:${lastColumn}4`);
}

beforeAll(async () => {
  app = await openTempApp({ today: '2022-07-01' });
  planId = (await app.call('plans.list', {}))[0]!.id;
  for (const a of await app.call('agencies.list', { planId })) agencyIds.set(a.shortName, a.id);
  h1 = (await app.call('reporting.periods', { planId })).find((p) => p.label === '6 tháng đầu năm 2022')!;
  tasks = await app.call('tasks.list', { planId });
  await app.call('reports.create', {
    periodId: h1.id,
    agencyId: agencyIds.get('UBND huyện Hướng Hóa')!,
    arrivalDate: '2022-06-10',
    docNumber: '215/BC-UBND',
    docDate: '2022-06-08',
    channel: 'e_office',
    figures: [
      { statisticCode: 'B06', value: 21 },
      { statisticCode: 'E01', value: 6 },
    ],
  });
  await app.call('reports.create', {
    periodId: h1.id,
    agencyId: agencyIds.get('UBND huyện Gio Linh')!,
    arrivalDate: '2022-06-16',
    channel: 'paper',
    figures: [{ statisticCode: 'B06', value: 19 }],
  });
}, 60_000);

afterAll(async () => app.cleanup());

describe('the board as filtered', () => {
  it('lists the tasks shown, in the order shown, with the filter named and a deadline as a date', async () => {
    const withDate = tasks.slice(2).filter((t) => t.deadlineKind === 'date').slice(0, 1);
    const shown = [tasks[1]!, tasks[0]!, ...withDate];
    const { fileName, ws } = await open({ kind: 'tasks', planId, taskIds: shown.map((t) => t.id), filterText: 'Chủ trì: Công an tỉnh' });
    expect(fileName).toBe('DS-nhiem-vu-2022.xlsx');
    expect(ws.name).toBe('Nhiệm vụ');
    expect(ws.getCell('A1').value).toBe('DANH SÁCH NHIỆM VỤ (3 nhiệm vụ)');
    expect(String(ws.getCell('A2').value)).toMatch(/^Kế hoạch: .*phòng, chống mại dâm.*\. Lọc: Chủ trì: Công an tỉnh$/i);
    expect(rowValues(ws, 4)).toEqual([
      'Mã', 'Nhóm', 'Nội dung nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời hạn', 'Hạn (ngày)', 'Tình trạng', 'Ngày hoàn thành', 'Sản phẩm', 'Ghi chú',
    ]);
    expectFrozenAndFiltered(ws, 'K');
    expect([5, 6, 7].map((r) => ws.getCell(`A${r}`).value)).toEqual(shown.map((t) => t.code));
    expect(ws.getCell('C5').value).toBe(tasks[1]!.content);
    expect(ws.getCell('A8').value).toBeNull();
    // A task with a date deadline: the cell is an Excel date of that day, shown dd/mm/yyyy.
    const deadline = ws.getCell('G7');
    expect(deadline.value).toBeInstanceOf(Date);
    expect((deadline.value as Date).toISOString().slice(0, 10)).toBe(withDate[0]!.deadline);
    expect(deadline.numFmt).toBe('dd/mm/yyyy');
    expect(ws.getColumn(3).width).toBe(60);
  });

  it('refuses a task of no plan instead of leaving a row out', async () => {
    const result = await app.raw('excel.export', { kind: 'tasks', planId, taskIds: [999_999] });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'taskIds' } });
  });
});

describe('the assignment matrix', () => {
  it('marks CT and PH per agency column and counts them per task as numbers', async () => {
    const lead = tasks.find((t) => t.lead.length === 1 && t.support.length >= 1)!;
    const { fileName, ws } = await open({ kind: 'matrix', planId, taskIds: [lead.id] });
    expect(fileName).toBe('Ma-tran-phan-cong-2022.xlsx');
    const header = rowValues(ws, 4) as string[];
    expect(header.slice(0, 2)).toEqual(['Mã', 'Nội dung nhiệm vụ']);
    expect(header.slice(-2)).toEqual(['Số chủ trì', 'Số phối hợp']);
    // One column per agency taking part in the task: its lead and its supporters.
    expect(header.length).toBe(2 + 1 + lead.support.length + 2);
    const row = rowValues(ws, 5);
    expect(row.filter((v) => v === 'CT')).toHaveLength(1);
    expect(row.filter((v) => v === 'PH')).toHaveLength(lead.support.length);
    expect(row.slice(-2)).toEqual([1, lead.support.length]);
    expectFrozenAndFiltered(ws, ws.getColumn(header.length).letter);
  });
});

describe("a period's register", () => {
  it('gives each agency owing the report its status, arrival date as a date and urgings as a number', async () => {
    const { fileName, ws } = await open({ kind: 'register', planId, periodId: h1.id });
    expect(fileName).toBe('So-bao-cao-6thang-2022.xlsx');
    expect(ws.getCell('A1').value).toBe('SỔ THEO DÕI BÁO CÁO: 6 THÁNG ĐẦU NĂM 2022');
    expect(String(ws.getCell('A2').value)).toContain('Tình hình tính đến ngày 01/07/2022.');
    expect(rowValues(ws, 4)).toEqual([
      'STT', 'Cơ quan, đơn vị', 'Tình trạng', 'Chi tiết', 'Ngày đến', 'Số văn bản', 'Ngày văn bản', 'Hình thức', 'Cần bổ sung', 'Số lần đôn đốc', 'Đôn đốc gần nhất', 'Ghi chú',
    ]);
    expectFrozenAndFiltered(ws, 'L');
    let huongHoa = 0;
    let gioLinh = 0;
    ws.eachRow((row, n) => {
      if (String(row.getCell(2).value).endsWith('huyện Hướng Hóa')) huongHoa = n;
      if (String(row.getCell(2).value).endsWith('huyện Gio Linh')) gioLinh = n;
    });
    expect(rowValues(ws, huongHoa).slice(0, 10)).toEqual([
      huongHoa - 4, expect.stringMatching(/huyện Hướng Hóa$/), 'Đúng hạn', 'Đúng hạn', new Date(Date.UTC(2022, 5, 10)), '215/BC-UBND', new Date(Date.UTC(2022, 5, 8)), 'Hệ thống quản lý văn bản điều hành', 'Không', 0,
    ]);
    expect(ws.getCell(`E${huongHoa}`).numFmt).toBe('dd/mm/yyyy');
    expect(rowValues(ws, gioLinh).slice(2, 5)).toEqual(['Gửi chậm', 'Chậm 1 ngày', new Date(Date.UTC(2022, 5, 16))]);
    expect(huongHoa).toBeGreaterThan(4);
    expect(ws.rowCount).toBe(4 + h1.summary.expected);
  });
});

describe("a period's figures", () => {
  it('puts statistics down and agencies across, each figure and the total a number', async () => {
    const { fileName, ws } = await open({ kind: 'figures', planId, periodId: h1.id });
    expect(fileName).toBe('So-lieu-6thang-2022.xlsx');
    expect(rowValues(ws, 4)).toEqual(['Mã', 'Chỉ số', 'Đơn vị tính', 'UBND huyện Hướng Hóa', 'UBND huyện Gio Linh', 'Tổng cộng']);
    expectFrozenAndFiltered(ws, 'F');
    // B06 from both districts: 21 + 19 = 40; E01 only from Hướng Hóa.
    expect(rowValues(ws, 5)).toEqual(['B06', expect.stringContaining('tuyên truyền'), 'xã', 21, 19, 40]);
    expect(rowValues(ws, 6)).toEqual(['E01', expect.any(String), expect.any(String), 6, undefined, 6]);
  });
});

describe('the targets with their progress', () => {
  it('lists every target with its value as a number and what the reports give', async () => {
    const targets = await app.call('targets.list', { planId });
    const { fileName, ws } = await open({ kind: 'targets', planId });
    expect(fileName).toBe('Chi-tieu-tien-do-2022.xlsx');
    expect(rowValues(ws, 4)).toEqual([
      'Mã', 'Nhóm', 'Chỉ tiêu', 'Mức chỉ tiêu', 'Giá trị chỉ tiêu', 'Đơn vị tính', 'Tử số', 'Mẫu số', 'Đạt được', '% so với chỉ tiêu', 'Đánh giá', 'Cơ quan thực hiện',
    ]);
    expectFrozenAndFiltered(ws, 'L');
    expect(ws.rowCount).toBe(4 + targets.length);
    const percent = targets.findIndex((t) => t.kind === 'percent' && t.value === 100);
    expect(ws.getCell(`A${5 + percent}`).value).toBe(targets[percent]!.code);
    expect(ws.getCell(`E${5 + percent}`).value).toBe(100);
    expect(ws.getCell(`D${5 + percent}`).value).toBe('100%');
  });
});
