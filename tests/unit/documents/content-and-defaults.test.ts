// What goes into the documents, from plain data: file names that say what the document is, the
// assignment table's numbering and filters, target results, the statistics appendix, and the
// defaults derived from a plan (signer, header lines, Nơi nhận).
import { describe, expect, it } from 'vitest';
import {
  asciiSlug,
  assignmentRows,
  roleCells,
  complianceAppendix,
  deadlineCell,
  documentDate,
  FILE_NAMES,
  filterNote,
  planFileStem,
  selectTasks,
  sourceNote,
  statisticsAppendix,
  targetLine,
} from '../../../shared/documents/content';
import { defaultDocumentSettings, headerLines, planSigner, splitRecipients, upwardRecipients } from '../../../shared/documents/defaults';
import type { PlanDetail, TargetRow, TaskRow } from '../../../shared/api/models';
import type { StatisticDef } from '../../../shared/domain/statistics';
import { taskRow } from '../../helpers/task-row';

const group = (id: number, title: string) => ({ id, code: `G${id}`, title });
function task(id: number, g: ReturnType<typeof group>, over: Partial<TaskRow> = {}): TaskRow {
  return taskRow({ id, code: `${g.code}.${id}`, group: g, content: `Nhiệm vụ ${id}`, ...over });
}
const police = { id: 7, shortName: 'Công an tỉnh', kind: 'police' as const };
const health = { id: 8, shortName: 'Sở Y tế', kind: 'provincial_department' as const };

describe('file names', () => {
  it('say what the document is', () => {
    expect(FILE_NAMES.report({ periodType: 'six_month', index: 1, year: 2022 })).toBe('BC-6thang-2022.docx');
    expect(FILE_NAMES.report({ periodType: 'annual', index: 1, year: 2022 })).toBe('BC-nam-2022.docx');
    expect(FILE_NAMES.urging({ periodType: 'quarter', index: 3, year: 2023 })).toBe('CV-don-doc-quy3-2023.docx');
    expect(FILE_NAMES.assignment(2022, [])).toBe('Bang-phan-cong-nhiem-vu-2022.docx');
    expect(FILE_NAMES.assignment(2022, [asciiSlug('UBND huyện Đakrông'), 'qua-han'])).toBe('Bang-phan-cong-nhiem-vu-2022-UBND-huyen-Dakrong-qua-han.docx');
    expect(FILE_NAMES.plan('Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022', 2022)).toBe('KH-PCMD-2022.docx');
    expect(planFileStem('Phòng, chống ma túy năm 2024', 2024)).toBe('KH-PCMT-2024');
    expect(planFileStem('', 2024)).toBe('KH-2024');
  });
});

