// "Các lần đôn đốc kỳ này": each urging recorded for the period (day, letter, agencies, who recorded
// it), deleted after a confirmation.
import { useState } from 'react';
import { Button, Table, Text, Title } from '@mantine/core';
import { call } from '../../api/client';
import type { UrgingRow } from '../../../../shared/api/models';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { ConfirmDelete } from '../ConfirmDelete';

export function UrgingHistory({ urgings }: { urgings: UrgingRow[] | undefined }) {
  const [deleting, setDeleting] = useState<UrgingRow | null>(null);
  return (
    <>
      <Title order={5}>Các lần đôn đốc kỳ này</Title>
      {urgings && urgings.length === 0 && (
        <Text size="sm" c="dimmed">
          Chưa đôn đốc lần nào.
        </Text>
      )}
      {urgings && urgings.length > 0 && (
        <Table withTableBorder aria-label="Các lần đôn đốc">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={120}>Ngày</Table.Th>
              <Table.Th w={200}>Số công văn</Table.Th>
              <Table.Th>Đơn vị được đôn đốc</Table.Th>
              <Table.Th w={160}>Người ghi</Table.Th>
              <Table.Th w={70} className="no-print">
                Xóa
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {urgings.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>{formatDateVi(u.urgedOn)}</Table.Td>
                <Table.Td>{u.letterNumber ?? '—'}</Table.Td>
                <Table.Td className="cell-wrap">{u.agencies.map((a) => a.shortName).join('; ')}</Table.Td>
                <Table.Td>{u.createdBy}</Table.Td>
                <Table.Td className="no-print">
                  <Button size="compact-xs" variant="subtle" color="red" aria-label={`Xóa lần đôn đốc ngày ${formatDateVi(u.urgedOn)}`} onClick={() => setDeleting(u)}>
                    Xóa
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ConfirmDelete
        opened={deleting !== null}
        title="Xóa lần đôn đốc?"
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          await call('urging.delete', { urgingId: deleting!.id });
          setDeleting(null);
        }}
      >
        {deleting && (
          <Text size="sm">
            Đôn đốc ngày {formatDateVi(deleting.urgedOn)}
            {deleting.letterNumber ? `, công văn số ${deleting.letterNumber}` : ''}: {deleting.agencies.map((a) => a.shortName).join('; ')}.
          </Text>
        )}
      </ConfirmDelete>
    </>
  );
}
