// The plan's statistics: the built-in catalogue (read-only) and the plan's own (added and edited
// here, StatisticEditModal), and which statistics each agency is asked for in its reports
// (StatisticRequestsCard).
import { useState } from 'react';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useApi } from '../../hooks/useApi';
import { RowActions } from '../RowActions';
import type { AgencyRef, StatisticRow } from '../../../../shared/api/models';
import { STATISTIC_KIND_LABELS } from './statistic-form';
import { StatisticEditModal } from './StatisticEditModal';
import { StatisticRequestsCard } from './StatisticRequestsCard';

export function StatisticsPanel({ planId, agencies }: { planId: number; agencies: AgencyRef[] }) {
  const statistics = useApi('statistics.list', { planId });
  const [editing, setEditing] = useState<StatisticRow | 'new' | null>(null);
  if (!statistics.data) return null;
  const rows = statistics.data;
  return (
    <Stack>
      <StatisticRequestsCard planId={planId} statistics={rows} agencies={agencies} />
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {rows.length} chỉ số; chỉ số có sẵn dùng chung cho mọi kế hoạch và không sửa được.
        </Text>
        <Button onClick={() => setEditing('new')}>Thêm chỉ số</Button>
      </Group>
      <Table withTableBorder verticalSpacing={4} aria-label="Danh mục chỉ số">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>Mã</Table.Th>
            <Table.Th>Tên chỉ số</Table.Th>
            <Table.Th w={110}>Đơn vị tính</Table.Th>
            <Table.Th w={190}>Cách cộng</Table.Th>
            <Table.Th w={90} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((s) => (
            <Table.Tr key={s.code}>
              <Table.Td>{s.code}</Table.Td>
              <Table.Td className="cell-wrap">
                <Text size="sm">{s.label}</Text>
                <Text size="xs" c="dimmed">
                  {s.group}
                  {s.partOf ? ` · trong đó của ${s.partOf}` : ''}
                </Text>
              </Table.Td>
              <Table.Td>{s.unit}</Table.Td>
              <Table.Td>{STATISTIC_KIND_LABELS[s.kind]}</Table.Td>
              <Table.Td>
                {s.builtin || s.planId !== planId ? (
                  <Badge variant="light" color="gray" style={{ textTransform: 'none' }}>
                    Có sẵn
                  </Badge>
                ) : (
                  <RowActions name={`chỉ số ${s.code}`} onEdit={() => setEditing(s)} />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && (
        <StatisticEditModal
          planId={planId}
          statistic={editing === 'new' ? null : editing}
          statistics={rows}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
