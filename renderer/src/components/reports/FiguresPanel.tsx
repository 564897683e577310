// A period's figures: each statistic with its total over the agencies that reported it; the figures
// and the statistics form of the period to Excel, and the filled forms back in.
import { useState } from 'react';
import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useApi } from '../../hooks/useApi';
import { call } from '../../api/client';
import { formatNumberVi } from '../../../../shared/domain/target-format';
import { ExcelButton } from '../ExcelButton';
import { StatisticFormModal } from './StatisticFormModal';
import { notifySuccess } from '../notify';

interface Props {
  planId: number;
  /** Today (ISO), offered as the arrival day of reports recorded from a form. */
  today: string;
  periodId: number;
}

export function FiguresPanel({ planId, today, periodId }: Props) {
  const figures = useApi('reporting.figures', { periodId });
  const [importing, setImporting] = useState(false);
  const toolbar = (
    <Group gap="sm" className="no-print" align="flex-start">
      <ExcelButton label="Xuất số liệu ra Excel" request={{ kind: 'figures', planId, periodId }} disabled={!figures.data?.rows.length} />
      <ExcelButton label="Xuất biểu mẫu số liệu" request={() => call('forms.export', { planId, periodId })} />
      <Button variant="light" onClick={() => setImporting(true)}>
        Nhập biểu mẫu đã điền…
      </Button>
      <StatisticFormModal
        opened={importing}
        planId={planId}
        today={today}
        onClose={() => setImporting(false)}
        onImported={(r) => {
          setImporting(false);
          notifySuccess(
            `Đã ghi nhận ${r.figures} số liệu của ${r.agencies} cơ quan, đơn vị${r.reportsCreated ? ` (${r.reportsCreated} báo cáo đến mới)` : ''}.`,
          );
        }}
      />
    </Group>
  );
  if (figures.error) return <Alert color="red">{figures.error}</Alert>;
  if (!figures.data) return null;
  const names = new Map(figures.data.agencies.map((a) => [a.id, a.shortName]));
  if (figures.data.rows.length === 0) {
    return (
      <Stack gap="sm">
        {toolbar}
        <Text c="dimmed">Chưa có báo cáo nào của kỳ này mang số liệu.</Text>
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      {toolbar}
      <Table withTableBorder verticalSpacing="xs" aria-label="Số liệu tổng hợp của kỳ">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>Mã</Table.Th>
            <Table.Th>Chỉ số</Table.Th>
            <Table.Th w={130}>Loại</Table.Th>
            <Table.Th w={150} style={{ textAlign: 'right' }}>
              Tổng cộng
            </Table.Th>
            <Table.Th>Theo đơn vị</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {figures.data.rows.map((r) => (
            <Table.Tr key={r.statistic.code}>
              <Table.Td>{r.statistic.code}</Table.Td>
              <Table.Td className="cell-wrap">{r.statistic.label}</Table.Td>
              <Table.Td>
                <Text size="sm">{r.statistic.kind === 'flow' ? 'Phát sinh trong kỳ' : 'Tại ngày chốt'}</Text>
              </Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>
                <b>{formatNumberVi(r.total)}</b> {r.statistic.unit}
              </Table.Td>
              <Table.Td className="cell-wrap">
                <Text size="sm">{r.byAgency.map((a) => `${names.get(a.agencyId) ?? ''}: ${formatNumberVi(a.value)}`).join('; ')}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
