import { useState } from 'react';
import { Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { usePlan } from '../app/plan-context';
import { useApi } from '../hooks/useApi';
import { ErrorAlert, Loading } from '../components/status';
import { ScreenTitle } from '../components/ScreenTitle';
import { TASK_STATUSES } from '../../../shared/domain/task-status';
import { TASK_STATUS_LABELS } from '../../../shared/domain/labels';
import { TASK_STATUS_COLORS } from '../components/TaskStatusBadge';
import { formatDateVi } from '../../../shared/dates/vietnamese-dates';
import { hashOf } from '../app/routes';
import { ReportingOverviewCard } from '../components/reports/ReportingOverviewCard';
import { PlanDetailsModal } from '../components/plans/PlanDetailsModal';
import { PlanSetupCard } from '../components/plans/PlanSetupCard';
import { DeletedHistoryCard } from '../components/plans/DeletedHistoryCard';
import { planReference } from '../../../shared/domain/plan-setup';
import { StandingReportCard } from '../components/reports/StandingReportCard';
import { WeekAgendaCard } from '../components/plans/WeekAgendaCard';
import { ReportingRatesChart, TargetProgressChart, TaskBucketsChart } from '../components/charts/LazyCharts';

function Count({ label, value, href }: { label: string; value: number; href?: string }) {
  return (
    <Card withBorder padding="md" component={href ? 'a' : 'div'} href={href} style={{ textDecoration: 'none' }}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} c="indigo.8">
        {value}
      </Text>
    </Card>
  );
}

export function OverviewScreen() {
  const { planId, choosePlan } = usePlan();
  const overview = useApi('plans.overview', { planId });
  const duties = useApi('reporting.duties', { planId });
  const [detailsOpen, setDetailsOpen] = useState(false);
  if (overview.error) return <ErrorAlert message={overview.error} />;
  if (!overview.data) return <Loading />;
  const { plan, counts, tasksByStatus, dueSoonTasks } = overview.data;
  const numberLine = `Số: ${plan.number ?? '   '}/${plan.symbol}`;

  return (
    <Stack>
      <ScreenTitle title="Tổng quan">
        <Button variant="light" onClick={() => setDetailsOpen(true)}>
          Thông tin kế hoạch
        </Button>
      </ScreenTitle>
      <PlanSetupCard planId={planId} onOpenDetails={() => setDetailsOpen(true)} />
      <PlanDetailsModal
        opened={detailsOpen}
        planId={planId}
        onClose={() => setDetailsOpen(false)}
        onSaved={() => choosePlan(planId)}
      />
      <Card withBorder padding="lg">
        <Text size="sm" c="dimmed">
          {plan.issuer} · {numberLine} · {plan.issuedDate ? formatDateVi(plan.issuedDate) : plan.issuedDateText}
        </Text>
        {plan.number && plan.issuedDate && (
          <Text size="sm" c="teal.8" data-testid="plan-reference">
            Đã ban hành: {planReference(plan)}
          </Text>
        )}
        <Title order={3} mt={4}>
          Kế hoạch {plan.title}
        </Title>
        {plan.legalBases.map((b, i) => (
          <Text key={i} size="sm" mt={i === 0 ? 'xs' : 0}>
            {b}
          </Text>
        ))}
        {plan.parentProgramme && (
          <Text size="sm" mt="xs">
            Căn cứ: {plan.parentProgramme}
          </Text>
        )}
        {plan.standingAgency && (
          <Text size="sm" mt={4}>
            Cơ quan thường trực: <b>{plan.standingAgency.name}</b>
          </Text>
        )}
      </Card>

      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Count label="Cơ quan, đơn vị tham gia" value={counts.agencies} href={hashOf('agencies')} />
        {counts.districts > 0 && <Count label="Đơn vị cấp huyện" value={counts.districts} href={hashOf('agencies')} />}
        <Count label="Nhiệm vụ" value={counts.tasks} href={hashOf('tasks')} />
        <Count label="Chỉ tiêu" value={counts.targets} href={hashOf('targets')} />
        <Count label="Nhóm nhiệm vụ" value={counts.taskGroups} href={hashOf('tasks')} />
        <Count label="Đơn vị phải báo cáo" value={counts.reportingAgencies} href={hashOf('agencies')} />
        <Count label="Chế độ báo cáo" value={counts.reportingDuties} href={hashOf('reports')} />
        <Count label="Nhiệm vụ sắp đến hạn" value={dueSoonTasks} href={hashOf('tasks')} />
      </SimpleGrid>

      <WeekAgendaCard />
      <ReportingOverviewCard planId={planId} />
      {duties.data && <StandingReportCard duties={duties.data} />}

      <Card withBorder>
        <Title order={4} mb="sm">
          Tình hình thực hiện nhiệm vụ
        </Title>
        <Group gap="sm">
          {TASK_STATUSES.map((s) => (
            <Badge key={s} size="lg" variant="light" color={TASK_STATUS_COLORS[s]} style={{ textTransform: 'none' }}>
              {TASK_STATUS_LABELS[s]}: {tasksByStatus[s]}
            </Badge>
          ))}
        </Group>
      </Card>

      <SimpleGrid cols={{ base: 1, lg: 2 }} className="chart-grid">
        <TaskBucketsChart byStatus={tasksByStatus} />
        <ReportingRatesChart planId={planId} />
        <TargetProgressChart planId={planId} />
      </SimpleGrid>

      <Card withBorder>
        <Title order={4} mb="sm">
          Chế độ báo cáo
        </Title>
        {duties.data && (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Loại báo cáo</Table.Th>
                <Table.Th>Thời hạn</Table.Th>
                <Table.Th>Gửi về</Table.Th>
                <Table.Th>Số đơn vị phải gửi</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {duties.data.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{d.title}</Table.Td>
                  <Table.Td>{d.dueText}</Table.Td>
                  <Table.Td>{d.upward ? d.recipientText : (d.recipient?.shortName ?? '—')}</Table.Td>
                  <Table.Td>{d.obliged.length}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <DeletedHistoryCard planId={planId} />
    </Stack>
  );
}
