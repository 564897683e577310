// "Xóa yêu cầu" for an ad-hoc request: refused with the reason while a report was received for it.
import { useState } from 'react';
import { Alert, Button, Text } from '@mantine/core';
import type { ReportingPeriodRow } from '../../../../shared/api/models';
import { adHocDeleteBlockedReason } from '../../../../shared/domain/plan-setup';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { call } from '../../api/client';
import { ConfirmDelete } from '../ConfirmDelete';

export function DeleteAdHocButton({ period, onDeleted }: { period: ReportingPeriodRow; onDeleted: () => void }) {
  const [opened, setOpened] = useState(false);
  const blocked = adHocDeleteBlockedReason(period.summary.received);
  return (
    <>
      <Button variant="subtle" color="red" size="xs" onClick={() => setOpened(true)}>
        Xóa yêu cầu
      </Button>
      <ConfirmDelete
        opened={opened}
        title="Xóa yêu cầu báo cáo đột xuất?"
        onClose={() => setOpened(false)}
        onConfirm={async () => {
          await call('reporting.deleteAdHoc', { periodId: period.id });
          setOpened(false);
          onDeleted();
        }}
      >
        <Text size="sm">
          {period.label} (hạn {formatDateVi(period.dueDate)}), {period.summary.expected} đơn vị được yêu cầu.
        </Text>
        {blocked && (
          <Alert color="orange" role="alert">
            {blocked}
          </Alert>
        )}
      </ConfirmDelete>
    </>
  );
}
