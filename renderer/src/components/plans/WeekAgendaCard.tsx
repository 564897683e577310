// "Việc tuần này" on Tổng quan: the reports and tasks of every plan worked on that are overdue or fall
// due in the coming seven days (rule: shared/domain/week-agenda.ts), each with one click to urge the
// agencies that owe a report (the register's Đôn đốc tab, those agencies ticked) or to open it.
import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useApi } from '../../hooks/useApi';
import { usePlan } from '../../app/plan-context';
import { hashOf } from '../../app/routes';
import type { WeekAgendaItem } from '../../../../shared/api/models';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { agendaDaysText } from '../../../../shared/domain/week-agenda';

const SHOWN_AGENCIES = 4;

/** The address that opens the item: the register on the period (its Đôn đốc tab), or the task. */
export function agendaHref(item: WeekAgendaItem, action: 'urge' | 'open'): string {
  if (item.kind === 'task') return `${hashOf('tasks')}?mo=${item.taskId}`;
  const query = new URLSearchParams({ ky: String(item.periodId) });
  if (action === 'urge') {
    query.set('the', 'don-doc');
    query.set('don-vi', item.agencies.map((a) => a.id).join(','));
  }
  return `${hashOf('reports')}?${query.toString()}`;
}

function Agencies({ item }: { item: WeekAgendaItem }) {
  const names = item.agencies.map((a) => a.shortName);
  const shown = names.slice(0, SHOWN_AGENCIES).join(', ');
  const more = names.length > SHOWN_AGENCIES ? ` và ${names.length - SHOWN_AGENCIES} đơn vị khác` : '';
  if (item.kind === 'task') return <Text size="sm">{names.length ? `Chủ trì: ${shown}${more}` : ''}</Text>;
  return (
    <Text size="sm">
      {item.when === 'overdue' ? 'Chưa gửi' : 'Chưa gửi, chưa đến hạn'}: {names.length} đơn vị ({shown}
      {more})
    </Text>
  );
}

export function WeekAgendaCard() {
  const { planId, choosePlan } = usePlan();
  const week = useApi('plans.week', { planId });
  if (!week.data) return null;
  const { today, weekEnd, items } = week.data;
  const go = (item: WeekAgendaItem, action: 'urge' | 'open') => {
    // An item of another plan: that plan becomes the one worked on, then its screen opens.
    if (item.planId !== planId) choosePlan(item.planId);
    window.location.hash = agendaHref(item, action);
  };
  const overdue = items.filter((i) => i.when === 'overdue').length;

  return (
    <Card withBorder aria-label="Việc tuần này">
      <Group justify="space-between" mb="xs">
        <Title order={4}>Việc tuần này</Title>
        <Text size="sm" c="dimmed">
          Từ {formatDateVi(today)} đến {formatDateVi(weekEnd)} · {overdue} việc quá hạn, {items.length - overdue} việc đến hạn
        </Text>
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Không có báo cáo hay nhiệm vụ nào quá hạn hoặc đến hạn trong 7 ngày tới.
        </Text>
      ) : (
        <Table verticalSpacing={6} aria-label="Báo cáo và nhiệm vụ quá hạn hoặc đến hạn trong 7 ngày tới">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150}>Hạn</Table.Th>
              <Table.Th>Việc</Table.Th>
              <Table.Th w={200} className="no-print" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={`${item.kind}-${item.periodId ?? item.taskId}`}>
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="sm">{formatDateVi(item.lastDay)}</Text>
                    <Badge size="sm" variant="light" color={item.when === 'overdue' ? 'red' : 'orange'} style={{ textTransform: 'none' }}>
                      {agendaDaysText(item.lastDay, today)}
                    </Badge>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600} lineClamp={2}>
                    {item.kind === 'task' ? `Nhiệm vụ ${item.taskCode}: ${item.label}` : item.label}
                  </Text>
                  <Agencies item={item} />
                  {item.planId !== planId && (
                    <Text size="xs" c="dimmed">
                      Kế hoạch {item.planTitle}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td className="no-print">
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {item.kind === 'report' && item.when === 'overdue' && item.agencies.length > 0 && (
                      <Button size="xs" color="red" variant="light" onClick={() => go(item, 'urge')}>
                        Đôn đốc
                      </Button>
                    )}
                    <Button size="xs" variant="default" onClick={() => go(item, 'open')}>
                      {item.kind === 'task' ? 'Mở nhiệm vụ' : 'Mở sổ'}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
