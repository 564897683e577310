// The import review's "Cơ quan" tab: the plan's agencies, known or proposed as new; a new one is renamed
// here, or merged into a known agency (every role moves to it).
import { Badge, ScrollArea, Select, Table, Text, TextInput } from '@mantine/core';
import type { PlanImportPreview } from '../../../../../shared/api/plan-import-contract';
import type { PlanDataset } from '../../../../../shared/domain/plan-dataset';

interface Props {
  agencies: PlanDataset['agencies'];
  preview: PlanImportPreview;
  setAgencyName: (code: string, name: string) => void;
  mergeAgency: (from: string, to: string) => void;
}

export function ReviewAgenciesTab({ agencies, preview, setAgencyName, mergeAgency }: Props) {
  const known = preview.choices.filter((c) => !c.isNew).map((c) => ({ value: c.code, label: c.shortName }));
  return (
    <ScrollArea.Autosize mah="55vh">
      <Table withTableBorder verticalSpacing={4} aria-label="Cơ quan của kế hoạch">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Cơ quan</Table.Th>
            <Table.Th w={120}>Nhận ra</Table.Th>
            <Table.Th w={320}>Là cơ quan đã có</Table.Th>
            <Table.Th w={120}>Phải báo cáo</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {agencies.map((a) => {
            const isNew = preview.agencies.some((x) => x.code === a.code && x.isNew);
            return (
              <Table.Tr key={a.code}>
                <Table.Td>
                  {isNew ? (
                    <TextInput aria-label={`Tên cơ quan mới ${a.code}`} size="xs" value={a.name} onChange={(e) => setAgencyName(a.code, e.currentTarget.value)} />
                  ) : (
                    <Text size="sm">{a.name}</Text>
                  )}
                </Table.Td>
                <Table.Td>{isNew ? <Badge color="orange">Mới</Badge> : <Badge color="teal">Đã có</Badge>}</Table.Td>
                <Table.Td>
                  {isNew && (
                    <Select
                      aria-label={`Gộp ${a.code} vào cơ quan đã có`}
                      size="xs"
                      placeholder="Chọn nếu là cơ quan đã có…"
                      data={known}
                      searchable
                      onChange={(v) => v && mergeAgency(a.code, v)}
                    />
                  )}
                </Table.Td>
                <Table.Td>{a.reports ? 'Có' : ''}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
