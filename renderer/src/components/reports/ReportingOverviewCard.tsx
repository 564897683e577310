// On "Tổng quan": the current period's missing and late reports, and the periods falling due soon.
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useApi } from '../../hooks/useApi';
import { hashOf } from '../../app/routes';
import type { PeriodOutstanding } from '../../../../shared/api/models';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { formatNumberVi } from '../../../../shared/domain/target-format';
import { reportStatusText } from '../../../../shared/domain/report-status';

function Names({ title, items, color, empty }: { title: string; items: { name: string; note: string }[]; color: string; empty: string }) {
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {title} ({items.length})
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        items.slice(0, 10).map((i) => (
          <Group key={i.name} gap="xs" wrap="nowrap" justify="space-between">
            <Text size="sm">{i.name}</Text>
            <Badge size="sm" color={color} variant="light" style={{ textTransform: 'none', flexShrink: 0 }}>
              {i.note}
            </Badge>
          </Group>
        ))
      )}
      {items.length > 10 && (
        <Text size="sm" c="dimmed">
          … và {items.length - 10} đơn vị khác
        </Text>
      )}
    </Stack>
  );
}

function PeriodBlock({ o }: { o: PeriodOutstanding }) {
  const s = o.period.summary;
  return (
    <Stack gap="sm">
      <Text size="sm">
        Hạn gửi {formatDateVi(o.period.dueDate)} ({o.period.dueText}) · đã nhận {s.received}/{s.required} báo cáo · tỷ lệ đúng hạn{' '}
        {s.onTimeRate === null ? '—' : `${formatNumberVi(s.onTimeRate)}%`}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Names
          title="Chưa gửi, đã quá hạn"
          color="red"
          empty="Không có đơn vị nào."
          items={o.missing.map((e) => ({ name: e.agency.shortName, note: reportStatusText(e.status) }))}
        />
        <Names
          title="Gửi chậm"
          color="yellow"
          empty="Không có báo cáo nào gửi chậm."
          items={o.late.map((e) => ({ name: e.agency.shortName, note: reportStatusText(e.status) }))}
        />
        <Names
          title="Chưa gửi, chưa đến hạn"
          color="blue"
          empty="Không có."
          items={o.pending.map((e) => ({ name: e.agency.shortName, note: reportStatusText(e.status) }))}
        />
      </SimpleGrid>
    </Stack>
  );
}

export function ReportingOverviewCard({ planId }: { planId: number }) {
  const dashboard = useApi('reporting.dashboard', { planId });
  if (!dashboard.data) return null;
  const { current, dueSoon, dueSoonDays } = dashboard.data;
  return (
    <Card withBorder aria-label="Báo cáo của kỳ hiện tại">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{current ? `Báo cáo ${current.period.label}` : 'Báo cáo'}</Title>
        <Anchor href={hashOf('reports')} size="sm">
          Mở sổ theo dõi báo cáo
        </Anchor>
      </Group>
      {current ? <PeriodBlock o={current} /> : <Text c="dimmed">Chưa có kỳ báo cáo nào.</Text>}
      <Title order={5} mt="md" mb="xs">
        Sắp đến hạn trong {dueSoonDays} ngày tới
      </Title>
      {dueSoon.length === 0 ? (
        <Text size="sm" c="dimmed">
          Không có kỳ báo cáo nào khác đến hạn trong {dueSoonDays} ngày tới.
        </Text>
      ) : (
        dueSoon.map((o) => (
          <Stack key={o.period.id} gap={4} mb="sm">
            <Text fw={600} size="sm">
              {o.period.adHoc ? 'Đột xuất: ' : ''}
              {o.period.label}
            </Text>
            <PeriodBlock o={o} />
          </Stack>
        ))
      )}
    </Card>
  );
}
