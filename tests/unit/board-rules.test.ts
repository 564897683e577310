import { describe, expect, it } from 'vitest';
import { checkProgress, checkTaskDraft, normaliseTaskDraft, type TaskDraft } from '../../shared/domain/task-rules';
import { agencyCodeFrom, agencyDeleteBlockedReason } from '../../shared/domain/agency-rules';
import { copiedDeadline, moveYearInText, suggestCopyTitle } from '../../shared/domain/plan-copy';
import { formatAuditValue, toAuditLines, TASK_AUDIT_FIELDS } from '../../shared/domain/audit-format';

const draft = (d: Partial<TaskDraft> = {}): TaskDraft =>
  normaliseTaskDraft({
    groupId: 1,
    content: 'Tuyên truyền',
    leadIds: [2],
    supportIds: [],
    deadlineKind: 'date',
    deadline: '2022-09-30',
    periodType: null,
    deadlineText: null,
    expectedOutput: null,
    completionDate: null,
    note: null,
    ...d,
  });

const ctx = {
  today: '2022-07-01',
  groupIds: new Set([1]),
  planAgencies: new Map([
    [2, { id: 2, shortName: 'Công an tỉnh', active: true }],
    [3, { id: 3, shortName: 'Sở Y tế', active: true }],
    [9, { id: 9, shortName: 'Ban cũ', active: false }],
  ]),
};

describe('task rules', () => {
  it('accepts a well-formed task', () => {
    expect(checkTaskDraft(draft(), ctx)).toBeNull();
  });
  it('keeps only the deadline fields of the deadline kind, trims texts, drops duplicates', () => {
    const d = draft({ deadlineKind: 'ongoing', periodType: 'annual', deadlineText: '  ', leadIds: [2, 2], content: '  A  ' });
    expect(d).toMatchObject({ deadline: null, periodType: null, deadlineText: null, leadIds: [2], content: 'A' });
  });
  it('names the field at fault, in Vietnamese', () => {
    expect(checkTaskDraft(draft({ content: ' ' }), ctx)).toEqual({ field: 'content', message: 'Nội dung: chưa được nhập.' });
    expect(checkTaskDraft(draft({ deadline: null }), ctx)?.field).toBe('deadline');
    expect(checkTaskDraft(draft({ deadlineKind: 'period', periodType: null }), ctx)?.field).toBe('periodType');
    expect(checkTaskDraft(draft({ groupId: 7 }), ctx)?.field).toBe('groupId');
  });
  it('a completion date may be today, never after', () => {
    expect(checkTaskDraft(draft({ completionDate: '2022-07-01' }), ctx)).toBeNull();
    expect(checkTaskDraft(draft({ completionDate: '2022-07-02' }), ctx)).toEqual({
      field: 'completionDate',
      message: 'Ngày hoàn thành: không được sau ngày hôm nay (01/07/2022).',
    });
  });
  it('an agency cannot both lead and support; agencies must take part in the plan', () => {
    expect(checkTaskDraft(draft({ supportIds: [2] }), ctx)).toEqual({
      field: 'supportIds',
      message: 'Cơ quan phối hợp: Công an tỉnh đã là cơ quan chủ trì của nhiệm vụ này.',
    });
    expect(checkTaskDraft(draft({ supportIds: [44] }), ctx)?.field).toBe('supportIds');
  });
  it('a deactivated agency gets no new task, but keeps the ones it had', () => {
    expect(checkTaskDraft(draft({ leadIds: [9] }), ctx)?.message).toBe('Cơ quan chủ trì: Ban cũ đã ngừng hoạt động, không giao thêm nhiệm vụ.');
    expect(checkTaskDraft(draft({ leadIds: [9] }), { ...ctx, previousAgencyIds: new Set([9]) })).toBeNull();
  });
  it('progress: a real day not after today, and some text', () => {
    expect(checkProgress({ date: '2022-07-01', text: 'Đã làm' }, '2022-07-01')).toBeNull();
    expect(checkProgress({ date: '2022-07-02', text: 'Đã làm' }, '2022-07-01')?.field).toBe('date');
    expect(checkProgress({ date: '2022-07-01', text: '  ' }, '2022-07-01')?.field).toBe('text');
  });
});

