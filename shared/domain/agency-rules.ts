// When an agency may be deleted. An agency that carries tasks, targets, reporting duties or
// reports keeps its history: it can only be deactivated, and the clerk is told why.
import type { AgencyUsage } from '../api/board-models';
import { stripDiacritics } from '../text/vietnamese';

export function agencyDeleteBlockedReason(u: AgencyUsage): string | null {
  const parts: string[] = [];
  if (u.tasksLed) parts.push(`chủ trì ${u.tasksLed} nhiệm vụ`);
  if (u.tasksSupported) parts.push(`phối hợp ${u.tasksSupported} nhiệm vụ`);
  if (u.targets) parts.push(`chịu trách nhiệm ${u.targets} chỉ tiêu`);
  if (u.reportingDuties) parts.push(`có nghĩa vụ báo cáo trong ${u.reportingDuties} chế độ báo cáo`);
  if (u.expectedReports) parts.push(`có ${u.expectedReports} báo cáo phải nộp`);
  if (u.receivedReports) parts.push(`đã gửi ${u.receivedReports} báo cáo`);
  if (u.progressReports) parts.push(`đã báo cáo ${u.progressReports} lần tiến độ nhiệm vụ`);
  if (u.standingAgencyOf) parts.push(`là cơ quan thường trực của ${u.standingAgencyOf} kế hoạch`);
  if (parts.length === 0) return null;
  return (
    `Không xóa được vì cơ quan này ${parts.join(', ')}. ` +
    'Xóa sẽ làm mất lịch sử phân công và báo cáo; hãy chọn "Ngừng hoạt động" để không giao thêm việc cho cơ quan này.'
  );
}

/** A stable ASCII code from an abbreviation: "SLĐTBXH" -> "SLDTBXH". */
export function agencyCodeFrom(abbreviation: string): string {
  const ascii = stripDiacritics(abbreviation)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii || 'CQ';
}
