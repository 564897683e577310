// What "Lập từ kế hoạch có sẵn" will do, shown before it is done: the counts copied, how the dates
// move (with examples), the agencies left out, plans already made for that year, and what is not
// copied.
import { Alert, List, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { PlanCopyPreview } from '../../../../shared/api/board-models';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';

export function CopyPlanPreview({ preview }: { preview: PlanCopyPreview }) {
  return (
    <Stack gap="sm">
      <Text size="sm">
        Sẽ chép từ "{preview.source.title}" ({preview.source.year}) sang năm {preview.year}; các thời hạn theo ngày dời{' '}
        {preview.yearsMoved > 0 ? `thêm ${preview.yearsMoved}` : `lùi ${-preview.yearsMoved}`} năm. Kế hoạch{' '}
        {preview.source.year} giữ nguyên.
      </Text>
      <SimpleGrid cols={3} spacing="xs">
        <Text size="sm">Cơ quan, đơn vị: <b>{preview.counts.agencies}</b></Text>
        <Text size="sm">Nhóm nhiệm vụ: <b>{preview.counts.taskGroups}</b></Text>
        <Text size="sm">Nhiệm vụ: <b>{preview.counts.tasks}</b> (có ngày: {preview.counts.datedTasks})</Text>
        <Text size="sm">Chỉ tiêu: <b>{preview.counts.targets}</b></Text>
        <Text size="sm">Chế độ báo cáo: <b>{preview.counts.reportingDuties}</b></Text>
      </SimpleGrid>
      {preview.dateExamples.length > 0 && (
        <Table withTableBorder verticalSpacing={4} aria-label="Thời hạn được dời">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Nhiệm vụ</Table.Th>
              <Table.Th>Thời hạn cũ</Table.Th>
              <Table.Th>Thời hạn mới</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.dateExamples.map((d) => (
              <Table.Tr key={d.code}>
                <Table.Td>{d.code}</Table.Td>
                <Table.Td>{formatDateVi(d.from)}</Table.Td>
                <Table.Td>
                  {formatDateVi(d.to)}
                  {d.kept && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      (thời hạn của cả giai đoạn, giữ nguyên)
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {preview.skippedAgencies.length > 0 && (
        <Alert color="yellow" title="Không chép các cơ quan đã ngừng hoạt động">
          {preview.skippedAgencies.join('; ')}
        </Alert>
      )}
      {preview.existingPlansThatYear.length > 0 && (
        <Alert color="yellow" title={`Đã có kế hoạch năm ${preview.year}`}>
          {preview.existingPlansThatYear.join('; ')}
        </Alert>
      )}
      <div>
        <Text size="sm" fw={600}>
          Không chép sang:
        </Text>
        <List size="sm">
          {preview.notCopied.map((n) => (
            <List.Item key={n}>{n}</List.Item>
          ))}
        </List>
      </div>
    </Stack>
  );
}
