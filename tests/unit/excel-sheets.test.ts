// Small rules of the Excel exports: a tab name Excel accepts, the filter in words for the title row,
// file names beside the Word ones.
import { describe, expect, it } from 'vitest';
import { sheetName, XLSX_FILE_NAMES } from '../../shared/excel/sheets';
import { describeTaskFilter } from '../../shared/domain/task-filter';

describe('tab names', () => {
  it('drops the characters Excel refuses, keeps 31 characters and never repeats a name', () => {
    const taken = new Set<string>();
    expect(sheetName('Sở Lao động - Thương binh và Xã hội', taken)).toBe('Sở Lao động - Thương binh và Xã');
    expect(sheetName('Sở Lao động - Thương binh và Xã hội', taken)).toBe('Sở Lao động - Thương binh v (2)');
    expect(sheetName('BĐBP tỉnh [QT]: a/b?', taken)).toBe('BĐBP tỉnh -QT-- a-b-');
    expect(sheetName('UBND huyện Gio Linh', taken)).toBe('UBND huyện Gio Linh');
    expect(sheetName('ubnd HUYỆN gio linh', taken)).toBe('ubnd HUYỆN gio linh (2)');
    expect(sheetName('   ', taken)).toBe('Trang');
  });
});

describe('the filter in words', () => {
  const names = { agency: (id: number) => (id === 7 ? 'Công an tỉnh' : undefined), group: (id: number) => (id === 3 ? 'III.1' : undefined) };

  it('says nothing when nothing is filtered', () => {
    expect(describeTaskFilter({ role: 'either', statuses: [], query: '  ' }, names)).toBeNull();
  });

  it('names the agency with its role, the group, the statuses, the deadline range and the search', () => {
    expect(
      describeTaskFilter(
        { agencyId: 7, role: 'lead', groupId: 3, statuses: ['open_overdue', 'due_soon'], deadlineFrom: '2022-06-01', deadlineTo: '2022-06-30', query: 'kiem tra' },
        names,
      ),
    ).toBe('Công an tỉnh (chủ trì); nhóm III.1; Chưa hoàn thành, quá hạn, Sắp đến hạn; thời hạn từ 01/06/2022 đến 30/06/2022; tìm "kiem tra"');
    expect(describeTaskFilter({ agencyId: 7, role: 'either' }, names)).toBe('Công an tỉnh');
  });
});

describe('file names', () => {
  it('follow the Word ones: what, period, year', () => {
    const h1 = { periodType: 'six_month' as const, index: 1, year: 2022, adHoc: false, label: '6 tháng đầu năm 2022' };
    expect(XLSX_FILE_NAMES.register(h1)).toBe('So-bao-cao-6thang-2022.xlsx');
    expect(XLSX_FILE_NAMES.figures({ ...h1, periodType: 'annual' })).toBe('So-lieu-nam-2022.xlsx');
    expect(XLSX_FILE_NAMES.form({ ...h1, periodType: 'ad_hoc', adHoc: true, label: 'Báo cáo kết quả kiểm tra' })).toBe('Bieu-mau-so-lieu-Bao-cao-ket-qua-kiem-tra-2022.xlsx');
    expect(XLSX_FILE_NAMES.tasks(2022)).toBe('DS-nhiem-vu-2022.xlsx');
  });
});