describe('agency rules', () => {
  const none = { plans: 1, tasksLed: 0, tasksSupported: 0, targets: 0, reportingDuties: 0, expectedReports: 0, receivedReports: 0, progressReports: 0, standingAgencyOf: 0 };
  it('an unused agency can be deleted', () => {
    expect(agencyDeleteBlockedReason(none)).toBeNull();
  });
  it('an agency with tasks or reports cannot, and the reason says what it carries', () => {
    const reason = agencyDeleteBlockedReason({ ...none, tasksLed: 5, receivedReports: 2 });
    expect(reason).toContain('chủ trì 5 nhiệm vụ');
    expect(reason).toContain('đã gửi 2 báo cáo');
    expect(reason).toContain('Ngừng hoạt động');
  });
  it('codes are ASCII from the abbreviation', () => {
    expect(agencyCodeFrom('SLĐTBXH')).toBe('SLDTBXH');
    expect(agencyCodeFrom('Sở Nội vụ')).toBe('SO-NOI-VU');
  });
});

describe('copying a plan to another year', () => {
  it('moves the year in a text only when it is the only year named', () => {
    expect(moveYearInText('trong năm 2022', 2022, 2023)).toBe('trong năm 2023');
    expect(moveYearInText('giai đoạn 2022 - 2025', 2022, 2023)).toBe('giai đoạn 2022 - 2025');
    expect(moveYearInText('Quảng Trị, ngày   tháng   năm 2022', 2022, 2023)).toBe('Quảng Trị, ngày   tháng   năm 2023');
    expect(moveYearInText('quý IV', 2022, 2023)).toBe('quý IV');
    expect(suggestCopyTitle('Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2022', 2022, 2023)).toBe(
      'Phòng, chống mại dâm trên địa bàn tỉnh Quảng Trị năm 2023',
    );
  });
  it('moves deadlines by the years between the plans; 29/02 becomes 28/02', () => {
    expect(copiedDeadline('2022-12-31', 2022, 2023)).toEqual({ date: '2023-12-31', kept: false });
    expect(copiedDeadline('2024-02-29', 2024, 2025)).toEqual({ date: '2025-02-28', kept: false });
    expect(copiedDeadline('2023-03-31', 2022, 2023)).toEqual({ date: '2024-03-31', kept: false });
    expect(copiedDeadline(null, 2022, 2023)).toEqual({ date: null, kept: false });
  });
  it('keeps a programme deadline that already lies at or after the end of the new year', () => {
    expect(copiedDeadline('2025-12-31', 2022, 2023)).toEqual({ date: '2025-12-31', kept: true });
    expect(copiedDeadline('2023-12-31', 2022, 2023)).toEqual({ date: '2023-12-31', kept: true });
  });
});

describe('audit trail wording', () => {
  it('dates read dd/mm/yyyy, kinds by their labels', () => {
    expect(formatAuditValue('deadline', '2022-06-15')).toBe('15/06/2022');
    expect(formatAuditValue('deadlineKind', 'ongoing')).toBe('Thường xuyên');
    expect(formatAuditValue('active', 'false')).toBe('Ngừng hoạt động');
    expect(formatAuditValue('content', '')).toBeNull();
  });
  it('lines name the field in Vietnamese', () => {
    const [line] = toAuditLines(
      [{ id: 1, at: '2022-07-01T02:00:00.000Z', actor: 'Lan', action: 'update', field: 'completionDate', oldValue: null, newValue: '2022-06-30' }],
      TASK_AUDIT_FIELDS,
    );
    expect(line).toMatchObject({ fieldLabel: 'Ngày hoàn thành', oldValue: null, newValue: '30/06/2022', actor: 'Lan' });
  });
});
