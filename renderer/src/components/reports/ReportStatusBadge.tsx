import { Badge } from '@mantine/core';
import { reportStatusText, type ReportState, type ReportStatus } from '../../../../shared/domain/report-status';

export const REPORT_STATE_COLORS: Record<ReportState, string> = {
  on_time: 'green',
  late: 'yellow',
  missing: 'red',
  pending: 'blue',
  exempt: 'gray',
  unreadable: 'orange',
};

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  return (
    <Badge color={REPORT_STATE_COLORS[status.state]} variant="light" style={{ textTransform: 'none' }}>
      {reportStatusText(status)}
    </Badge>
  );
}
