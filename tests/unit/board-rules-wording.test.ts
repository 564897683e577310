// What the clerk reads when an agency cannot be deleted, when a plan is copied to the next year, and
// in the history of a task or an agency: every part of each sentence, written out by hand.
import { describe, expect, it } from 'vitest';
import { agencyCodeFrom, agencyDeleteBlockedReason } from '../../shared/domain/agency-rules';
import { copiedDeadline, moveYearInText, notCopiedNotes } from '../../shared/domain/plan-copy';
import { AGENCY_AUDIT_FIELDS, formatAuditValue, formatTimestampVi, toAuditLines } from '../../shared/domain/audit-format';

describe('why an agency cannot be deleted', () => {
  const none = { plans: 1, tasksLed: 0, tasksSupported: 0, targets: 0, reportingDuties: 0, expectedReports: 0, receivedReports: 0, progressReports: 0, standingAgencyOf: 0 };

  it('names everything it carries, in this order, then says to deactivate it instead', () => {
    const all = { plans: 2, tasksLed: 1, tasksSupported: 2, targets: 3, reportingDuties: 4, expectedReports: 5, receivedReports: 6, progressReports: 7, standingAgencyOf: 8 };
    expect(agencyDeleteBlockedReason(all)).toBe(
      'Không xóa được vì cơ quan này chủ trì 1 nhiệm vụ, phối hợp 2 nhiệm vụ, chịu trách nhiệm 3 chỉ tiêu, ' +
        'có nghĩa vụ báo cáo trong 4 chế độ báo cáo, có 5 báo cáo phải nộp, đã gửi 6 báo cáo, ' +
        'đã báo cáo 7 lần tiến độ nhiệm vụ, là cơ quan thường trực của 8 kế hoạch. ' +
        'Xóa sẽ làm mất lịch sử phân công và báo cáo; hãy chọn "Ngừng hoạt động" để không giao thêm việc cho cơ quan này.',
    );
  });

  it('each use alone is enough to refuse; taking part in plans alone is not', () => {
    const uses = ['tasksLed', 'tasksSupported', 'targets', 'reportingDuties', 'expectedReports', 'receivedReports', 'progressReports', 'standingAgencyOf'] as const;
    for (const use of uses) expect(agencyDeleteBlockedReason({ ...none, [use]: 1 }), use).toMatch(/^Không xóa được vì cơ quan này [^,]+\. Xóa/);
    expect(agencyDeleteBlockedReason({ ...none, plans: 3 })).toBeNull();
  });

  it('codes: upper case ASCII, runs of other characters become one dash, none at the ends; "CQ" when nothing is left', () => {
    expect(agencyCodeFrom('  đoàn TN / tỉnh  ')).toBe('DOAN-TN-TINH');
    expect(agencyCodeFrom('--UBND--')).toBe('UBND');
    expect(agencyCodeFrom('Sở 1 & 2')).toBe('SO-1-2');
    expect(agencyCodeFrom('…')).toBe('CQ');
    expect(agencyCodeFrom('')).toBe('CQ');
  });
});

