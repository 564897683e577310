// What the task board's bulk actions say before and after they change tasks: the question asked first
// (what will change, on how many tasks, how many of them the filter hides) and the result.
import type { BulkAction } from '../api/board-contract';
import type { BulkResult, BulkUndoResult } from '../api/board-models';
import { formatDateVi } from '../dates/vietnamese-dates';

/** The change in words, e.g. "Đánh dấu hoàn thành ngày 30/06/2022". */
export function describeBulkAction(action: BulkAction, agencyName: (id: number) => string | undefined): string {
  switch (action.kind) {
    case 'setCompletion':
      return action.completionDate ? `Đánh dấu hoàn thành ngày ${formatDateVi(action.completionDate)}` : 'Bỏ đánh dấu hoàn thành';
    case 'setDeadline':
      return `Đặt thời hạn mới ${formatDateVi(action.deadline)}`;
    case 'shiftDeadline':
      return action.days > 0 ? `Dời thời hạn muộn hơn ${action.days} ngày` : `Dời thời hạn sớm hơn ${-action.days} ngày`;
    case 'setLead':
      return `Đổi cơ quan chủ trì thành ${agencyName(action.agencyId) ?? 'cơ quan đã chọn'}`;
    case 'addSupport':
      return `Thêm cơ quan phối hợp ${agencyName(action.agencyId) ?? 'cơ quan đã chọn'}`;
  }
}

/** The question asked before a bulk change: how many tasks, and how many of them the filter hides. */
export function bulkQuestion(actionText: string, count: number, hidden: number): string {
  const hiddenText = hidden > 0 ? `, trong đó ${hidden} nhiệm vụ đang bị bộ lọc ẩn` : '';
  return `${actionText} cho ${count} nhiệm vụ đã chọn${hiddenText}. Có thể hoàn tác ngay sau đó.`;
}

/** "Đã chọn 5 nhiệm vụ (2 đang bị bộ lọc ẩn)". */
export function selectionText(count: number, hidden: number): string {
  return `Đã chọn ${count} nhiệm vụ${hidden > 0 ? ` (${hidden} đang bị bộ lọc ẩn)` : ''}`;
}

export function bulkResultText(r: Pick<BulkResult, 'updated' | 'unchanged' | 'skipped'>): string {
  const parts = [`Đã cập nhật ${r.updated} nhiệm vụ.`];
  if (r.unchanged) parts.push(`${r.unchanged} nhiệm vụ vốn đã như vậy.`);
  if (r.skipped.length) parts.push(`Bỏ qua: ${r.skipped.map((s) => `${s.code} (${s.reason})`).join('; ')}.`);
  return parts.join(' ');
}

export function undoResultText(r: BulkUndoResult): string {
  const parts = [`Đã hoàn tác: ${r.restored} nhiệm vụ trở lại như trước thao tác hàng loạt.`];
  if (r.skipped.length) parts.push(`Giữ nguyên: ${r.skipped.map((s) => `${s.code} (${s.reason})`).join('; ')}.`);
  return parts.join(' ');
}
