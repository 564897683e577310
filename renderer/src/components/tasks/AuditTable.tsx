// The audit trail of a task or an agency: who changed which field when, old and new value.
import { Table, Text } from '@mantine/core';
import type { AuditLine } from '../../../../shared/api/board-models';
import { formatTimestampVi } from '../../../../shared/domain/audit-format';

export function AuditTable({ lines }: { lines: AuditLine[] }) {
  if (lines.length === 0) return <Text c="dimmed">Chưa có thay đổi nào được ghi lại.</Text>;
  return (
    <Table withTableBorder verticalSpacing="xs" aria-label="Lịch sử thay đổi">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={130}>Thời điểm</Table.Th>
          <Table.Th w={130}>Người thực hiện</Table.Th>
          <Table.Th w={140}>Nội dung</Table.Th>
          <Table.Th>Giá trị cũ</Table.Th>
          <Table.Th>Giá trị mới</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((l) => (
          <Table.Tr key={l.id}>
            <Table.Td>{formatTimestampVi(l.at)}</Table.Td>
            <Table.Td>{l.actor}</Table.Td>
            <Table.Td>{l.fieldLabel}</Table.Td>
            <Table.Td className="cell-wrap">
              <Text size="sm" c={l.oldValue ? undefined : 'dimmed'}>
                {l.oldValue ?? '(trống)'}
              </Text>
            </Table.Td>
            <Table.Td className="cell-wrap">
              <Text size="sm" c={l.newValue ? undefined : 'dimmed'}>
                {l.newValue ?? '(trống)'}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