describe('copying a plan', () => {
  it('a year is a whole 4-digit number 19xx or 20xx, not part of a longer number', () => {
    expect(moveYearInText('Số 12022/KH', 2022, 2023)).toBe('Số 12022/KH');
    expect(moveYearInText('mã 20221', 2022, 2023)).toBe('mã 20221');
    expect(moveYearInText('năm 2022, tiếp tục năm 2022', 2022, 2023)).toBe('năm 2023, tiếp tục năm 2023');
    expect(moveYearInText('năm 2021', 2022, 2023)).toBe('năm 2021');
    expect(moveYearInText('năm 1999', 1999, 2000)).toBe('năm 2000');
    expect(moveYearInText('năm 2122', 2122, 2123)).toBe('năm 2122'); // 21xx is not read as a year
  });

  it('a deadline that is not a date stays as it is; copying backwards moves every date', () => {
    expect(copiedDeadline('15/06/2022', 2022, 2023)).toEqual({ date: '15/06/2022', kept: false });
    expect(copiedDeadline('2023-12-30', 2022, 2023)).toEqual({ date: '2024-12-30', kept: false });
    // To an earlier year nothing is "beyond the new year": 31/12/2025 moves back one year.
    expect(copiedDeadline('2025-12-31', 2023, 2022)).toEqual({ date: '2024-12-31', kept: false });
    expect(copiedDeadline('2022-12-31', 2022, 2022)).toEqual({ date: '2022-12-31', kept: false });
  });

  it('the review step lists what is not copied, naming the year copied from', () => {
    expect(notCopiedNotes(2022)).toEqual([
      'Ngày hoàn thành, tiến độ và lịch sử thay đổi của nhiệm vụ năm 2022 (nhiệm vụ năm mới bắt đầu "chưa hoàn thành").',
      'Các kỳ báo cáo, báo cáo đã nhận và số liệu năm 2022.',
      'Số và ngày ban hành của kế hoạch (để trống cho văn thư).',
      'Nội dung nhiệm vụ và chỉ tiêu giữ nguyên câu chữ: hãy rà soát những chỗ nhắc tới năm 2022.',
    ]);
  });
});

describe('the history of a task or an agency', () => {
  it('kinds, periods, agency kinds, active and reporting read by their labels; unknown values as stored', () => {
    expect(formatAuditValue('deadlineKind', 'period')).toBe('Theo kỳ báo cáo');
    expect(formatAuditValue('deadlineKind', 'khac')).toBe('khac');
    expect(formatAuditValue('periodType', 'six_month')).toBe('6 tháng');
    expect(formatAuditValue('periodType', 'x')).toBe('x');
    expect(formatAuditValue('kind', 'police')).toBe('Công an');
    expect(formatAuditValue('kind', 'x')).toBe('x');
    expect(formatAuditValue('active', 'true')).toBe('Đang hoạt động');
    expect(formatAuditValue('active', '1')).toBe('1');
    expect(formatAuditValue('reports', 'true')).toBe('Có');
    expect(formatAuditValue('reports', 'false')).toBe('Không');
    expect(formatAuditValue('reports', 'x')).toBe('x');
    expect(formatAuditValue('content', 'Nội dung mới')).toBe('Nội dung mới');
    expect(formatAuditValue(null, null)).toBeNull();
    expect(formatAuditValue('note', '2022-02-30')).toBe('2022-02-30'); // not a real day: as written
  });

  it('a line without a field is named by its action; an unknown field by its own name', () => {
    const entry = { id: 2, at: '2022-07-01T02:00:00.000Z', actor: 'Lan', field: null, oldValue: null, newValue: null };
    const lines = toAuditLines(
      [
        { ...entry, action: 'create' },
        { ...entry, action: 'update' },
        { ...entry, action: 'delete' },
        { ...entry, action: 'update', field: 'phone', oldValue: '0233', newValue: '' },
        { ...entry, action: 'update', field: 'fax', oldValue: 'a', newValue: 'b' },
      ],
      AGENCY_AUDIT_FIELDS,
    );
    expect(lines.map((l) => l.fieldLabel)).toEqual(['Tạo mới', 'Sửa', 'Xóa', 'Số điện thoại', 'fax']);
    expect(lines[3]).toEqual({ id: 2, at: '2022-07-01T02:00:00.000Z', actor: 'Lan', action: 'update', field: 'phone', fieldLabel: 'Số điện thoại', oldValue: '0233', newValue: null });
  });

  it('times read dd/mm/yyyy hh:mm in the computer’s time zone; an unreadable one as stored', () => {
    // Built from local parts, so the expected text holds in any time zone.
    const at = new Date(2022, 6, 1, 9, 5).toISOString();
    expect(formatTimestampVi(at)).toBe('01/07/2022 09:05');
    expect(formatTimestampVi(new Date(2022, 11, 31, 23, 59).toISOString())).toBe('31/12/2022 23:59');
    expect(formatTimestampVi('hôm qua')).toBe('hôm qua');
  });
});
