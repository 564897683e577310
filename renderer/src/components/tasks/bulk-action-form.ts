// The bulk action bar's form: which change, and its one input (a date, a number of days or an agency);
// the rule of each input, and the action sent to tasks.bulk.
import type { BulkAction } from '../../../../shared/api/board-contract';
import { DATE_MISSING } from '../form-rules';

export type BulkKind = 'complete' | 'reopen' | 'setDeadline' | 'shiftDeadline' | 'setLead' | 'addSupport';

export const BULK_KIND_LABELS: Record<BulkKind, string> = {
  complete: 'Đánh dấu hoàn thành',
  reopen: 'Bỏ đánh dấu hoàn thành',
  setDeadline: 'Đặt thời hạn mới',
  shiftDeadline: 'Dời thời hạn thêm số ngày',
  setLead: 'Đổi cơ quan chủ trì',
  addSupport: 'Thêm cơ quan phối hợp',
};

export interface BulkValues {
  kind: BulkKind;
  /** The completion date or the new deadline (ISO), as the kind asks. */
  date: string | null;
  days: number | string;
  agencyId: string | null;
}

/** API fields carried by the date input: a refusal's message goes under it. */
export const BULK_ALIASES: Record<string, keyof BulkValues> = { completionDate: 'date', deadline: 'date' };

/** Whether the kind's input is a date. */
export const asksDate = (kind: BulkKind) => kind === 'complete' || kind === 'setDeadline';

/** The values on choosing `kind`: completed today, a new deadline left for the clerk to type. */
export function bulkValuesFor(kind: BulkKind, today: string | null, previous?: BulkValues): BulkValues {
  return { days: 30, agencyId: null, ...previous, kind, date: kind === 'complete' ? today : null };
}

/** The message of the kind's input, by input name (none when it is good). `typedDate`: the typed text's. */
export function bulkErrors(v: BulkValues, typedDate: string | null | undefined): Partial<Record<keyof BulkValues, string>> {
  switch (v.kind) {
    case 'complete':
    case 'setDeadline': {
      const message = typedDate ?? (v.date ? null : DATE_MISSING);
      return message ? { date: message } : {};
    }
    case 'shiftDeadline':
      return typeof v.days === 'number' && Number.isInteger(v.days) && v.days !== 0 ? {} : { days: 'Nhập số ngày khác 0 (số âm để dời sớm hơn).' };
    case 'setLead':
    case 'addSupport':
      return v.agencyId ? {} : { agencyId: 'Chưa chọn cơ quan.' };
    case 'reopen':
      return {};
  }
}

/** The action sent for good values (bulkErrors found nothing). */
export function bulkActionOf(v: BulkValues): BulkAction {
  switch (v.kind) {
    case 'complete':
      return { kind: 'setCompletion', completionDate: v.date! };
    case 'reopen':
      return { kind: 'setCompletion', completionDate: null };
    case 'setDeadline':
      return { kind: 'setDeadline', deadline: v.date! };
    case 'shiftDeadline':
      return { kind: 'shiftDeadline', days: v.days as number };
    case 'setLead':
    case 'addSupport':
      return { kind: v.kind, agencyId: Number(v.agencyId) };
  }
}
