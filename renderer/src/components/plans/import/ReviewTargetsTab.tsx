// The import review's "Chỉ tiêu" tab: each target read, its kind, comparator, value and unit corrected here.
import { NumberInput, ScrollArea, Select, Table, Text, TextInput } from '@mantine/core';
import type { PlanDataset } from '../../../../../shared/domain/plan-dataset';
import type { TargetComparator, TargetKind } from '../../../../../shared/domain/types';
import { COMPARATORS, TARGET_KINDS } from './labels';

interface Props {
  targets: PlanDataset['targets'];
  setTarget: (i: number, patch: Partial<PlanDataset['targets'][number]>) => void;
}

export function ReviewTargetsTab({ targets, setTarget }: Props) {
  return (
    <ScrollArea.Autosize mah="55vh">
      <Table withTableBorder verticalSpacing={4} aria-label="Chỉ tiêu nhận được">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>Mã</Table.Th>
            <Table.Th>Chỉ tiêu</Table.Th>
            <Table.Th w={150}>Loại</Table.Th>
            <Table.Th w={120}>So sánh</Table.Th>
            <Table.Th w={120}>Giá trị</Table.Th>
            <Table.Th w={130}>Đơn vị</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {targets.map((t, i) => (
            <Table.Tr key={t.code} data-target={t.code}>
              <Table.Td>{t.code}</Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {t.group}
                </Text>
                <Text size="sm">{t.wording}</Text>
              </Table.Td>
              <Table.Td>
                <Select aria-label={`Loại chỉ tiêu ${t.code}`} size="xs" data={TARGET_KINDS} value={t.kind} allowDeselect={false} onChange={(v) => v && setTarget(i, { kind: v as TargetKind })} />
              </Table.Td>
              <Table.Td>
                {t.kind !== 'qualitative' && (
                  <Select aria-label={`So sánh ${t.code}`} size="xs" data={COMPARATORS} value={t.comparator ?? 'exactly'} allowDeselect={false} onChange={(v) => v && setTarget(i, { comparator: v as TargetComparator })} />
                )}
              </Table.Td>
              <Table.Td>
                {t.kind !== 'qualitative' && (
                  <NumberInput aria-label={`Giá trị ${t.code}`} size="xs" value={t.value ?? ''} min={0} onChange={(v) => setTarget(i, { value: typeof v === 'number' ? v : undefined })} />
                )}
              </Table.Td>
              <Table.Td>
                {t.kind !== 'qualitative' && (
                  <TextInput aria-label={`Đơn vị ${t.code}`} size="xs" value={t.unit ?? ''} onChange={(e) => setTarget(i, { unit: e.currentTarget.value || undefined })} />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
