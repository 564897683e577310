// One agency's page: its contact person, what it leads, what it supports, what is late, and the
// history of its record. Deactivate or delete from here (delete only when nothing refers to it).
import { useMemo, useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import type { AgencyRow, TaskGroupRow } from '../../../../shared/api/models';
import { call } from '../../api/client';
import { useApi } from '../../hooks/useApi';
import { ErrorAlert, Loading } from '../status';
import { AGENCY_KIND_LABELS } from '../../../../shared/domain/labels';
import { AGENCY_LEVEL_LABELS } from '../../../../shared/domain/plan-setup';
import { hasRole, sortTasks, type RoleFilter } from '../../../../shared/domain/task-filter';
import { TaskDrawer } from '../tasks/TaskDrawer';
import { AuditTable } from '../tasks/AuditTable';
import { AgencyFormModal } from './AgencyFormModal';
import { AgencyTasks } from './AgencyTasks';
import { hashOf } from '../../app/routes';
import { FormButtons } from '../FormButtons';

function Count({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={26} fw={700} c={color ?? 'indigo.8'}>
        {value}
      </Text>
    </Card>
  );
}

interface Props {
  planId: number;
  agencyId: number;
  agencies: AgencyRow[];
  onBack: () => void;
}

export function AgencyPage({ planId, agencyId, agencies, onBack }: Props) {
  const [deleting, setDeleting] = useState(false);
  const detail = useApi('agencies.get', { agencyId, planId });
  const tasks = useApi('tasks.list', { planId });
  const groups = useApi('taskGroups.list', { planId });
  const history = useApi('agencies.history', { agencyId });
  // Whether the agency may be deleted: counted across every plan, so only when the clerk asks.
  const deletion = useApi('agencies.usage', deleting ? { agencyId } : null);
  const [role, setRole] = useState<RoleFilter>('either');
  const [openTaskId, setOpenTaskId] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const mine = useMemo(
    () => sortTasks((tasks.data ?? []).filter((t) => hasRole(t, agencyId, 'either')), 'status'),
    [tasks.data, agencyId],
  );
  const late = mine.filter((t) => t.status === 'open_overdue' || t.status === 'done_late');
  const shown = mine.filter((t) => hasRole(t, agencyId, role));

  if (detail.error) return <ErrorAlert message={detail.error} />;
  if (!detail.data || !tasks.data) return <Loading />;
  const a = detail.data;

  const setActive = async (active: boolean) => {
    setMessage(null);
    try {
      await call('agencies.setActive', { agencyId, planId, active });
      setDeleting(false);
      setMessage({ ok: true, text: active ? 'Cơ quan đã hoạt động trở lại.' : 'Đã chuyển cơ quan sang "Ngừng hoạt động": không giao thêm nhiệm vụ mới.' });
    } catch (err) {
      setMessage({ ok: false, text: (err as Error).message });
    }
  };

  const remove = async () => {
    try {
      await call('agencies.delete', { agencyId });
      setDeleting(false);
      onBack();
    } catch (err) {
      setDeleting(false);
      setMessage({ ok: false, text: (err as Error).message });
    }
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Anchor component="button" type="button" onClick={onBack} size="sm">
            ← Danh sách cơ quan, đơn vị
          </Anchor>
          <Title order={2} mt={4}>
            {a.shortName}
          </Title>
          <Text c="dimmed">
            {a.name} · {AGENCY_KIND_LABELS[a.kind]} · {AGENCY_LEVEL_LABELS[a.level]}
            {a.locality ? ` (${a.locality})` : ''} · viết tắt {a.abbreviation}
          </Text>
        </div>
        <Group className="no-print">
          {a.active ? (
            <Badge color="green" variant="light" size="lg" style={{ textTransform: 'none' }}>
              Đang hoạt động
            </Badge>
          ) : (
            <Badge color="gray" variant="filled" size="lg" style={{ textTransform: 'none' }}>
              Ngừng hoạt động
            </Badge>
          )}
          <Button variant="light" onClick={() => setEditing(true)}>
            Sửa thông tin
          </Button>
          {a.active ? (
            <Button variant="default" onClick={() => setActive(false)}>
              Ngừng hoạt động
            </Button>
          ) : (
            <Button variant="default" onClick={() => setActive(true)}>
              Hoạt động trở lại
            </Button>
          )}
          <Button color="red" variant="outline" onClick={() => setDeleting(true)}>
            Xóa
          </Button>
        </Group>
      </Group>
      {message && (
        <Text c={message.ok ? 'green.8' : 'red.8'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Text>
      )}
      <SimpleGrid cols={{ base: 2, md: 5 }}>
        <Card withBorder padding="sm">
          <Text size="sm" c="dimmed">
            Đầu mối liên hệ
          </Text>
          <Text fw={600}>{a.contactPerson ?? 'Chưa có'}</Text>
          <Text size="sm">{a.phone ?? ''}</Text>
          <Text size="sm">{a.email ?? ''}</Text>
        </Card>
        <Count label="Chủ trì" value={a.leadCount} />
        <Count label="Phối hợp" value={a.supportCount} />
        <Count label="Quá hạn" value={late.length} color={late.length ? 'red.8' : 'gray.6'} />
        <Count label="Sắp đến hạn" value={mine.filter((t) => t.dueSoon).length} color="orange.8" />
      </SimpleGrid>
      <Text size="sm">
        {a.reports ? 'Phải gửi báo cáo định kỳ của kế hoạch.' : 'Không phải gửi báo cáo định kỳ của kế hoạch.'}{' '}
        <Anchor href={`${hashOf('tasks')}?co-quan=${a.id}`}>Xem trên bảng nhiệm vụ</Anchor>
      </Text>
      <Tabs defaultValue="tasks" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="tasks">Nhiệm vụ ({mine.length})</Tabs.Tab>
          <Tabs.Tab value="late" color="red">
            Quá hạn ({late.length})
          </Tabs.Tab>
          <Tabs.Tab value="history">Lịch sử thay đổi</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="tasks" pt="sm">
          <Stack gap="xs">
            <SegmentedControl
              aria-label="Vai trò"
              value={role}
              onChange={(v) => setRole(v as RoleFilter)}
              data={[
                { value: 'either', label: `Tất cả (${mine.length})` },
                { value: 'lead', label: `Chủ trì (${a.leadCount})` },
                { value: 'support', label: `Phối hợp (${a.supportCount})` },
              ]}
              w="fit-content"
            />
            <AgencyTasks tasks={shown} agencyId={agencyId} onOpen={setOpenTaskId} label="Nhiệm vụ của cơ quan" />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="late" pt="sm">
          <AgencyTasks tasks={late} agencyId={agencyId} onOpen={setOpenTaskId} label="Nhiệm vụ quá hạn của cơ quan" />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="sm">
          {history.data ? <AuditTable lines={history.data} /> : <Loading />}
        </Tabs.Panel>
      </Tabs>

      <TaskDrawer
        taskId={openTaskId}
        planId={planId}
        agencies={agencies}
        groups={groups.data ?? ([] as TaskGroupRow[])}
        onClose={() => setOpenTaskId(null)}
      />
      <AgencyFormModal
        opened={editing}
        planId={planId}
        agency={a}
        onClose={() => setEditing(false)}
        onSaved={() => setEditing(false)}
      />
      <Modal opened={deleting} onClose={() => setDeleting(false)} title={`Xóa ${a.shortName}?`} size="lg">
        {deletion.error ? (
          <ErrorAlert message={deletion.error} />
        ) : !deletion.data ? (
          <Loading />
        ) : deletion.data.deleteBlockedReason ? (
          <Stack>
            <Text role="alert">{deletion.data.deleteBlockedReason}</Text>
            <Group>
              {a.active && (
                <Button onClick={() => setActive(false)}>Chuyển sang "Ngừng hoạt động"</Button>
              )}
              <Button variant="default" onClick={() => setDeleting(false)}>
                Đóng
              </Button>
            </Group>
          </Stack>
        ) : (
          <Stack>
            <Text>Cơ quan này chưa có nhiệm vụ, chỉ tiêu hay báo cáo nào. Xóa hẳn khỏi danh sách?</Text>
            <FormButtons submitLabel="Xóa hẳn" color="red" onSubmit={remove} onCancel={() => setDeleting(false)} />
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
