// The import review's "Nhiệm vụ" tab: the tasks by group, each beside its source paragraph, with the
// "Theo mục V" column where the plan has general tasks and duties (proposals to tick, links by hand).
import { useState } from 'react';
import { Button, Group, ScrollArea, Table, Text } from '@mantine/core';
import type { PlanImportPreview } from '../../../../../shared/api/plan-import-contract';
import type { PlanDataset } from '../../../../../shared/domain/plan-dataset';
import type { ImportedTask } from './labels';
import { ReviewTaskRow } from './ReviewTaskRow';
import type { DutyLinks } from './use-duty-links';

interface Props {
  preview: PlanImportPreview;
  ds: PlanDataset;
  links: DutyLinks;
  agencyOptions: { value: string; label: string }[];
  agencyName: (code: string) => string;
  setTask: (i: number, patch: Partial<ImportedTask>) => void;
}

export function ReviewTasksTab({ preview, ds, links, agencyOptions, agencyName, setTask }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const groupTitle = new Map(ds.taskGroups.map((g) => [g.code, g.title]));
  const sourceText = (ids: number[] | undefined) => (ids ?? []).map((i) => preview.blocks[i]?.text ?? '').join('\n');
  const byHand = (ds.taskLinks ?? []).length - links.acceptedProposals;
  return (
    <>
      {links.shown && (
        <Group gap="xs" mb="xs" aria-label="Liên kết theo mục V">
          <Text size="sm">
            {preview.links.length > 0
              ? `Đề xuất ${preview.links.length} liên kết “theo mục V” cho ${new Set(preview.links.map((l) => l.task)).size} nhiệm vụ chưa có cơ quan chủ trì (nhiệm vụ và mục của cơ quan có chung cụm từ); đã nhận ${links.acceptedProposals}. `
              : 'Không có đề xuất liên kết “theo mục V”. '}
            {byHand > 0 ? `Thêm tay ${byHand} liên kết. ` : ''}
            Đánh dấu ở cột “Theo mục V” những liên kết đúng; bấm “Sửa” ở một nhiệm vụ để thêm liên kết khác.
          </Text>
          {preview.links.length > 0 && (
            <>
              <Button size="compact-xs" variant="light" onClick={() => links.setAccepted(preview.links, true)}>
                Nhận tất cả
              </Button>
              <Button size="compact-xs" variant="subtle" onClick={() => links.setAccepted(preview.links, false)}>
                Bỏ tất cả
              </Button>
            </>
          )}
        </Group>
      )}
      <ScrollArea.Autosize mah="55vh">
        <Table withTableBorder verticalSpacing={4} aria-label="Nhiệm vụ nhận được" stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>Mã</Table.Th>
              <Table.Th miw={320}>Nội dung nhận được</Table.Th>
              <Table.Th w={190}>Chủ trì</Table.Th>
              <Table.Th w={190}>Phối hợp</Table.Th>
              <Table.Th w={160}>Thời hạn</Table.Th>
              {links.shown && <Table.Th w={240}>Theo mục V</Table.Th>}
              <Table.Th w="26%">Đoạn văn gốc</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ds.tasks.map((t, i) => {
              const newGroup = i === 0 || ds.tasks[i - 1]!.group !== t.group;
              return [
                newGroup && (
                  <Table.Tr key={`g-${t.group}`} bg="var(--mantine-color-gray-1)">
                    <Table.Td colSpan={links.shown ? 7 : 6}>
                      <Text size="sm" fw={600}>
                        {t.group}. {groupTitle.get(t.group)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ),
                <ReviewTaskRow
                  key={t.code}
                  task={t}
                  editing={editing === t.code}
                  onEdit={() => setEditing(editing === t.code ? null : t.code)}
                  agencyOptions={agencyOptions}
                  agencyName={agencyName}
                  source={sourceText(preview.sources.tasks[t.code])}
                  onChange={(patch) => setTask(i, patch)}
                  links={links.shown ? links : undefined}
                />,
              ];
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </>
  );
}
