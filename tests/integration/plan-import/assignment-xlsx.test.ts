// "Nhập bảng phân công từ Excel…" into the existing 2022 plan, through the real dispatch on a temporary
// data folder: workbooks made here with exceljs. The preview saves nothing; the import adds the new
// rows, their group and the unknown agency in one step, with history; a row repeating a task of the
// plan is not added; each bad cell is named (sheet, cell, why) and nothing is saved while any is.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openTempApp, type TempApp } from '../../helpers/temp-app';
import { quangTri2022 } from '../../../db/builtin/quang-tri-2022';

let app: TempApp;
let planId: number;
beforeEach(async () => {
  app = await openTempApp({ today: '2022-07-01' });
  planId = (await app.call('plans.list', {}))[0]!.id;
});
afterEach(async () => {
  await app.cleanup();
});

const HEADER = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành', 'Sản phẩm'];
const V21 = quangTri2022.tasks.find((t) => t.code === 'V.2.1')!.content;

/** A workbook as a clerk would type it: a title, the header on row 3, a group row, then the tasks. */
async function workbook(rows: (string | Date | null)[][], sheetName = 'Phân công'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.getCell('A1').value = 'BẢNG PHÂN CÔNG NHIỆM VỤ BỔ SUNG';
  ws.getRow(3).values = HEADER;
  rows.forEach((r, i) => {
    ws.getRow(4 + i).values = r.map((v) => v ?? undefined) as ExcelJS.CellValue[];
  });
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const GOOD: (string | Date | null)[][] = [
  ['I', 'Nhiệm vụ bổ sung 6 tháng cuối năm 2022'],
  ['1', 'Tổ chức hội thảo chuyên đề về phòng, chống mại dâm tại các khu du lịch', 'Sở Văn hóa, Thể thao và Du lịch', 'Công an tỉnh; Sở LĐ-TB&XH', new Date(Date.UTC(2022, 8, 30)), 'Báo cáo kết quả hội thảo'],
  ['2', 'Khảo sát nhu cầu học nghề của người bán dâm hoàn lương', 'Sở LĐ-TB&XH', 'Hội Liên hiệp Phụ nữ tỉnh; Trung tâm Công tác xã hội tỉnh', 'Quý III/2022', null],
  ['3', V21, 'Công an tỉnh', null, 'Thường xuyên', null],
];

function counts(): Record<'agencies' | 'plan_agencies' | 'task_groups' | 'tasks' | 'task_agencies' | 'audit_log', number> {
  const { sqlite } = app.core.database;
  const count = (t: string) => sqlite.prepare(`select count(*) from ${t}`).pluck().get() as number;
  return {
    agencies: count('agencies'),
    plan_agencies: count('plan_agencies'),
    task_groups: count('task_groups'),
    tasks: count('tasks'),
    task_agencies: count('task_agencies'),
    audit_log: count('audit_log'),
  };
}

describe('assignments.preview and assignments.import', () => {
  it('previews the rows to add, the row the plan has, the new agency and group, saving nothing; the import adds them in one step', async () => {
    const contentBase64 = await workbook(GOOD);
    const before = counts();
    const p = await app.call('assignments.preview', { planId, fileName: 'phan-cong.xlsx', contentBase64 });
    expect(counts()).toEqual(before);
    expect(p.problems).toEqual([]);
    expect(p.newGroups).toEqual([{ code: 'PL.1', title: 'Nhiệm vụ bổ sung 6 tháng cuối năm 2022' }]);
    expect(p.newAgencies).toEqual([{ code: 'MOI-TTCTXH', name: 'Trung tâm Công tác xã hội tỉnh', cells: ['D6'] }]);
    expect(p.rows.map((r) => [r.row, r.code, r.existing, r.lead, r.support, r.deadlineKind, r.deadline ?? null])).toEqual([
      [5, 'PL.1.1', null, ['SVHTTDL'], ['CAT', 'SLDTBXH'], 'date', '2022-09-30'],
      [6, 'PL.1.2', null, ['SLDTBXH'], ['HLHPN', 'MOI-TTCTXH'], 'date', '2022-09-30'],
      [7, 'V.2.1', 'V.2.1', ['CAT'], [], 'ongoing', null],
    ]);
    expect(p.rows[0]!.expectedOutput).toBe('Báo cáo kết quả hội thảo');
    expect(p.names['MOI-TTCTXH']).toBe('Trung tâm Công tác xã hội tỉnh');

    const r = await app.call('assignments.import', { planId, fileName: 'phan-cong.xlsx', contentBase64 });
    expect(r).toEqual({ added: 2, skipped: 1, groupsCreated: 1, agenciesCreated: 1 });
    const after = counts();
    expect(after.tasks - before.tasks).toBe(2);
    expect(after.task_groups - before.task_groups).toBe(1);
    expect(after.agencies - before.agencies).toBe(1);
    // Two task entries and one agency entry in the history.
    expect(after.audit_log - before.audit_log).toBe(3);
    const tasks = await app.call('tasks.list', { planId });
    const t1 = tasks.find((t) => t.code === 'PL.1.1')!;
    expect(t1.group.title).toBe('Nhiệm vụ bổ sung 6 tháng cuối năm 2022');
    expect(t1.lead.map((a) => a.shortName)).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(t1.support.map((a) => a.shortName).sort()).toEqual(['Công an tỉnh', 'Sở Lao động - Thương binh và Xã hội']);
    expect(t1.deadline).toBe('2022-09-30');
    expect(tasks.find((t) => t.code === 'PL.1.2')!.support.map((a) => a.shortName)).toContain('Trung tâm Công tác xã hội tỉnh');
    expect(tasks.filter((t) => t.content === V21)).toHaveLength(1);
  });

  it('names each bad cell (sheet, cell, why) and saves nothing while any is bad', async () => {
    const contentBase64 = await workbook(
      [
        ['1', 'Kiểm tra các cơ sở lưu trú', null, 'Công an tỉnh', '30/9/2022'],
        ['2', 'Tập huấn cho cán bộ cơ sở', 'Sở LĐ-TB&XH', null, '31/02/2022'],
        ['3', 'Rà soát các điểm phức tạp', 'Phòng họp số 3', null, 'sớm nhất có thể'],
      ],
      'Bổ sung',
    );
    const before = counts();
    const p = await app.call('assignments.preview', { planId, contentBase64 });
    expect(p.problems).toEqual([
      { sheet: 'Bổ sung', cell: 'C4', message: 'Cột “Chủ trì” trống: mỗi nhiệm vụ cần một cơ quan chủ trì.' },
      { sheet: 'Bổ sung', cell: 'E5', message: 'Không có ngày 31/02/2022.' },
      {
        sheet: 'Bổ sung',
        cell: 'C6',
        message: '“Phòng họp số 3” không phải tên một cơ quan, đơn vị đã biết: hãy ghi tên cơ quan (mỗi cơ quan cách nhau dấu chấm phẩy).',
      },
      {
        sheet: 'Bổ sung',
        cell: 'E6',
        message: 'Thời hạn “sớm nhất có thể” không đọc được: hãy ghi một ngày (dd/mm/yyyy), “Quý II/2022”, “Tháng 6/2022”, “6 tháng” hoặc “Thường xuyên”.',
      },
    ]);
    const r = await app.raw('assignments.import', { planId, contentBase64 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('Chưa nhập gì: tệp có 4 ô cần sửa, đầu tiên là trang “Bổ sung”, ô C4: Cột “Chủ trì” trống: mỗi nhiệm vụ cần một cơ quan chủ trì.');
    expect(counts()).toEqual(before);
  });

  it('a workbook without a header naming the content and the lead, and a file that is not .xlsx, are refused', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Trang 1').getRow(1).values = ['Họ tên', 'Điện thoại'];
    const p = await app.call('assignments.preview', { planId, contentBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') });
    expect(p.problems).toEqual([
      { sheet: 'Trang 1', cell: '', message: 'Không thấy bảng phân công: cần một dòng tiêu đề có cột “Nội dung” (hoặc “Nhiệm vụ”) và cột “Chủ trì”.' },
    ]);
    const before = counts();
    const r = await app.raw('assignments.import', { planId, contentBase64: Buffer.from('không phải Excel').toString('base64') });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('Tệp không phải bảng tính Excel (.xlsx).');
    expect(counts()).toEqual(before);
  });

  it('a workbook whose rows the plan has already adds nothing', async () => {
    const contentBase64 = await workbook([['1', V21, 'Công an tỉnh', null, null]]);
    const r = await app.raw('assignments.import', { planId, contentBase64 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('Chưa nhập gì: mọi dòng của bảng phân công đều đã có trong kế hoạch.');
  });
});