describe('assignment table rows', () => {
  const g1 = group(1, 'Công tác tuyên truyền');
  const g2 = group(2, 'Công tác kiểm tra');
  const g3 = group(3, 'Nhóm không có nhiệm vụ được chọn');
  const tasks = [
    task(1, g1, { lead: [police], support: [health], deadlineText: 'trong năm 2022', expectedOutput: 'báo cáo kết quả' }),
    task(2, g2, { lead: [health], status: 'open_overdue', deadlineKind: 'date', deadline: '2022-06-30' }),
    task(3, g2, { lead: [health, police] }),
  ];

  it('number groups and tasks with the plan’s own codes, not renumbered; skip empty groups; dates dd/mm/yyyy', () => {
    expect(assignmentRows([g1, g3, g2], tasks)).toEqual([
      { stt: 'G1', group: 'Công tác tuyên truyền' },
      { stt: 'G1.1', code: 'G1.1', content: 'Nhiệm vụ 1', lead: 'Công an tỉnh', support: 'Sở Y tế', deadline: 'Trong năm 2022', expectedOutput: 'Báo cáo kết quả' },
      { stt: 'G2', group: 'Công tác kiểm tra' },
      { stt: 'G2.2', code: 'G2.2', content: 'Nhiệm vụ 2', lead: 'Sở Y tế', support: '', deadline: 'Trước ngày 30/06/2022', expectedOutput: '' },
      { stt: 'G2.3', code: 'G2.3', content: 'Nhiệm vụ 3', lead: 'Sở Y tế; Công an tỉnh', support: '', deadline: 'Thường xuyên', expectedOutput: '' },
    ]);
  });

  it('name the agencies of the duties that carry a task "theo mục V", and the shared responsibility where none does', () => {
    const districts = [1, 2, 3].map((id) => ({ id: 100 + id, shortName: `UBND huyện ${id}`, kind: 'district_pc' as const }));
    const carried = task(4, g2, {
      carriedBy: [{ taskId: 50, code: 'V.2.1', role: 'lead' }, { taskId: 51, code: 'V.13.3', role: 'support' }],
      linkedLead: [police],
      linkedSupport: [...districts, health],
    });
    expect(roleCells(carried, 3)).toEqual({ lead: 'Công an tỉnh (theo mục V)', support: 'UBND các huyện, thị xã, thành phố; Sở Y tế (theo mục V)' });
    // Not every district: each by name.
    expect(roleCells(carried, 4).support).toBe('UBND huyện 1; UBND huyện 2; UBND huyện 3; Sở Y tế (theo mục V)');
    expect(roleCells(task(5, g2, { sharedResponsibility: 'Chung: thành viên BCĐ 138, UBND cấp huyện' }), 3)).toEqual({
      lead: 'Chung: thành viên BCĐ 138, UBND cấp huyện',
      support: '',
    });
    // The filter follows the links.
    expect(selectTasks([carried], { agencyId: 7 }).map((t) => t.id)).toEqual([4]);
    expect(selectTasks([carried], { agencyId: 101 }).map((t) => t.id)).toEqual([4]);
  });

  it('filter by agency (lead or support), group, and overdue', () => {
    expect(selectTasks(tasks, { agencyId: 8 }).map((t) => t.id)).toEqual([1, 2, 3]);
    expect(selectTasks(tasks, { agencyId: 7, groupId: 2 }).map((t) => t.id)).toEqual([3]);
    expect(selectTasks(tasks, { overdueOnly: true }).map((t) => t.id)).toEqual([2]);
    expect(filterNote({ agencyId: 7, overdueOnly: true }, { agency: 'Công an tỉnh' }, '2022-07-01')).toBe(
      '(Nhiệm vụ Công an tỉnh chủ trì hoặc phối hợp; nhiệm vụ chưa hoàn thành, quá hạn tính đến ngày 01/07/2022)',
    );
    expect(filterNote({}, {}, '2022-07-01')).toBe('');
  });

  it('print the deadline as the plan words it', () => {
    expect(deadlineCell(task(9, g1, { deadlineKind: 'period', periodType: 'six_month' }))).toBe('Định kỳ 6 tháng');
  });
});

describe('dates of a draft', () => {
  it('leave the day blank and fill month and year from today, unless the signing date is given', () => {
    expect(documentDate(null, '2022-07-01')).toEqual({ day: null, month: 7, year: 2022 });
    expect(documentDate('2022-07-05', '2022-07-01')).toEqual({ day: 5, month: 7, year: 2022 });
  });
});

