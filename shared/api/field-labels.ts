// Vietnamese names of input fields, so that a validation message says which field is wrong.
export const FIELD_LABELS: Record<string, string> = {
  planId: 'Kế hoạch',
  taskId: 'Nhiệm vụ',
  agencyId: 'Cơ quan, đơn vị',
  targetId: 'Chỉ tiêu',
  clerkName: 'Tên cán bộ',
  dueSoonDays: 'Số ngày báo sắp đến hạn',
  currentPlanId: 'Kế hoạch đang làm việc',
  name: 'Tên',
  shortName: 'Tên ngắn',
  abbreviation: 'Tên viết tắt',
  kind: 'Loại',
  content: 'Nội dung',
  deadline: 'Thời hạn',
  deadlineKind: 'Loại thời hạn',
  completionDate: 'Ngày hoàn thành',
  email: 'Thư điện tử',
  phone: 'Số điện thoại',
  targetFolder: 'Thư mục lưu bản sao lưu',
  backupPath: 'Đường dẫn bản sao lưu',
};

export function fieldLabel(path: string): string {
  const last = path.split('.').filter((p) => !/^\d+$/.test(p)).pop() ?? path;
  return FIELD_LABELS[last] ?? last;
}
