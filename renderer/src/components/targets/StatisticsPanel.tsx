// The plan's statistics: the built-in catalogue (read-only) and the plan's own (added and edited
// here), and which statistics each agency is asked for in its reports.
import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Card, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { viOptionsFilter } from '../vi-filter';
import { call, ApiCallError } from '../../api/client';
import { useApi } from '../../hooks/useApi';
import { RowActions } from '../RowActions';
import type { AgencyRef, StatisticRow } from '../../../../shared/api/models';
import { STATISTIC_KINDS, type StatisticKind } from '../../../../shared/domain/statistics';

export const STATISTIC_KIND_LABELS: Record<StatisticKind, string> = {
  flow: 'Cộng dồn trong kỳ',
  stock: 'Tại thời điểm chốt số liệu',
};

function StatisticModal({
  planId,
  statistic,
  statistics,
  onClose,
}: {
  planId: number;
  statistic: StatisticRow | null;
  statistics: StatisticRow[];
  onClose: () => void;
}) {
  const [code, setCode] = useState(statistic?.code ?? '');
  const [label, setLabel] = useState(statistic?.label ?? '');
  const [unit, setUnit] = useState(statistic?.unit ?? '');
  const [kind, setKind] = useState<StatisticKind>(statistic?.kind ?? 'flow');
  const [group, setGroup] = useState(statistic?.group ?? 'Chỉ số riêng của kế hoạch');
  const [partOf, setPartOf] = useState<string | null>(statistic?.partOf ?? null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  async function save() {
    const found: Record<string, string> = {};
    if (!code.trim()) found.code = 'Chưa nhập mã chỉ số.';
    if (!label.trim()) found.label = 'Chưa nhập tên chỉ số.';
    if (!unit.trim()) found.unit = 'Chưa nhập đơn vị tính.';
    setErrors(found);
    if (Object.keys(found).length) return;
    const fields = { planId, code: code.trim(), label: label.trim(), unit: unit.trim(), kind, group: group.trim() || null, partOf };
    try {
      if (statistic) await call('statistics.update', fields);
      else await call('statistics.create', fields);
      onClose();
    } catch (err) {
      if (err instanceof ApiCallError && err.error.field) setErrors({ [err.error.field]: err.error.message });
      else setFormError(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <Modal opened onClose={onClose} title={statistic ? `Sửa chỉ số ${statistic.code}` : 'Thêm chỉ số của kế hoạch'} size="lg" closeOnClickOutside={false}>
      <Stack gap="sm">
        {formError && <Alert color="red">{formError}</Alert>}
        <SimpleGrid cols={2}>
          <TextInput label="Mã chỉ số" placeholder="Ví dụ NB01" value={code} onChange={(e) => setCode(e.currentTarget.value)} disabled={!!statistic} error={errors.code} />
          <TextInput label="Đơn vị tính" placeholder="Ví dụ xã, lượt người" value={unit} onChange={(e) => setUnit(e.currentTarget.value)} error={errors.unit} />
        </SimpleGrid>
        <TextInput label="Tên chỉ số" value={label} onChange={(e) => setLabel(e.currentTarget.value)} error={errors.label} />
        <SimpleGrid cols={2}>
          <Select
            label="Cách cộng số liệu"
            allowDeselect={false}
            data={STATISTIC_KINDS.map((k) => ({ value: k, label: STATISTIC_KIND_LABELS[k] }))}
            value={kind}
            onChange={(k) => k && setKind(k as StatisticKind)}
          />
          <TextInput label="Nhóm" value={group} onChange={(e) => setGroup(e.currentTarget.value)} error={errors.group} />
        </SimpleGrid>
        <Select
          label='Thuộc chỉ số ("trong đó")'
          description="Để trống nếu đây không phải một phần của chỉ số khác"
          searchable
          filter={viOptionsFilter}
          clearable
          data={statistics.filter((s) => s.code !== code).map((s) => ({ value: s.code, label: `${s.code}. ${s.label}` }))}
          value={partOf}
          onChange={setPartOf}
          error={errors.partOf}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
          <Button onClick={save}>Lưu chỉ số</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function RequestsCard({ planId, statistics, agencies }: { planId: number; statistics: StatisticRow[]; agencies: AgencyRef[] }) {
  const requests = useApi('statistics.requests', { planId });
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [codes, setCodes] = useState<string[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    if (!agencyId) return;
    // Only the statistics asked directly: "trong đó" parts follow their statistic.
    const asked = requests.data?.find((r) => r.agencyId === Number(agencyId))?.codes ?? [];
    setCodes(asked.filter((c) => !statistics.find((s) => s.code === c)?.partOf || !asked.includes(statistics.find((s) => s.code === c)!.partOf!)));
    setMessage(null);
  }, [agencyId, requests.data, statistics]);

  async function save() {
    if (!agencyId) return;
    try {
      await call('statistics.setRequests', { planId, agencyId: Number(agencyId), codes });
      setMessage({ ok: true, text: 'Đã lưu các chỉ số giao cho đơn vị.' });
    } catch (err) {
      setMessage({ ok: false, text: err instanceof Error ? err.message : String(err) });
    }
  }

  return (
    <Card withBorder>
      <Title order={5}>Chỉ số giao cho từng đơn vị</Title>
      <Text size="sm" c="dimmed" mb="xs">
        Khi ghi nhận báo cáo, mỗi đơn vị được gợi ý đúng các chỉ số của mình. Đơn vị thực hiện một chỉ tiêu được giao chỉ số đo của chỉ tiêu đó.
      </Text>
      <Group align="flex-end" wrap="nowrap">
        <Select
          label="Đơn vị"
          searchable
          filter={viOptionsFilter}
          w={320}
          data={agencies.map((a) => ({ value: String(a.id), label: `${a.shortName} (${requests.data?.find((r) => r.agencyId === a.id)?.codes.length ?? 0} chỉ số)` }))}
          value={agencyId}
          onChange={setAgencyId}
        />
        <MultiSelect
          label="Các chỉ số"
          searchable
          filter={viOptionsFilter}
          style={{ flex: 1 }}
          disabled={!agencyId}
          data={statistics.map((s) => ({ value: s.code, label: `${s.code}. ${s.label}` }))}
          value={codes}
          onChange={setCodes}
          maxDropdownHeight={260}
        />
        <Button onClick={save} disabled={!agencyId}>
          Lưu
        </Button>
      </Group>
      {message && (
        <Text size="sm" mt="xs" c={message.ok ? 'green.8' : 'red.8'}>
          {message.text}
        </Text>
      )}
    </Card>
  );
}

export function StatisticsPanel({ planId, agencies }: { planId: number; agencies: AgencyRef[] }) {
  const statistics = useApi('statistics.list', { planId });
  const [editing, setEditing] = useState<StatisticRow | 'new' | null>(null);
  if (!statistics.data) return null;
  const rows = statistics.data;
  return (
    <Stack>
      <RequestsCard planId={planId} statistics={rows} agencies={agencies} />
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {rows.length} chỉ số; chỉ số có sẵn dùng chung cho mọi kế hoạch và không sửa được.
        </Text>
        <Button onClick={() => setEditing('new')}>Thêm chỉ số</Button>
      </Group>
      <Table withTableBorder verticalSpacing={4} aria-label="Danh mục chỉ số">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>Mã</Table.Th>
            <Table.Th>Tên chỉ số</Table.Th>
            <Table.Th w={110}>Đơn vị tính</Table.Th>
            <Table.Th w={190}>Cách cộng</Table.Th>
            <Table.Th w={90} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((s) => (
            <Table.Tr key={s.code}>
              <Table.Td>{s.code}</Table.Td>
              <Table.Td className="cell-wrap">
                <Text size="sm">{s.label}</Text>
                <Text size="xs" c="dimmed">
                  {s.group}
                  {s.partOf ? ` · trong đó của ${s.partOf}` : ''}
                </Text>
              </Table.Td>
              <Table.Td>{s.unit}</Table.Td>
              <Table.Td>{STATISTIC_KIND_LABELS[s.kind]}</Table.Td>
              <Table.Td>
                {s.builtin || s.planId !== planId ? (
                  <Badge variant="light" color="gray" style={{ textTransform: 'none' }}>
                    Có sẵn
                  </Badge>
                ) : (
                  <RowActions name={`chỉ số ${s.code}`} onEdit={() => setEditing(s)} />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && (
        <StatisticModal
          planId={planId}
          statistic={editing === 'new' ? null : editing}
          statistics={rows}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
