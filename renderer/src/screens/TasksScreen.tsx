import { Fragment, useMemo, useState } from 'react';
import { Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { usePlan } from '../app/plan-context';
import { useApi } from '../hooks/useApi';
import { ErrorAlert, Loading } from '../components/status';
import { ScreenTitle } from '../components/ScreenTitle';
import { AgencyList } from '../components/AgencyList';
import { TaskStatusBadge } from '../components/TaskStatusBadge';
import { describeDeadline } from '../../../shared/domain/deadline-format';
import { matchesSearch } from '../../../shared/text/vietnamese';
import type { TaskRow } from '../../../shared/api/models';

function searchableText(t: TaskRow): string {
  return [t.code, t.content, t.group.title, ...t.lead.map((a) => a.shortName), ...t.support.map((a) => a.shortName)].join(' ');
}

export function TasksScreen() {
  const { planId } = usePlan();
  const tasks = useApi('tasks.list', { planId });
  const [query, setQuery] = useState('');
  const [groupId, setGroupId] = useState<string | null>(null);

  const groups = useMemo(() => {
    const seen = new Map<number, TaskRow['group']>();
    for (const t of tasks.data ?? []) seen.set(t.group.id, t.group);
    return [...seen.values()];
  }, [tasks.data]);

  const visible = useMemo(
    () =>
      (tasks.data ?? []).filter(
        (t) => (!groupId || String(t.group.id) === groupId) && matchesSearch(searchableText(t), query),
      ),
    [tasks.data, query, groupId],
  );

  if (tasks.error) return <ErrorAlert message={tasks.error} />;
  if (!tasks.data) return <Loading />;

  return (
    <Stack>
      <ScreenTitle title="Nhiệm vụ" subtitle={`${visible.length} / ${tasks.data.length} nhiệm vụ`} />
      <Group className="no-print">
        <TextInput
          label="Tìm kiếm"
          placeholder="Gõ có dấu hoặc không dấu, ví dụ: cong an"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={360}
        />
        <Select
          label="Nhóm nhiệm vụ"
          placeholder="Tất cả các nhóm"
          clearable
          data={groups.map((g) => ({ value: String(g.id), label: `${g.code}. ${g.title}` }))}
          value={groupId}
          onChange={setGroupId}
          w={420}
        />
      </Group>
      <Table withTableBorder striped={false} verticalSpacing="xs" aria-label="Danh sách nhiệm vụ">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>Mã</Table.Th>
            <Table.Th>Nội dung nhiệm vụ</Table.Th>
            <Table.Th w={200}>Chủ trì</Table.Th>
            <Table.Th w={200}>Phối hợp</Table.Th>
            <Table.Th w={130}>Thời hạn</Table.Th>
            <Table.Th w={150}>Tình trạng</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visible.map((t, i) => (
            <Fragment key={t.id}>
              {(i === 0 || visible[i - 1]!.group.id !== t.group.id) && (
                <Table.Tr className="group-row">
                  <Table.Td colSpan={6}>
                    {t.group.code}. {t.group.title}
                  </Table.Td>
                </Table.Tr>
              )}
              <Table.Tr>
                <Table.Td>{t.code}</Table.Td>
                <Table.Td className="cell-wrap">
                  <Text size="sm" lineClamp={4} title={t.content}>
                    {t.content}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <AgencyList agencies={t.lead} empty="Chưa giao" />
                </Table.Td>
                <Table.Td>
                  <AgencyList agencies={t.support} />
                </Table.Td>
                <Table.Td>{describeDeadline(t)}</Table.Td>
                <Table.Td>
                  <TaskStatusBadge status={t.status} dueSoon={t.dueSoon} />
                </Table.Td>
              </Table.Tr>
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
      {visible.length === 0 && <Text c="dimmed">Không có nhiệm vụ nào khớp với điều kiện lọc.</Text>}
    </Stack>
  );
}
