// The second step of deleting a received report: what goes with it, and the clerk's yes or no.
import { Alert, Stack } from '@mantine/core';
import type { ReceivedReportRow, RegisterEntry, ReportingPeriodRow } from '../../../../shared/api/models';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { FormButtons } from '../FormButtons';

interface Props {
  period: ReportingPeriodRow;
  entry: RegisterEntry;
  report: ReceivedReportRow;
  attachmentCount: number;
  deleting: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

export function ReportDeleteConfirm({ period, entry, report, attachmentCount, deleting, onCancel, onConfirm }: Props) {
  return (
    <Stack>
      <Alert color="red" title="Xóa báo cáo này?">
        Báo cáo {period.label} của {entry.agency.shortName}
        {report.docNumber ? ` (số ${report.docNumber})` : ''}, ngày đến {formatDateVi(report.arrivalDate)}, cùng các số liệu và{' '}
        {attachmentCount} tệp đính kèm sẽ bị xóa. Đơn vị sẽ trở lại danh sách chưa gửi. Các tệp chỉ bị xóa khỏi thư mục dữ liệu
        sau khi báo cáo đã được xóa xong.
      </Alert>
      <FormButtons
        placement="end"
        submitLabel="Xóa báo cáo"
        color="red"
        onSubmit={onConfirm}
        loading={deleting}
        cancelLabel="Không xóa"
        onCancel={onCancel}
      />
    </Stack>
  );
}
