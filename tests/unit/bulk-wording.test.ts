// What the task board's bulk actions say (shared/domain/bulk-wording.ts).
import { describe, expect, it } from 'vitest';
import { bulkQuestion, bulkResultText, describeBulkAction, selectionText, undoResultText } from '../../shared/domain/bulk-wording';

const names = (id: number) => (id === 7 ? 'Sở Y tế' : undefined);

describe('bulk action wording', () => {
  it('names the change with its date, days or agency', () => {
    expect(describeBulkAction({ kind: 'setCompletion', completionDate: '2022-06-30' }, names)).toBe('Đánh dấu hoàn thành ngày 30/06/2022');
    expect(describeBulkAction({ kind: 'setCompletion', completionDate: null }, names)).toBe('Bỏ đánh dấu hoàn thành');
    expect(describeBulkAction({ kind: 'setDeadline', deadline: '2022-09-30' }, names)).toBe('Đặt thời hạn mới 30/09/2022');
    expect(describeBulkAction({ kind: 'shiftDeadline', days: 15 }, names)).toBe('Dời thời hạn muộn hơn 15 ngày');
    expect(describeBulkAction({ kind: 'shiftDeadline', days: -3 }, names)).toBe('Dời thời hạn sớm hơn 3 ngày');
    expect(describeBulkAction({ kind: 'setLead', agencyId: 7 }, names)).toBe('Đổi cơ quan chủ trì thành Sở Y tế');
    expect(describeBulkAction({ kind: 'addSupport', agencyId: 7 }, names)).toBe('Thêm cơ quan phối hợp Sở Y tế');
  });

  it('asks with the number of tasks, counting those the filter hides', () => {
    expect(bulkQuestion('Bỏ đánh dấu hoàn thành', 3, 0)).toBe('Bỏ đánh dấu hoàn thành cho 3 nhiệm vụ đã chọn. Có thể hoàn tác ngay sau đó.');
    expect(bulkQuestion('Bỏ đánh dấu hoàn thành', 3, 1)).toBe(
      'Bỏ đánh dấu hoàn thành cho 3 nhiệm vụ đã chọn, trong đó 1 nhiệm vụ đang bị bộ lọc ẩn. Có thể hoàn tác ngay sau đó.',
    );
    expect(selectionText(3, 0)).toBe('Đã chọn 3 nhiệm vụ');
    expect(selectionText(3, 2)).toBe('Đã chọn 3 nhiệm vụ (2 đang bị bộ lọc ẩn)');
  });

  it('reports what changed, what was already so, what was skipped, and what an undo left', () => {
    expect(bulkResultText({ updated: 1, unchanged: 1, skipped: [{ code: 'V.2.1', reason: 'không có thời hạn theo ngày để dời' }] })).toBe(
      'Đã cập nhật 1 nhiệm vụ. 1 nhiệm vụ vốn đã như vậy. Bỏ qua: V.2.1 (không có thời hạn theo ngày để dời).',
    );
    expect(undoResultText({ restored: 1, skipped: [{ code: 'V.2.2', reason: 'đã được sửa sau thao tác này' }] })).toBe(
      'Đã hoàn tác: 1 nhiệm vụ trở lại như trước thao tác hàng loạt. Giữ nguyên: V.2.2 (đã được sửa sau thao tác này).',
    );
  });
});
