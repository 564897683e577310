// "Lịch sử xóa": what was deleted from the plan (tasks, ad-hoc requests, urging records), who deleted
// it and when, with the deleted content field by field.
import { useState } from 'react';
import { Anchor, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useApi } from '../../hooks/useApi';

function atVi(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

export function DeletedHistoryCard({ planId }: { planId: number }) {
  const deleted = useApi('plans.deleted', { planId });
  const [open, setOpen] = useState<number | null>(null);
  const rows = deleted.data ?? [];
  return (
    <Card withBorder aria-label="Lịch sử xóa">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Lịch sử xóa</Title>
        <Text size="sm" c="dimmed">
          {rows.length === 0 ? 'Chưa xóa mục nào.' : `${rows.length} mục đã xóa`}
        </Text>
      </Group>
      {rows.length > 0 && (
        <Table verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150}>Thời điểm</Table.Th>
              <Table.Th w={190}>Loại</Table.Th>
              <Table.Th>Nội dung đã xóa</Table.Th>
              <Table.Th w={170}>Người xóa</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.auditId} style={{ verticalAlign: "top" }}>
                <Table.Td>{atVi(r.at)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color="red" style={{ textTransform: 'none' }}>
                    {r.entityLabel}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Anchor component="button" size="sm" ta="left" onClick={() => setOpen(open === r.auditId ? null : r.auditId)}>
                    {r.summary}
                  </Anchor>
                  {open === r.auditId && (
                    <Stack gap={2} mt={4}>
                      {r.content.map((c, i) => (
                        <Text key={i} size="xs">
                          <b>{c.label}:</b> {c.value}
                        </Text>
                      ))}
                    </Stack>
                  )}
                </Table.Td>
                <Table.Td>{r.actor}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
