// Labels of the import review: what each source paragraph was read as, the deadline kinds, periods,
// target kinds and comparators the clerk chooses from.
import type { PlanDataset } from '../../../../../shared/domain/plan-dataset';
import type { DeadlineKind, PeriodType, TargetComparator, TargetKind } from '../../../../../shared/domain/types';
import { formatDateVi } from '../../../../../shared/dates/vietnamese-dates';

export const ROLE_LABELS: Record<string, string> = {
  header: 'Tiêu đề văn bản',
  motto: 'Quốc hiệu',
  title: 'Tên kế hoạch',
  basis: 'Căn cứ',
  heading: 'Đề mục',
  text: 'Nội dung chung',
  objective: 'Mục tiêu',
  'target-group': 'Nhóm chỉ tiêu',
  target: 'Chỉ tiêu',
  'task-group': 'Nhóm nhiệm vụ',
  task: 'Nhiệm vụ',
  funding: 'Kinh phí',
  reporting: 'Chế độ báo cáo',
  closing: 'Kết',
  recipients: 'Nơi nhận',
  signer: 'Người ký',
};

export const DEADLINE_KINDS: { value: DeadlineKind; label: string }[] = [
  { value: 'ongoing', label: 'Thường xuyên' },
  { value: 'date', label: 'Theo ngày' },
  { value: 'period', label: 'Theo kỳ báo cáo' },
];
export const PERIODS: { value: PeriodType; label: string }[] = [
  { value: 'month', label: 'Tháng' },
  { value: 'quarter', label: 'Quý' },
  { value: 'six_month', label: '6 tháng' },
  { value: 'nine_month', label: '9 tháng' },
  { value: 'annual', label: 'Năm' },
];
export const TARGET_KINDS: { value: TargetKind; label: string }[] = [
  { value: 'percent', label: 'Tỷ lệ (%)' },
  { value: 'count', label: 'Số lượng' },
  { value: 'qualitative', label: 'Định tính' },
];
export const COMPARATORS: { value: TargetComparator; label: string }[] = [
  { value: 'exactly', label: 'Đạt' },
  { value: 'at_least', label: 'Ít nhất' },
];

export type ImportedTask = PlanDataset['tasks'][number];

export const deadlineLabel = (t: ImportedTask) =>
  t.deadlineKind === 'date'
    ? t.deadline
      ? formatDateVi(t.deadline)
      : 'Theo ngày (chưa nhập)'
    : t.deadlineKind === 'period'
      ? `Theo kỳ báo cáo ${PERIODS.find((p) => p.value === t.periodType)?.label ?? ''}`
      : 'Thường xuyên';
