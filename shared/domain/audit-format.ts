// How the audit trail of a task or an agency reads: field names in Vietnamese, dates dd/mm/yyyy,
// enumerations by their labels. Stored values stay as written (ISO dates, identifiers).
import type { AuditLine } from '../api/board-models';
import { formatDateVi } from '../dates/vietnamese-dates';
import { isIsoDate } from '../dates/iso-date';
import { AGENCY_KIND_LABELS, DEADLINE_KIND_LABELS, PERIOD_TYPE_LABELS } from './labels';
import type { AgencyKind, DeadlineKind, PeriodType } from './types';

export const TASK_AUDIT_FIELDS: Record<string, string> = {
  code: 'Mã nhiệm vụ',
  group: 'Nhóm nhiệm vụ',
  content: 'Nội dung',
  lead: 'Cơ quan chủ trì',
  support: 'Cơ quan phối hợp',
  deadlineKind: 'Loại thời hạn',
  deadline: 'Thời hạn',
  periodType: 'Kỳ báo cáo',
  deadlineText: 'Diễn giải thời hạn',
  expectedOutput: 'Sản phẩm đầu ra',
  completionDate: 'Ngày hoàn thành',
  note: 'Ghi chú',
  progress: 'Cập nhật tiến độ',
};

export const AGENCY_AUDIT_FIELDS: Record<string, string> = {
  name: 'Tên đầy đủ',
  shortName: 'Tên ngắn',
  abbreviation: 'Tên viết tắt',
  kind: 'Loại',
  contactPerson: 'Người liên hệ',
  phone: 'Số điện thoại',
  email: 'Thư điện tử',
  active: 'Tình trạng hoạt động',
  reports: 'Phải báo cáo định kỳ',
};

const ACTION_LABELS: Record<AuditLine['action'], string> = {
  create: 'Tạo mới',
  update: 'Sửa',
  delete: 'Xóa',
};

/** A stored value as the clerk reads it. */
export function formatAuditValue(field: string | null, value: string | null): string | null {
  if (value === null || value === '') return null;
  switch (field) {
    case 'deadlineKind':
      return DEADLINE_KIND_LABELS[value as DeadlineKind] ?? value;
    case 'periodType':
      return PERIOD_TYPE_LABELS[value as PeriodType] ?? value;
    case 'kind':
      return AGENCY_KIND_LABELS[value as AgencyKind] ?? value;
    case 'active':
      return value === 'true' ? 'Đang hoạt động' : value === 'false' ? 'Ngừng hoạt động' : value;
    case 'reports':
      return value === 'true' ? 'Có' : value === 'false' ? 'Không' : value;
    default:
      return isIsoDate(value) ? formatDateVi(value) : value;
  }
}

export interface StoredAuditEntry {
  id: number;
  at: string;
  actor: string;
  action: AuditLine['action'];
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
}

export function toAuditLines(entries: StoredAuditEntry[], fields: Record<string, string>): AuditLine[] {
  return entries.map((e) => ({
    id: e.id,
    at: e.at,
    actor: e.actor,
    action: e.action,
    field: e.field,
    fieldLabel: e.field ? (fields[e.field] ?? e.field) : ACTION_LABELS[e.action],
    oldValue: formatAuditValue(e.field, e.oldValue),
    newValue: formatAuditValue(e.field, e.newValue),
  }));
}

/** "2022-07-01T03:04:05.000Z" -> "01/07/2022 10:04" in the computer's own time zone. */
export function formatTimestampVi(at: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A field of a deleted record as "Lịch sử xóa" lists it: its text, or "—" when empty. */
export function orNone(value: string | null | undefined): string {
  return value && value.trim() ? value : '—';
}
