// "Cơ quan, đơn vị": the agencies of the plan; add, edit, open one agency's page (what it leads,
// supports, what is late, its contact person), deactivate or delete it.
import { useMemo, useState } from 'react';
import { Anchor, Badge, Button, Group, SegmentedControl, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { usePlan } from '../app/plan-context';
import { useApi } from '../hooks/useApi';
import { useHashParams } from '../hooks/useHashParams';
import { AgencyPage } from '../components/agencies/AgencyPage';
import { AgencyFormModal } from '../components/agencies/AgencyFormModal';
import { AddExistingAgencyModal } from '../components/agencies/AddExistingAgencyModal';
import { AGENCY_LEVEL_LABELS } from '../../../shared/domain/plan-setup';
import type { AgencyRow } from '../../../shared/api/models';
import { ErrorAlert, Loading } from '../components/status';
import { ScreenTitle } from '../components/ScreenTitle';
import { AGENCY_KIND_LABELS } from '../../../shared/domain/labels';
import { AGENCY_KINDS } from '../../../shared/domain/types';
import { compareVietnamese, matchesSearch } from '../../../shared/text/vietnamese';

type SortOrder = 'plan' | 'name';

export function AgenciesScreen() {
  const { planId } = usePlan();
  const agencies = useApi('agencies.list', { planId });
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<string | null>(null);
  const [order, setOrder] = useState<SortOrder>('plan');
  const [params, setParams] = useHashParams();
  const [editing, setEditing] = useState<AgencyRow | 'new' | null>(null);
  const [picking, setPicking] = useState(false);
  const openAgencyId = Number(params.get('don-vi')) || null;

  const visible = useMemo(() => {
    const rows = (agencies.data ?? []).filter(
      (a) => (!kind || a.kind === kind) && matchesSearch(`${a.name} ${a.shortName} ${a.abbreviation}`, query),
    );
    return order === 'name' ? [...rows].sort((a, b) => compareVietnamese(a.shortName, b.shortName)) : rows;
  }, [agencies.data, query, kind, order]);

  if (agencies.error) return <ErrorAlert message={agencies.error} />;
  if (!agencies.data) return <Loading />;

  if (openAgencyId !== null) {
    return (
      <AgencyPage
        key={openAgencyId}
        planId={planId}
        agencyId={openAgencyId}
        agencies={agencies.data}
        onBack={() => setParams({ 'don-vi': null })}
      />
    );
  }

  return (
    <Stack>
      <ScreenTitle title="Cơ quan, đơn vị" subtitle={`${visible.length} / ${agencies.data.length} cơ quan, đơn vị`}>
        <Group className="no-print" gap="xs">
          <Button variant="light" onClick={() => setPicking(true)}>
            Chọn cơ quan có sẵn
          </Button>
          <Button onClick={() => setEditing('new')}>Thêm cơ quan, đơn vị</Button>
        </Group>
      </ScreenTitle>
      <Group className="no-print" align="flex-end">
        <TextInput
          label="Tìm kiếm"
          placeholder="Ví dụ: cong an, huong hoa"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={300}
        />
        <Select
          label="Loại"
          placeholder="Tất cả"
          clearable
          data={AGENCY_KINDS.map((k) => ({ value: k, label: AGENCY_KIND_LABELS[k] }))}
          value={kind}
          onChange={setKind}
          w={220}
        />
        <SegmentedControl
          aria-label="Sắp xếp"
          value={order}
          onChange={(v) => setOrder(v as SortOrder)}
          data={[
            { value: 'plan', label: 'Theo kế hoạch' },
            { value: 'name', label: 'Theo tên (A-Z)' },
          ]}
        />
      </Group>
      <Table withTableBorder striped verticalSpacing="xs" aria-label="Danh sách cơ quan, đơn vị">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Tên cơ quan, đơn vị</Table.Th>
            <Table.Th w={110}>Viết tắt</Table.Th>
            <Table.Th w={170}>Loại</Table.Th>
            <Table.Th w={90}>Chủ trì</Table.Th>
            <Table.Th w={90}>Phối hợp</Table.Th>
            <Table.Th w={120}>Báo cáo định kỳ</Table.Th>
            <Table.Th w={200}>Đầu mối liên hệ</Table.Th>
            <Table.Th w={70} className="no-print">
              Sửa
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visible.map((a) => (
            <Table.Tr key={a.id} c={a.active ? undefined : 'dimmed'}>
              <Table.Td>
                <Group gap={6}>
                  <Anchor size="sm" fw={500} href={`#/co-quan?don-vi=${a.id}`}>
                    {a.shortName}
                  </Anchor>
                  {!a.active && (
                    <Badge color="gray" size="sm" style={{ textTransform: 'none' }}>
                      Ngừng hoạt động
                    </Badge>
                  )}
                </Group>
                {a.name !== a.shortName && (
                  <Text size="xs" c="dimmed">
                    {a.name}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{a.abbreviation}</Table.Td>
              <Table.Td>
                {AGENCY_KIND_LABELS[a.kind]}
                {a.level === 'national' && (
                  <Text size="xs" c="dimmed">
                    {AGENCY_LEVEL_LABELS.national}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{a.leadCount}</Table.Td>
              <Table.Td>{a.supportCount}</Table.Td>
              <Table.Td>
                {a.reports ? (
                  <Badge variant="light" color="indigo" style={{ textTransform: 'none' }}>
                    Phải báo cáo
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    Không
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{[a.contactPerson, a.phone, a.email].filter(Boolean).join(' · ') || '—'}</Text>
              </Table.Td>
              <Table.Td className="no-print">
                <Button size="compact-xs" variant="subtle" aria-label={`Sửa ${a.shortName}`} onClick={() => setEditing(a)}>
                  Sửa
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <AddExistingAgencyModal
        opened={picking}
        planId={planId}
        onClose={() => setPicking(false)}
        onAdded={() => setPicking(false)}
      />
      <AgencyFormModal
        opened={editing !== null}
        planId={planId}
        agency={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={() => setEditing(null)}
      />
    </Stack>
  );
}
