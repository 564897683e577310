import { useEffect, useState } from 'react';
import { Button, Card, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useApi } from '../hooks/useApi';
import { call } from '../api/client';
import { ErrorAlert, Loading } from '../components/status';
import { ScreenTitle } from '../components/ScreenTitle';
import { BackupCard } from '../components/backup/BackupCard';
import { DocumentSettingsCard } from '../components/documents/DocumentSettingsCard';
import { StatisticSourcesCard } from '../components/documents/StatisticSourcesCard';
import { formatDateVi } from '../../../shared/dates/vietnamese-dates';
import { PlanDetailsModal } from '../components/plans/PlanDetailsModal';
import { usePlan } from '../app/plan-context';
import { hashParam } from '../app/routes';
import { settingsVersion } from '../../../shared/domain/edit-version';
import { readClerkName } from '../../../shared/domain/clerk-name';
import { notifySuccess } from '../components/notify';
import type { SettingsValues } from '../../../shared/api/models';

export function SettingsScreen() {
  const settings = useApi('settings.get', {});
  const info = useApi('app.info', {});
  const [clerkName, setClerkName] = useState('');
  const [dueSoonDays, setDueSoonDays] = useState<number | string>(7);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { planId, plan, choosePlan } = usePlan();
  const [details, setDetails] = useState(false);
  // "Mở Cài đặt" from a document's problem: the section it speaks of, on the field's tab.
  const [documentField] = useState(() =>
    hashParam(window.location.hash, 'muc') === 'van-ban' ? (hashParam(window.location.hash, 'truong') ?? '') : undefined,
  );

  // The values the form was opened on (then last saved): a save carries their version, and one over
  // values saved since in another window is refused instead of overwriting them.
  const [openedOn, setOpenedOn] = useState<SettingsValues | null>(null);

  useEffect(() => {
    if (settings.data) {
      setClerkName(settings.data.clerkName);
      setDueSoonDays(settings.data.dueSoonDays);
      setOpenedOn(settings.data);
    }
  }, [settings.data]);

  if (settings.error) return <ErrorAlert message={settings.error} />;
  if (!settings.data || !info.data) return <Loading />;

  const save = async () => {
    const name = readClerkName(clerkName);
    if (!name.ok) {
      setMessage({ ok: false, text: name.message });
      return;
    }
    try {
      const saved = await call('settings.update', {
        ...(openedOn ? { version: settingsVersion(openedOn) } : {}),
        clerkName: name.name,
        dueSoonDays: Number(dueSoonDays),
      });
      setOpenedOn(saved);
      setClerkName(saved.clerkName);
      setMessage(null);
      notifySuccess('Đã lưu cài đặt.');
    } catch (err) {
      setMessage({ ok: false, text: (err as Error).message });
    }
  };

  return (
    <Stack maw={720}>
      <ScreenTitle title="Cài đặt" />
      <Card withBorder>
        <Title order={4} mb="sm">
          Người sử dụng
        </Title>
        <Stack>
          <TextInput
            label="Tên cán bộ"
            description="Được ghi vào lịch sử mỗi lần thay đổi dữ liệu."
            value={clerkName}
            onChange={(e) => setClerkName(e.currentTarget.value)}
          />
          <NumberInput
            label="Số ngày báo sắp đến hạn"
            description="Nhiệm vụ còn trong hạn nhưng đến hạn trong số ngày này sẽ được tô màu."
            min={0}
            max={365}
            value={dueSoonDays}
            onChange={setDueSoonDays}
          />
          <Group>
            <Button onClick={save}>Lưu</Button>
            {message && <Text c={message.ok ? 'green' : 'red'}>{message.text}</Text>}
          </Group>
        </Stack>
      </Card>
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
