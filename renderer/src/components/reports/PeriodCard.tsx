// A reporting period at a glance: its label, data window, request letter and due day, with the
// counts of the register (who sent on time, late, not yet, exempt) and the rates.
import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReportingPeriodRow } from '../../../../shared/api/models';
import { lastDayText } from '../../../../shared/domain/report-status';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { formatNumberVi } from '../../../../shared/domain/target-format';
import { DeleteAdHocButton } from './DeleteAdHocButton';

function rate(value: number | null): string {
  return value === null ? '—' : `${formatNumberVi(value)}%`;
}

function Stat({ label, value, color }: { label: string; value: string | number; color?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={22} fw={700} c={color ?? 'indigo.8'}>
        {value}
      </Text>
    </Card>
  );
}

interface Props {
  period: ReportingPeriodRow;
  onEditDue: () => void;
  /** An ad-hoc request was deleted. */
  onDeleted: () => void;
}

export function PeriodCard({ period, onEditDue, onDeleted }: Props) {
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Text fw={600}>
            {period.adHoc ? 'Báo cáo đột xuất: ' : 'Báo cáo '}
            {period.label}
          </Text>
          {period.windowFrom && period.windowTo && (
            <Text size="sm">
              Kỳ số liệu: từ {formatDateVi(period.windowFrom)} đến {formatDateVi(period.windowTo)}
            </Text>
          )}
          {period.requestNumber && (
            <Text size="sm">
              Theo công văn số {period.requestNumber}
              {period.requestDate ? ` ngày ${formatDateVi(period.requestDate)}` : ''}
            </Text>
          )}
          <Text size="sm">
            Hạn gửi: <b>{formatDateVi(period.dueDate)}</b> ({period.dueText}; {lastDayText(period)})
            {period.defaultDueDate && period.defaultDueDate !== period.dueDate && (
              <Badge ml="xs" color="orange" variant="light" style={{ textTransform: 'none' }}>
                Đã dời hạn từ {formatDateVi(period.defaultDueDate)}
              </Badge>
            )}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={onEditDue}>
            Sửa hạn gửi
          </Button>
          {period.adHoc && (
            <DeleteAdHocButton
              period={period}
              onDeleted={onDeleted}
            />
          )}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 3, lg: 7 }} mt="sm" aria-label="Tình hình gửi báo cáo của kỳ">
        <Stat label="Phải gửi" value={period.summary.expected} />
        <Stat label="Đã gửi đúng hạn" value={period.summary.onTime} color="green.8" />
        <Stat label="Gửi chậm" value={period.summary.late} color="yellow.8" />
        <Stat label="Chưa gửi" value={period.summary.missing + period.summary.pending} color={period.summary.missing ? 'red.8' : undefined} />
        <Stat label="Được miễn" value={period.summary.exempt} color="gray.7" />
        <Stat label="Tỷ lệ đã gửi" value={rate(period.summary.reportingRate)} />
        <Stat label="Tỷ lệ đúng hạn" value={rate(period.summary.onTimeRate)} />
      </SimpleGrid>
    </Card>
  );
}
