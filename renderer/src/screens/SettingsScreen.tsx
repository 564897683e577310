import { useState } from 'react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useApi } from '../hooks/useApi';
import { ErrorAlert, Loading } from '../components/status';
import { ScreenTitle } from '../components/ScreenTitle';
import { BackupCard } from '../components/backup/BackupCard';
import { DocumentSettingsCard } from '../components/documents/DocumentSettingsCard';
import { StatisticSourcesCard } from '../components/documents/StatisticSourcesCard';
import { formatDateVi } from '../../../shared/dates/vietnamese-dates';
import { PlanDetailsModal } from '../components/plans/PlanDetailsModal';
import { usePlan } from '../app/plan-context';
import { hashParam } from '../app/routes';
import { UserSettingsCard } from '../components/settings/UserSettingsCard';

export function SettingsScreen() {
  const settings = useApi('settings.get', {});
  const info = useApi('app.info', {});
  const { planId, plan, choosePlan } = usePlan();
  const [details, setDetails] = useState(false);
  // "Mở Cài đặt" from a document's problem: the section it speaks of, on the field's tab.
  const [documentField] = useState(() =>
    hashParam(window.location.hash, 'muc') === 'van-ban' ? (hashParam(window.location.hash, 'truong') ?? '') : undefined,
  );

  if (settings.error) return <ErrorAlert message={settings.error} />;
  if (!settings.data || !info.data) return <Loading />;

  return (
    <Stack maw={720}>
      <ScreenTitle title="Cài đặt" />
      <UserSettingsCard stored={settings.data} />
      <Card withBorder>
        <Title order={4} mb="sm">
          Dữ liệu
        </Title>
        <Text size="sm">Thư mục dữ liệu: {info.data.dataDir}</Text>
        <Text size="sm">Tệp cơ sở dữ liệu: {info.data.databaseFile}</Text>
        <Text size="sm">Phiên bản: {info.data.version}</Text>
        <Text size="sm">Hôm nay: {formatDateVi(info.data.today)}</Text>
      </Card>
      <Card withBorder>
        <Title order={4} mb="sm">
          Kế hoạch đang làm việc
        </Title>
        <Group justify="space-between">
          <Text size="sm">
            {plan.title} ({plan.year})
          </Text>
          <Button variant="light" onClick={() => setDetails(true)}>
            Thông tin kế hoạch
          </Button>
        </Group>
        <PlanDetailsModal opened={details} planId={planId} onClose={() => setDetails(false)} onSaved={() => choosePlan(planId)} />
      </Card>
      <DocumentSettingsCard openOn={documentField} />
      <StatisticSourcesCard />
      <BackupCard />
    </Stack>
  );
}