describe('targets and figures', () => {
  const target = (over: Partial<TargetRow>): TargetRow => ({
    id: 1, code: 'II.2.1', group: '', wording: 'Chỉ tiêu', kind: 'percent', comparator: 'exactly', value: 100, unit: '%',
    denominator: 125, denominatorText: null, statistic: 'B06', denominatorStatistic: null, denominatorUnits: null, note: null, agencies: [], ...over,
  });
  const progress = (achieved: number | null, numerator: number | null, denominator: number | null, percentOfTarget: number | null) => ({
    targetId: 1, numeratorStatistic: 'B06', denominatorStatistic: null,
    periods: [{ periodId: 5, periodLabel: 'x', contributions: [], leftOut: [], progress: { state: achieved === null ? ('no_figures' as const) : ('measured' as const), numerator, denominator, achieved, percentOfTarget, met: null } }],
    toDate: { progress: { state: 'no_figures' as const, numerator: null, denominator: null, achieved: null, percentOfTarget: null, met: null }, contributions: [] },
  });

  it('write the result and the percentage of the plan, or leave them blank for the clerk', () => {
    expect(targetLine(target({}), progress(92, 115, 125, 92), 5)).toMatchObject({ target: '100%', achieved: '92% (115/125)', percent: '92%', measured: true });
    expect(targetLine(target({ kind: 'count', value: 50, unit: 'lượt người', denominator: null }), progress(32.5, 32.5, null, 65), 5)).toMatchObject({
      target: '50 lượt người',
      achieved: '32,5 lượt người',
      percent: '65%',
    });
    expect(targetLine(target({}), progress(null, null, null, null), 5)).toMatchObject({ achieved: '', percent: '', measured: false });
    expect(targetLine(target({}), progress(92, 115, 125, 92), 6)).toMatchObject({ achieved: '' });
  });

  const catalogue: StatisticDef[] = [
    { code: 'B06', label: 'Số xã tuyên truyền', unit: 'xã', kind: 'flow', group: 'B', partOf: null },
    { code: 'C03', label: 'Số cơ sở được kiểm tra', unit: 'cơ sở', kind: 'flow', group: 'C', partOf: null },
    { code: 'E01', label: 'Số lượt tiếp cận', unit: 'lượt người', kind: 'flow', group: 'E', partOf: null },
  ];

  it('the statistics appendix splits totals between provincial agencies and districts, with last year when known', () => {
    const now = [
      { agencyKind: 'district_pc', statisticCode: 'B06', value: 100 },
      { agencyKind: 'district_pc', statisticCode: 'B06', value: 15 },
      { agencyKind: 'police', statisticCode: 'C03', value: 12 },
    ];
    expect(statisticsAppendix(catalogue, now, null)).toMatchObject({
      columns: ['Đơn vị tính', 'Tổng số', 'Các sở, ban, ngành', 'UBND cấp huyện'],
      rows: [
        // "—" where no agency of that level reported: not a zero.
        { label: 'Số xã tuyên truyền', values: ['xã', '115', '—', '115'] },
        { label: 'Số cơ sở được kiểm tra', values: ['cơ sở', '12', '12', '—'] },
      ],
    });
    const before = [{ agencyKind: 'district_pc', statisticCode: 'B06', value: 100 }];
    const withPrevious = statisticsAppendix(catalogue, now, before);
    expect(withPrevious.columns.slice(-2)).toEqual(['Cùng kỳ năm trước', 'Tăng/giảm (%)']);
    expect(withPrevious.rows[0]!.values.slice(-2)).toEqual(['100', '+15']);
    expect(withPrevious.rows[1]!.values.slice(-2)).toEqual(['', '']);
  });

  it('the statistics appendix shows, bracketed, what the districts reported of a statistic whose total is its source agency’s, and its note says why', () => {
    const cases = { code: 'D01', label: 'Số vụ phát hiện', unit: 'vụ', kind: 'flow' as const, group: 'D', partOf: null };
    const cat = [...catalogue, cases];
    // The Công an (source of D01) reported 4 cases; Đông Hà 2 and Vĩnh Linh 1 of their own; B06 from two districts.
    const all = [
      { agencyId: 7, agencyKind: 'police', statisticCode: 'D01', value: 4 },
      { agencyId: 21, agencyKind: 'district_pc', statisticCode: 'D01', value: 2 },
      { agencyId: 22, agencyKind: 'district_pc', statisticCode: 'D01', value: 1 },
      { agencyId: 21, agencyKind: 'district_pc', statisticCode: 'B06', value: 12 },
      { agencyId: 22, agencyKind: 'district_pc', statisticCode: 'B06', value: 14 },
    ];
    const counted = [all[0]!, all[3]!, all[4]!];
    const table = statisticsAppendix(cat, counted, null, all);
    // Total 4 (the Công an's), not 7; the districts' 2 + 1 shown as "(3)": reported, not added; B06, counted, plain.
    expect(table.rows.map((r) => [r.label, ...r.values])).toEqual([
      ['Số xã tuyên truyền', 'xã', '26', '—', '26'],
      ['Số vụ phát hiện', 'vụ', '4', '4', '(3)'],
    ]);
    // Without the reported figures (or with nothing left out) nothing is bracketed.
    expect(statisticsAppendix(cat, counted, null).rows[1]!.values).toEqual(['vụ', '4', '4', '—']);
    const names: Record<number, string> = { 7: 'Công an tỉnh', 21: 'UBND thành phố Đông Hà', 22: 'UBND huyện Vĩnh Linh' };
    expect(sourceNote(cat, all, counted, (id) => names[id]!)).toBe(
      'Ghi chú: Số trong ngoặc đơn ở cột "UBND cấp huyện" là số liệu UBND cấp huyện đã báo cáo, không cộng vào cột "Tổng số". ' +
        'Để không tính trùng, số vụ phát hiện tính theo số liệu của Công an tỉnh, không cộng số liệu của UBND thành phố Đông Hà (2 vụ), UBND huyện Vĩnh Linh (1 vụ).',
    );
    // A provincial agency's figure left out (the Tòa án's prosecutions): named, but no bracket to explain.
    const prosecutions = { code: 'D05', label: 'Số vụ truy tố', unit: 'vụ', kind: 'flow' as const, group: 'D', partOf: null };
    const d05 = [
      { agencyId: 9, agencyKind: 'procuracy', statisticCode: 'D05', value: 1 },
      { agencyId: 10, agencyKind: 'court', statisticCode: 'D05', value: 3 },
    ];
    expect(statisticsAppendix([prosecutions], [d05[0]!], null, d05).rows[0]!.values).toEqual(['vụ', '1', '1', '—']);
    expect(sourceNote([prosecutions], d05, [d05[0]!], (id) => (id === 9 ? 'Viện Kiểm sát nhân dân tỉnh' : 'Tòa án nhân dân tỉnh'))).toBe(
      'Ghi chú: Để không tính trùng, số vụ truy tố tính theo số liệu của Viện Kiểm sát nhân dân tỉnh, không cộng số liệu của Tòa án nhân dân tỉnh (3 vụ).',
    );
  });

  it('the compliance appendix puts not-yet-due agencies with those not sent, an unreadable day apart, and exempt ones apart with their reason', () => {
    const entry = (name: string, state: string, daysLate = 0, exemptReason: string | null = null) =>
      ({ agency: { shortName: name }, exempt: state === 'exempt', exemptReason, status: { state, daysLate, daysOverdue: 0, daysLeft: 0 } }) as never;
    const register = {
      entries: [entry('A', 'on_time'), entry('B', 'late', 3), entry('C', 'missing'), entry('D', 'pending'), entry('E', 'exempt', 0, 'Sáp nhập'), entry('F', 'exempt'), entry('G', 'unreadable')],
    } as never;
    expect(complianceAppendix(register)).toEqual({
      onTime: ['A'],
      late: [{ name: 'B', days: 3 }],
      unreadable: ['G'],
      missing: ['C', 'D'],
      exempt: [{ name: 'E', reason: 'Sáp nhập' }, { name: 'F', reason: '' }],
    });
  });
});

