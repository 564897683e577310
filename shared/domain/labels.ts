// Vietnamese labels of the domain enumerations, as the UI and documents show them.
import type { AgencyKind, DeadlineKind, PeriodType, ReportChannel, TargetComparator, TargetKind, UnitLevel, WindowRule } from './types';
import type { TaskStatus } from './task-status';

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  provincial_pc: 'UBND tỉnh',
  provincial_department: 'Sở, ban, ngành',
  police: 'Công an',
  court: 'Tòa án',
  procuracy: 'Viện kiểm sát',
  mass_organisation: 'Mặt trận, đoàn thể',
  press: 'Báo, đài',
  military: 'Quân sự, biên phòng',
  district_pc: 'UBND cấp huyện',
  other: 'Khác',
};

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  date: 'Theo ngày',
  period: 'Theo kỳ báo cáo',
  ongoing: 'Thường xuyên',
};

export const PERIOD_TYPE_LABELS: Record<PeriodType, string> = {
  month: 'Tháng',
  quarter: 'Quý',
  six_month: '6 tháng',
  nine_month: '9 tháng',
  annual: 'Năm',
  ad_hoc: 'Đột xuất',
};

export const TARGET_COMPARATOR_LABELS: Record<TargetComparator, string> = {
  at_least: 'Ít nhất',
  exactly: 'Đạt đúng mức',
  at_most: 'Không quá',
};

export const UNIT_LEVEL_LABELS: Record<UnitLevel, string> = {
  commune: 'xã, phường, thị trấn',
  district: 'huyện, thị xã, thành phố',
};

export const WINDOW_RULE_LABELS: Record<WindowRule, string> = {
  decree09: 'Ngày 15 đến ngày 14 (Nghị định 09/2019)',
  calendar: 'Trọn tháng (từ ngày 01 đến cuối tháng)',
};

export const TARGET_KIND_LABELS: Record<TargetKind, string> = {
  percent: 'Tỷ lệ (%)',
  count: 'Số lượng',
  qualitative: 'Định tính',
};

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  done_on_time: 'Đã hoàn thành đúng hạn',
  done_late: 'Đã hoàn thành quá hạn',
  open_on_time: 'Chưa hoàn thành, trong hạn',
  open_overdue: 'Chưa hoàn thành, quá hạn',
  ongoing: 'Thường xuyên',
};

export const REPORT_CHANNEL_LABELS: Record<ReportChannel, string> = {
  paper: 'Văn bản giấy',
  e_office: 'Hệ thống quản lý văn bản điều hành',
  email: 'Thư điện tử',
  reporting_system: 'Hệ thống thông tin báo cáo',
  other: 'Khác',
};
