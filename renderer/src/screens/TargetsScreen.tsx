// "Chỉ tiêu": each target with its value, and how far it has come per period from the figures of
// the received reports (computed by shared/domain/statistics.ts), with the contributing reports; a
// second tab for the plan's statistics and who reports them. The parts are in components/targets/.
import { useState } from 'react';
import { Alert, Button, Group, Stack, Tabs } from '@mantine/core';
import { StatisticsPanel } from '../components/targets/StatisticsPanel';
import { usePlan } from '../app/plan-context';
import { useApi } from '../hooks/useApi';
import { ErrorAlert, Loading } from '../components/status';
import { ScreenTitle } from '../components/ScreenTitle';
import { ExcelButton } from '../components/ExcelButton';
import { TargetEditModal } from '../components/targets/TargetEditModal';
import { TargetsTable } from '../components/targets/TargetsTable';
import { DeleteTargetModal } from '../components/targets/DeleteTargetModal';
import type { TargetRow } from '../../../shared/api/models';

export function TargetsScreen() {
  const { planId } = usePlan();
  const targets = useApi('targets.list', { planId });
  const progress = useApi('targets.progress', { planId });
  const statistics = useApi('statistics.list', { planId });
  const agencies = useApi('agencies.list', { planId });
  const unitCounts = useApi('targets.unitCounts', { planId });
  const [editing, setEditing] = useState<TargetRow | 'new' | null>(null);
  const [deleting, setDeleting] = useState<TargetRow | null>(null);
  const [tab, setTab] = useState<string | null>('targets');
  if (targets.error) return <ErrorAlert message={targets.error} />;
  if (!targets.data) return <Loading />;
  const rows = targets.data;
  const agencyRefs = (agencies.data ?? []).map((a) => ({ id: a.id, shortName: a.shortName, kind: a.kind }));

  return (
    <Stack>
      <ScreenTitle title="Chỉ tiêu" subtitle={`${rows.length} chỉ tiêu của kế hoạch; kết quả tính từ số liệu trong các báo cáo đã nhận`}>
        <Group className="no-print">
          <ExcelButton request={{ kind: 'targets', planId }} />
          {tab === 'targets' && <Button onClick={() => setEditing('new')}>Thêm chỉ tiêu</Button>}
        </Group>
      </ScreenTitle>
      {progress.error && <ErrorAlert message={progress.error} />}
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab value="targets">Chỉ tiêu</Tabs.Tab>
          <Tabs.Tab value="statistics">Chỉ số và đơn vị báo cáo</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="statistics" pt="sm">
          {tab === 'statistics' && <StatisticsPanel planId={planId} agencies={agencyRefs} />}
        </Tabs.Panel>
        <Tabs.Panel value="targets" pt="sm">
          {rows.length === 0 && (
            <Alert color="blue" mb="sm">
              Kế hoạch chưa có chỉ tiêu nào. Bấm "Thêm chỉ tiêu" để nhập các chỉ tiêu của kế hoạch.
            </Alert>
          )}
          <TargetsTable rows={rows} progress={progress.data} unitCounts={unitCounts.data} onEdit={setEditing} onDelete={setDeleting} />
        </Tabs.Panel>
      </Tabs>
      {editing && statistics.data && (
        <TargetEditModal
          planId={planId}
          target={editing === 'new' ? null : editing}
          statistics={statistics.data}
          agencies={agencyRefs}
          unitCounts={unitCounts.data ?? []}
          groups={[...new Set(rows.map((r) => r.group).filter(Boolean))]}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && <DeleteTargetModal key={deleting.id} target={deleting} onClose={() => setDeleting(null)} />}
    </Stack>
  );
}
