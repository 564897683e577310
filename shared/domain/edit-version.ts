// Two windows editing one record: an edit carries the version of the values it was made from, and a
// save over a newer version is refused with what the record holds now, so what the other window
// saved is never silently overwritten. A version is a fingerprint of the values the edit form shows
// (not of counts or lists the form does not edit), computed the same way by the form from the row it
// opened and by the server from the row as stored at the moment of the save.
import type { AgencyRow, ReceivedReportRow, SettingsValues, TargetRow } from '../api/models';
import { formatDateVi } from '../dates/vietnamese-dates';
import { formatTargetValue } from './target-format';

/** A 53-bit string hash (cyrb53), written in base 36: stable across hosts, no Node or browser API. */
function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const versionOf = (values: unknown[]) => fingerprint(JSON.stringify(values));

/** What the agency form edits (not whether it is active, nor its task counts). */
export function agencyVersion(a: AgencyRow): string {
  return versionOf([a.name, a.shortName, a.abbreviation, a.kind, a.level, a.contactPerson, a.phone, a.email, a.reports]);
}

/** What the target form edits, its responsible agencies included. */
export function targetVersion(t: TargetRow): string {
  return versionOf([
    t.group,
    t.wording,
    t.kind,
    t.comparator,
    t.value,
    t.unit,
    t.denominator,
    t.denominatorText,
    t.denominatorUnits,
    t.statistic,
    t.denominatorStatistic,
    t.note,
    t.agencies.map((a) => a.id).sort((x, y) => x - y),
  ]);
}

/** What the report form edits, its figures included (files are only ever added, never overwritten). */
export function reportVersion(r: ReceivedReportRow): string {
  return versionOf([
    r.arrivalDate,
    r.docNumber,
    r.docDate,
    r.channel,
    r.needsSupplement,
    r.notes,
    r.figures.map((f) => [f.statisticCode, f.value, f.note]).sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
  ]);
}

/** What the Cài đặt form edits (the current plan is where the clerk is, not a setting edited there). */
export function settingsVersion(s: SettingsValues): string {
  return versionOf([s.clerkName, s.dueSoonDays]);
}

const TAIL = 'thay đổi của bạn chưa được lưu. Hiện nay: ';
const AGAIN = ' Hãy đóng biểu mẫu để xem bản mới nhất rồi sửa lại.';
const quoted = (text: string) => `"${text.length > 120 ? `${text.slice(0, 120)}…` : text}"`;

export function staleAgencyMessage(now: AgencyRow): string {
  return (
    `Cơ quan, đơn vị này vừa được sửa ở cửa sổ khác; ${TAIL}tên ${quoted(now.name)}; tên ngắn ${quoted(now.shortName)}; ` +
    `viết tắt ${now.abbreviation}; người liên hệ ${now.contactPerson ?? 'chưa có'}; ` +
    `${now.reports ? 'phải gửi báo cáo định kỳ' : 'không phải gửi báo cáo định kỳ'}.${AGAIN}`
  );
}

export function staleTargetMessage(now: TargetRow): string {
  const agencies = now.agencies.map((a) => a.shortName).join(', ') || 'chưa có';
  return (
    `Chỉ tiêu này vừa được sửa ở cửa sổ khác; ${TAIL}nội dung ${quoted(now.wording)}; ` +
    `mức phải đạt ${formatTargetValue(now)}; đơn vị chịu trách nhiệm ${agencies}.${AGAIN}`
  );
}

export function staleReportMessage(now: ReceivedReportRow): string {
  return (
    `Báo cáo này vừa được sửa ở cửa sổ khác; ${TAIL}ngày đến ${formatDateVi(now.arrivalDate)}; ` +
    `số văn bản ${now.docNumber ?? 'chưa có'}; ${now.figures.length} số liệu. ` +
    `Người sửa: ${now.updatedBy || 'không rõ'}.${AGAIN}`
  );
}

export function staleSettingsMessage(now: SettingsValues): string {
  return (
    `Cài đặt vừa được sửa ở cửa sổ khác; ${TAIL}tên cán bộ ${quoted(now.clerkName || 'chưa nhập')}; ` +
    `số ngày báo sắp đến hạn ${now.dueSoonDays}. Hãy tải lại màn hình Cài đặt rồi sửa lại.`
  );
}
