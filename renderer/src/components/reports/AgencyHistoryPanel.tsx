// One agency's record across the plan's periods: on time, late, missing, exempt, urged.
import { useState } from 'react';
import { Select, Stack, Table, Text } from '@mantine/core';
import { useApi } from '../../hooks/useApi';
import type { AgencyRef } from '../../../../shared/api/models';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { ReportStatusBadge } from './ReportStatusBadge';

export function AgencyHistoryPanel({ planId, agencies }: { planId: number; agencies: AgencyRef[] }) {
  const [agencyId, setAgencyId] = useState<number | null>(agencies[0]?.id ?? null);
  const history = useApi('reporting.agencyHistory', agencyId ? { planId, agencyId } : null);
  return (
    <Stack>
      <Select
        label="Đơn vị"
        w={420}
        searchable
        allowDeselect={false}
        data={agencies.map((a) => ({ value: String(a.id), label: a.shortName }))}
        value={agencyId ? String(agencyId) : null}
        onChange={(v) => v && setAgencyId(Number(v))}
      />
      {history.data && (
        <Table withTableBorder aria-label="Lịch sử gửi báo cáo của đơn vị">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Kỳ báo cáo</Table.Th>
              <Table.Th w={130}>Hạn gửi</Table.Th>
              <Table.Th w={130}>Ngày đến</Table.Th>
              <Table.Th w={180}>Tình trạng</Table.Th>
              <Table.Th w={130}>Số lần đôn đốc</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.data.map((h) => (
              <Table.Tr key={h.periodId}>
                <Table.Td>{h.periodLabel}</Table.Td>
                <Table.Td>{formatDateVi(h.dueDate)}</Table.Td>
                <Table.Td>{h.arrivalDate ? formatDateVi(h.arrivalDate) : '—'}</Table.Td>
                <Table.Td>
                  <ReportStatusBadge status={h.status} />
                </Table.Td>
                <Table.Td>{h.urgings || <Text span c="dimmed">0</Text>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
