// The row of the Nhiệm vụ list as it was written with Mantine's components (before 1 December 2026),
// kept as the reference its plain markup (renderer/src/components/tasks/task-row-markup.tsx) must equal.
import { Anchor, Badge, Checkbox, Stack, Table, Text } from '@mantine/core';
import type { TaskRow } from '../../../shared/api/models';
import { describeDeadline } from '../../../shared/domain/deadline-format';
import { describeDaysLeft } from '../../../shared/domain/task-filter';
import { formatDateVi } from '../../../shared/dates/vietnamese-dates';
import { partsNote } from '../../../shared/domain/task-parts';
import { TASK_STATUS_LABELS } from '../../../shared/domain/labels';
import { agencyNames } from '../../../renderer/src/components/AgencyList';
import { TASK_STATUS_COLORS } from '../../../renderer/src/components/TaskStatusBadge';
import { rowColor } from '../../../renderer/src/components/tasks/TaskTable';

function AgencyList({ agencies, empty = '—' }: { agencies: TaskRow['lead']; empty?: string }) {
  if (agencies.length === 0) return <Text c="dimmed" size="sm">{empty}</Text>;
  return (
    <Text size="sm" title={agencies.map((a) => a.shortName).join('; ')}>
      {agencyNames(agencies)}
    </Text>
  );
}

function TaskAgencies({ task, role }: { task: TaskRow; role: 'lead' | 'support' }) {
  const own = role === 'lead' ? task.lead : task.support;
  const linked = (role === 'lead' ? task.linkedLead : task.linkedSupport) ?? [];
  const extra = linked.filter((a) => !own.some((o) => o.id === a.id) && (role === 'lead' || !task.lead.some((l) => l.id === a.id)));
  const duties = task.carriedBy ?? [];
  const sections = [...new Set(duties.map((d) => d.code.split('.')[0]))];
  if (extra.length === 0) {
    if (own.length === 0 && role === 'lead' && task.sharedResponsibility) {
      return <Text size="sm" data-testid="shared-responsibility">{task.sharedResponsibility}</Text>;
    }
    return <AgencyList agencies={own} {...(role === 'lead' ? { empty: 'Chưa giao' } : {})} />;
  }
  return (
    <Stack gap={0}>
      {own.length > 0 && <AgencyList agencies={own} />}
      <AgencyList agencies={extra} />
      <Text size="xs" c="dimmed" title={duties.map((d) => d.code).join(', ')}>
        theo mục {sections.join(', ')}
      </Text>
    </Stack>
  );
}

function DeadlineCell({ task }: { task: TaskRow }) {
  const left = describeDaysLeft(task);
  const showEffective = task.deadlineKind === 'period' && task.effectiveDeadline;
  return (
    <>
      <Text size="sm">{describeDeadline(task)}</Text>
      {showEffective && (
        <Text size="xs" c="dimmed">
          Kỳ này: {formatDateVi(task.effectiveDeadline)}
        </Text>
      )}
      {left && (
        <Text size="xs" fw={600} c={task.status === 'open_overdue' ? 'red.8' : task.dueSoon ? 'orange.8' : 'dimmed'}>
          {left}
        </Text>
      )}
      {task.completionDate && (
        <Text size="xs" c="dimmed">
          Hoàn thành: {formatDateVi(task.completionDate)}
        </Text>
      )}
    </>
  );
}

export function MantineTaskRow({ task: t, heading, selected }: { task: TaskRow; heading: boolean; selected: boolean }) {
  return (
    <>
      {heading && (
        <Table.Tr className="group-row">
          <Table.Td colSpan={7}>
            {t.group.code}. {t.group.title}
          </Table.Td>
        </Table.Tr>
      )}
      <Table.Tr bg={selected ? 'indigo.0' : rowColor(t)} data-status={t.status}>
        <Table.Td className="no-print">
          <Checkbox aria-label={`Chọn nhiệm vụ ${t.code}`} checked={selected} onChange={() => {}} />
        </Table.Td>
        <Table.Td>
          <Anchor component="button" type="button" size="sm" fw={600} onClick={() => {}}>
            {t.code}
          </Anchor>
        </Table.Td>
        <Table.Td className="cell-wrap">
          <Text size="sm" lineClamp={4} title={t.content} style={{ cursor: 'pointer' }} onClick={() => {}}>
            {t.content}
          </Text>
        </Table.Td>
        <Table.Td>
          <TaskAgencies task={t} role="lead" />
        </Table.Td>
        <Table.Td>
          <TaskAgencies task={t} role="support" />
        </Table.Td>
        <Table.Td>
          <DeadlineCell task={t} />
        </Table.Td>
        <Table.Td>
          <Badge color={t.dueSoon ? 'orange' : TASK_STATUS_COLORS[t.status]} variant="light" style={{ textTransform: 'none' }}>
            {t.dueSoon ? 'Sắp đến hạn' : TASK_STATUS_LABELS[t.status]}
          </Badge>
          {partsNote(t.parts).map((line) => (
            <Text key={line} size="xs" c="dimmed">
              {line}
            </Text>
          ))}
        </Table.Td>
      </Table.Tr>
    </>
  );
}
