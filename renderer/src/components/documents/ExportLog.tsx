// "Văn bản đã xuất": what was saved or downloaded, when, for which period, by whom.
import { Card, Table, Text, Title } from '@mantine/core';
import type { ExportLogRow } from '../../../../shared/api/documents-models';
import { DOCUMENT_KIND_LABELS } from '../../../../shared/api/documents-models';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';

export function ExportLog({ rows }: { rows: ExportLogRow[] }) {
  return (
    <Card withBorder>
      <Title order={4} mb="sm">
        Văn bản đã xuất
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">Chưa xuất văn bản nào của kế hoạch này.</Text>
      ) : (
        <Table striped aria-label="Văn bản đã xuất">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Ngày xuất</Table.Th>
              <Table.Th>Loại văn bản</Table.Th>
              <Table.Th>Kỳ báo cáo</Table.Th>
              <Table.Th>Tên tệp</Table.Th>
              <Table.Th>Người xuất</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{formatDateVi(r.exportedOn)}</Table.Td>
                <Table.Td>{DOCUMENT_KIND_LABELS[r.kind]}</Table.Td>
                <Table.Td>{r.periodLabel ?? '—'}</Table.Td>
                <Table.Td title={r.savedTo ?? undefined}>{r.fileName}</Table.Td>
                <Table.Td>{r.exportedBy}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
