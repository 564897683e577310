// The assignment matrix: tasks down, agencies across, "CT" where the agency leads (chủ trì) and
// "PH" where it supports (phối hợp). Shows the tasks the board's filters leave.
import { useEffect, useMemo, useState } from 'react';
import { Badge, Group, Pagination, Table, Text } from '@mantine/core';
import type { AgencyRow, TaskRow } from '../../../../shared/api/models';
import { TaskStatusBadge } from '../TaskStatusBadge';
import { rowColor } from './TaskTable';
import { TaskCodeCells } from './TaskCells';
import { matrixHeading } from '../../../../shared/excel/sheets';

const PAGE_SIZE = 100;


interface Props {
  tasks: TaskRow[];
  agencies: AgencyRow[];
  /** The agency the board is filtered on, highlighted. */
  agencyId: number | null;
  onOpen: (taskId: number) => void;
}

export function AssignmentMatrix({ tasks, agencies, agencyId, onOpen }: Props) {
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(tasks.length / PAGE_SIZE));
  useEffect(() => {
    if (page > pages) setPage(1);
  }, [page, pages]);

  // Columns: the plan's agencies that lead or support at least one of the tasks shown, in plan order.
  // A task carried out by duties of section V shows their agencies "(CT)"/"(PH)", not counted again.
  const { columns, roles, linked, totals } = useMemo(() => {
    const roles = new Map<number, Map<number, 'lead' | 'support'>>();
    const linked = new Map<number, Map<number, 'lead' | 'support'>>();
    const totals = new Map<number, { lead: number; support: number }>();
    const shownIds = new Set<number>();
    for (const t of tasks) {
      const m = new Map<number, 'lead' | 'support'>();
      for (const a of t.lead) m.set(a.id, 'lead');
      for (const a of t.support) if (!m.has(a.id)) m.set(a.id, 'support');
      roles.set(t.id, m);
      const l = new Map<number, 'lead' | 'support'>();
      for (const a of t.linkedLead ?? []) if (!m.has(a.id)) l.set(a.id, 'lead');
      for (const a of t.linkedSupport ?? []) if (!m.has(a.id) && !l.has(a.id)) l.set(a.id, 'support');
      linked.set(t.id, l);
      for (const id of l.keys()) shownIds.add(id);
      for (const [id, role] of m) {
        const tally = totals.get(id) ?? { lead: 0, support: 0 };
        tally[role] += 1;
        totals.set(id, tally);
        shownIds.add(id);
      }
    }
    return { columns: agencies.filter((a) => shownIds.has(a.id)), roles, linked, totals };
  }, [tasks, agencies]);

  const shown = tasks.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  if (tasks.length === 0) return null;

  return (
    <>
      <Group gap="md" className="no-print">
        <Group gap={4}>
          <Badge variant="filled" color="indigo">CT</Badge>
          <Text size="sm">Chủ trì</Text>
        </Group>
        <Group gap={4}>
          <Badge variant="light" color="teal">PH</Badge>
          <Text size="sm">Phối hợp</Text>
        </Group>
        <Text size="sm" c="dimmed">
          {tasks.length} nhiệm vụ × {columns.length} cơ quan, đơn vị
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={600} type="native">
        <Table withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing={4} aria-label="Ma trận phân công">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>Mã</Table.Th>
              <Table.Th miw={260}>Nhiệm vụ</Table.Th>
              {columns.map((a) => (
                <Table.Th
                  key={a.id}
                  title={a.shortName}
                  aria-label={a.shortName}
                  bg={a.id === agencyId ? 'yellow.1' : undefined}
                  style={{ writingMode: 'vertical-rl', transform: 'rotate(180deg)', whiteSpace: 'nowrap', height: 150, fontSize: 12 }}
                >
                  {matrixHeading(a)}
                </Table.Th>
              ))}
              <Table.Th w={200}>Tình trạng</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((t) => {
              const m = roles.get(t.id)!;
              return (
                <Table.Tr key={t.id} bg={rowColor(t)}>
                  <TaskCodeCells task={t} onOpen={onOpen} lines={2} size="xs" />
                  {columns.map((a) => {
                    const role = m.get(a.id);
                    const viaDuty = linked.get(t.id)?.get(a.id);
                    return (
                      <Table.Td
                        key={a.id}
                        ta="center"
                        bg={a.id === agencyId ? 'yellow.0' : undefined}
                        aria-label={
                          role
                            ? `${a.shortName}: ${role === 'lead' ? 'chủ trì' : 'phối hợp'}`
                            : viaDuty
                              ? `${a.shortName}: ${viaDuty === 'lead' ? 'chủ trì' : 'phối hợp'} theo mục V`
                              : undefined
                        }
                      >
                        {viaDuty && (
                          <Text size="xs" c="dimmed" title="Theo nhiệm vụ ở mục V">
                            ({viaDuty === 'lead' ? 'CT' : 'PH'})
                          </Text>
                        )}
                        {role === 'lead' && (
                          <Badge variant="filled" color="indigo" size="sm" px={4}>
                            CT
                          </Badge>
                        )}
                        {role === 'support' && (
                          <Badge variant="light" color="teal" size="sm" px={4}>
                            PH
                          </Badge>
                        )}
                      </Table.Td>
                    );
                  })}
                  <Table.Td>
                    <TaskStatusBadge status={t.status} dueSoon={t.dueSoon} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={2}>Tổng số (chủ trì / phối hợp)</Table.Th>
              {columns.map((a) => {
                const tally = totals.get(a.id) ?? { lead: 0, support: 0 };
                return (
                  <Table.Td key={a.id} ta="center" style={{ fontSize: 11 }} aria-label={`${a.shortName}: chủ trì ${tally.lead}, phối hợp ${tally.support}`}>
                    {tally.lead}/{tally.support}
                  </Table.Td>
                );
              })}
              <Table.Td />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && (
        <Group justify="center" className="no-print">
          <Pagination total={pages} value={page} onChange={setPage} aria-label="Trang" />
        </Group>
      )}
    </>
  );
}
