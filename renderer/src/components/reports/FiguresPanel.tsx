// A period's figures: each statistic with its total over the agencies that reported it.
import { Alert, Table, Text } from '@mantine/core';
import { useApi } from '../../hooks/useApi';
import { useReloadOn } from '../../hooks/useReloadOn';
import { formatNumberVi } from '../../../../shared/domain/target-format';

export function FiguresPanel({ periodId, version }: { periodId: number; version: number }) {
  const figures = useApi('reporting.figures', { periodId });
  useReloadOn(version, figures.reload);
  if (figures.error) return <Alert color="red">{figures.error}</Alert>;
  if (!figures.data) return null;
  const names = new Map(figures.data.agencies.map((a) => [a.id, a.shortName]));
  if (figures.data.rows.length === 0) return <Text c="dimmed">Chưa có báo cáo nào của kỳ này mang số liệu.</Text>;
  return (
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
  );
}
