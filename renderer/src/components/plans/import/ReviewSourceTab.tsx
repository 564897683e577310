// The import review's "Văn bản gốc" tab: every source paragraph with what it was read as; a paragraph
// that fits nowhere is marked "Chưa xếp".
import { Badge, ScrollArea, Table, Text } from '@mantine/core';
import type { PlanImportPreview } from '../../../../../shared/api/plan-import-contract';
import { ROLE_LABELS } from './labels';

export function ReviewSourceTab({ blocks }: { blocks: PlanImportPreview['blocks'] }) {
  return (
    <ScrollArea.Autosize mah="55vh">
      <Table withTableBorder verticalSpacing={2} aria-label="Văn bản gốc">
        <Table.Tbody>
          {blocks.map((b) => (
            <Table.Tr key={b.index} bg={b.role === null ? 'var(--mantine-color-red-0)' : undefined}>
              <Table.Td w={48}>
                <Text size="xs" c="dimmed">
                  {b.index + 1}
                </Text>
              </Table.Td>
              <Table.Td w={200}>
                {b.role ? (
                  <Badge variant="light" size="sm">
                    {ROLE_LABELS[b.role] ?? b.role}
                    {b.ref && b.ref !== 'duty' ? ` ${b.ref}` : ''}
                  </Badge>
                ) : (
                  <Badge color="red" size="sm">
                    Chưa xếp
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {b.text}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