describe('defaults derived from a plan', () => {
  const plan: PlanDetail = {
    id: 1, key: null, title: 'Phòng, chống ma túy năm 2024', year: 2024, symbol: 'KH-UBND', number: '12', issuedDate: '2024-02-05',
    issuer: 'Ủy ban nhân dân huyện Cam Lộ', issuedDateText: '', parentProgramme: '', placeName: 'Cam Lộ',
    standingAgency: { id: 3, name: 'Công an huyện' }, signerAuthority: 'TM. ỦY BAN NHÂN DÂN', signerPosition: 'CHỦ TỊCH',
    signerName: 'Nguyễn Văn A', recipients: ['UBND tỉnh (b/c);', 'Lưu: VT, VX.'],
    locality: null, parentBodyLine: '', issuingBodyLines: [], legalBases: [], yearFrom: 2024, yearTo: 2024,
  };

  it('read a prefixed signer, split the Lưu line off Nơi nhận, and use the standing agency for reports', () => {
    expect(planSigner(plan)).toEqual({ signerAuthority: 'TM.', signerAuthorityOf: 'ỦY BAN NHÂN DÂN', signerPosition: 'CHỦ TỊCH', signerOtherPosition: '', signerName: 'Nguyễn Văn A' });
    expect(splitRecipients(plan.recipients)).toEqual({ recipients: ['UBND tỉnh (b/c)'], archiveLine: 'Lưu: VT, VX.' });
    const s = defaultDocumentSettings(plan, { name: 'Công an huyện Cam Lộ', shortName: 'Công an huyện Cam Lộ', abbreviation: 'CAH', kind: 'police' });
    expect(s.planSymbol).toBe('KH-UBND');
    expect(s.reportSymbol).toBe('BC-CAH');
    expect(s.standing).toMatchObject({ issuingBody: ['CÔNG AN HUYỆN'], signerAuthority: 'KT.', signerName: '' });
    // A People's Committee heads its own header: no parent line, its full name.
    expect(s.planIssuer).toMatchObject({ parentAgencyLine: '', issuingBody: ['ỦY BAN NHÂN DÂN HUYỆN CAM LỘ'] });
  });

  it('take the report’s Kính gửi from the upward duties’ recipients, each once, a bare UBND tỉnh named with the province', () => {
    const duties = [
      { upward: false, recipientText: '' },
      { upward: true, recipientText: 'Ủy ban nhân dân tỉnh; Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm.' },
      { upward: true, recipientText: 'Uỷ ban nhân dân tỉnh\nBộ Lao động - Thương binh và Xã hội' },
    ];
    const to = upwardRecipients(duties);
    expect(to).toEqual(['Ủy ban nhân dân tỉnh', 'Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm', 'Bộ Lao động - Thương binh và Xã hội']);
    const standing = { name: 'Sở Y tế', shortName: 'Sở Y tế', abbreviation: 'SYT', kind: 'provincial_department' as const };
    expect(defaultDocumentSettings({ ...plan, placeName: 'Quảng Trị' }, standing, to).reportAddressees[0]).toBe('Ủy ban nhân dân tỉnh Quảng Trị');
    expect(defaultDocumentSettings({ ...plan, placeName: 'Quảng Trị' }, standing, to).reportAddressees.slice(1)).toEqual(to.slice(1));
    expect(upwardRecipients(duties.slice(0, 1))).toEqual([]);
  });

  it('build the report’s Nơi nhận from the plan’s own: the Ministry, the issuer, the bodies carrying it out; none in Kính gửi repeated', () => {
    const bcd: PlanDetail = {
      ...plan,
      issuer: 'Ban Chỉ đạo 138 tỉnh Quảng Trị',
      placeName: 'Quảng Trị',
      recipients: [
        'Bộ LĐ-TB&XH (b/c);',
        'TT Tỉnh ủy, TT HĐND tỉnh (b/c);',
        'Cục PCTNXH (Bộ LĐTB&XH);',
        'UBMTTQ Việt Nam tỉnh;',
        'Các thành viên BCĐ 138 tỉnh;',
        'UBND các huyện, thị xã, thành phố;',
        'CVP, PVP;',
        'Lưu: VT, NC.',
      ],
    };
    const sld = { name: 'Sở Lao động - Thương binh và Xã hội', shortName: 'Sở Lao động - Thương binh và Xã hội', abbreviation: 'SLĐTBXH', kind: 'provincial_department' };
    const s = defaultDocumentSettings(bcd, sld, ['Ủy ban nhân dân tỉnh', 'Ủy ban quốc gia phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm']);
    expect(s.reportRecipients).toEqual([
      'Bộ LĐ-TB&XH (b/c)',
      'Cục PCTNXH (Bộ LĐTB&XH)',
      'Ban Chỉ đạo 138 tỉnh (b/c)',
      'Các thành viên BCĐ 138 tỉnh',
      'UBND các huyện, thị xã, thành phố',
    ]);
    // The urging letter: the People's Committee the Sở reports to, the committee, the Sở's leaders.
    expect(s.letterRecipients).toEqual(['UBND tỉnh (b/c)', 'Ban Chỉ đạo 138 tỉnh (b/c)', 'Giám đốc, các Phó Giám đốc Sở']);
    // The Ministry in Kính gửi, under another spelling, is not in Nơi nhận again.
    const toMinistry = defaultDocumentSettings(bcd, sld, ['Ủy ban nhân dân tỉnh', 'Bộ Lao động - Thương binh và Xã hội']);
    expect(toMinistry.reportRecipients.slice(0, 2)).toEqual(['Cục PCTNXH (Bộ LĐTB&XH)', 'Ban Chỉ đạo 138 tỉnh (b/c)']);
    // A plan that names no executing bodies: one line for them.
    const bare = defaultDocumentSettings({ ...bcd, recipients: ['Lưu: VT.'] }, sld, []);
    expect(bare.reportAddressees).toEqual(['Ủy ban nhân dân tỉnh Quảng Trị', 'Ban Chỉ đạo 138 tỉnh Quảng Trị']);
    expect(bare.reportRecipients).toEqual(['Các cơ quan, đơn vị thực hiện Kế hoạch']);
    expect(bare.letterRecipients).toEqual(['Ban Chỉ đạo 138 tỉnh (b/c)', 'Giám đốc, các Phó Giám đốc Sở']);
  });

  it('break a long agency name before its last "VÀ", never after a dash', () => {
    expect(headerLines('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI')).toEqual(['SỞ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI']);
    expect(headerLines('SỞ Y TẾ')).toEqual(['SỞ Y TẾ']);
  });
});
