// Creating a plan. "Từ kế hoạch có sẵn": choose the source and the year, review what will be
// copied and how the dates move, then save. "Kế hoạch trống": the plan's heading, and optionally the
// agencies of an existing plan.
import { useEffect, useState } from 'react';
import { Alert, Autocomplete, Button, Group, List, Modal, NumberInput, Select, SimpleGrid, Stack, Table, Tabs, Text, TextInput } from '@mantine/core';
import type { PlanSummary } from '../../../../shared/api/models';
import type { PlanCopyPreview } from '../../../../shared/api/board-models';
import { call } from '../../api/client';
import { ErrorAlert } from '../status';
import { useFormErrors } from '../form-errors';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { useApi } from '../../hooks/useApi';
import { localityKey } from '../../../../shared/domain/plan-setup';

interface Props {
  opened: boolean;
  plans: PlanSummary[];
  planId: number;
  onClose: () => void;
  onCreated: (planId: number) => void;
}

const planLabel = (p: PlanSummary) => `${p.title} (${p.year})`;

export function NewPlanModal({ opened, plans, planId, onClose, onCreated }: Props) {
  const [tab, setTab] = useState<string | null>('copy');
  return (
    <Modal opened={opened} onClose={onClose} title="Kế hoạch mới" size="xl">
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="copy">Lập từ kế hoạch có sẵn</Tabs.Tab>
          <Tabs.Tab value="empty">Kế hoạch trống</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="copy" pt="md">
          {opened && <CopyPlanForm plans={plans} planId={planId} onCreated={onCreated} onClose={onClose} />}
        </Tabs.Panel>
        <Tabs.Panel value="empty" pt="md">
          {opened && <EmptyPlanForm plans={plans} planId={planId} onCreated={onCreated} onClose={onClose} />}
        </Tabs.Panel>
      </Tabs>
    </Modal>
  );
}

type FormProps = Omit<Props, 'opened'>;

function CopyPlanForm({ plans, planId, onCreated, onClose }: FormProps) {
  const [sourceId, setSourceId] = useState<string>(String(planId));
  const source = plans.find((p) => p.id === Number(sourceId));
  const [year, setYear] = useState<number | string>((source?.year ?? new Date().getFullYear()) + 1);
  const [preview, setPreview] = useState<PlanCopyPreview | null>(null);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, show, clear, setField } = useFormErrors(['sourcePlanId', 'year', 'title']);

  // A new source or year: the review is of something else.
  useEffect(() => setPreview(null), [sourceId, year]);

  const review = async () => {
    clear();
    if (typeof year !== 'number') {
      setField('year', 'Chưa nhập năm.');
      return;
    }
    setBusy(true);
    try {
      const p = await call('plans.copyPreview', { sourcePlanId: Number(sourceId), year });
      setPreview(p);
      setTitle(p.title);
    } catch (err) {
      show(err);
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    if (!preview) return;
    clear();
    setBusy(true);
    try {
      const plan = await call('plans.copy', { sourcePlanId: preview.source.id, year: preview.year, title });
      onCreated(plan.id);
    } catch (err) {
      show(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack>
      <Group align="flex-end" grow>
        <Select
          label="Kế hoạch gốc"
          allowDeselect={false}
          data={plans.map((p) => ({ value: String(p.id), label: planLabel(p) }))}
          value={sourceId}
          onChange={(v) => {
            if (!v) return;
            setSourceId(v);
            const p = plans.find((x) => x.id === Number(v));
            if (p) setYear(p.year + 1);
          }}
          error={errors.fields.sourcePlanId}
        />
        <NumberInput label="Năm của kế hoạch mới" value={year} onChange={setYear} min={2000} max={2100} allowDecimal={false} maw={200} error={errors.fields.year} />
      </Group>
      {!preview && (
        <Group>
          <Button onClick={review} loading={busy}>
            Xem trước
          </Button>
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
        </Group>
      )}
      {preview && (
        <Stack gap="sm" aria-label="Xem trước kế hoạch mới" role="region">
          <TextInput label="Tên kế hoạch mới" required value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.fields.title} />
          <Text size="sm">
            Sẽ chép từ "{preview.source.title}" ({preview.source.year}) sang năm {preview.year}; các thời hạn theo ngày dời{' '}
            {preview.yearsMoved > 0 ? `thêm ${preview.yearsMoved}` : `lùi ${-preview.yearsMoved}`} năm. Kế hoạch{' '}
            {preview.source.year} giữ nguyên.
          </Text>
          <SimpleGrid cols={3} spacing="xs">
            <Text size="sm">Cơ quan, đơn vị: <b>{preview.counts.agencies}</b></Text>
            <Text size="sm">Nhóm nhiệm vụ: <b>{preview.counts.taskGroups}</b></Text>
            <Text size="sm">Nhiệm vụ: <b>{preview.counts.tasks}</b> (có ngày: {preview.counts.datedTasks})</Text>
            <Text size="sm">Chỉ tiêu: <b>{preview.counts.targets}</b></Text>
            <Text size="sm">Chế độ báo cáo: <b>{preview.counts.reportingDuties}</b></Text>
          </SimpleGrid>
          {preview.dateExamples.length > 0 && (
            <Table withTableBorder verticalSpacing={4} aria-label="Thời hạn được dời">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Nhiệm vụ</Table.Th>
                  <Table.Th>Thời hạn cũ</Table.Th>
                  <Table.Th>Thời hạn mới</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.dateExamples.map((d) => (
                  <Table.Tr key={d.code}>
                    <Table.Td>{d.code}</Table.Td>
                    <Table.Td>{formatDateVi(d.from)}</Table.Td>
                    <Table.Td>
                      {formatDateVi(d.to)}
                      {d.kept && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          (thời hạn của cả giai đoạn, giữ nguyên)
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {preview.skippedAgencies.length > 0 && (
            <Alert color="yellow" title="Không chép các cơ quan đã ngừng hoạt động">
              {preview.skippedAgencies.join('; ')}
            </Alert>
          )}
          {preview.existingPlansThatYear.length > 0 && (
            <Alert color="yellow" title={`Đã có kế hoạch năm ${preview.year}`}>
              {preview.existingPlansThatYear.join('; ')}
            </Alert>
          )}
          <div>
            <Text size="sm" fw={600}>
              Không chép sang:
            </Text>
            <List size="sm">
              {preview.notCopied.map((n) => (
                <List.Item key={n}>{n}</List.Item>
              ))}
            </List>
          </div>
          <Group>
            <Button onClick={save} loading={busy}>
              Lập kế hoạch năm {preview.year}
            </Button>
            <Button variant="default" onClick={() => setPreview(null)}>
              Quay lại
            </Button>
          </Group>
        </Stack>
      )}
      {errors.form && <ErrorAlert message={errors.form} />}
    </Stack>
  );
}

function EmptyPlanForm({ plans, planId, onCreated, onClose }: FormProps) {
  const current = plans.find((p) => p.id === planId);
  const [title, setTitle] = useState('');
  const [year, setYear] = useState<number | string>((current?.year ?? new Date().getFullYear()) + 1);
  const [symbol, setSymbol] = useState(current?.symbol ?? 'KH');
  const [issuer, setIssuer] = useState(current?.issuer ?? '');
  const [placeName, setPlaceName] = useState('');
  const [agenciesFrom, setAgenciesFrom] = useState<string | null>(String(planId));
  const [busy, setBusy] = useState(false);
  const localities = useApi('localities.list', {});
  const { errors, show, clear, setField } = useFormErrors(['title', 'year', 'symbol', 'issuer', 'placeName', 'agenciesFromPlanId']);

  const [currentLocality, setCurrentLocality] = useState<string | null>(null);
  useEffect(() => {
    // The place and the standing agency of the current plan are a good start.
    call('plans.get', { planId })
      .then((p) => {
        setPlaceName((old) => old || (p.locality?.name ?? p.placeName));
        setCurrentLocality(p.locality?.name ?? null);
      })
      .catch(() => undefined);
  }, [planId]);
  // Another province: its plan starts with no agencies (none of the current plan's province fit).
  useEffect(() => {
    if (currentLocality && placeName.trim() && localityKey(placeName) !== localityKey(currentLocality)) setAgenciesFrom(null);
  }, [placeName, currentLocality]);

  const save = async () => {
    clear();
    if (typeof year !== 'number') {
      setField('year', 'Chưa nhập năm.');
      return;
    }
    setBusy(true);
    try {
      // The source plan's standing agency only when the new plan is for the same province.
      let standingAgencyId: number | null = null;
      if (agenciesFrom) {
        const source = await call('plans.get', { planId: Number(agenciesFrom) });
        if (source.locality && localityKey(source.locality.name) === localityKey(placeName)) standingAgencyId = source.standingAgency?.id ?? null;
      }
      const plan = await call('plans.create', {
        title,
        year,
        symbol,
        issuer,
        placeName,
        agenciesFromPlanId: agenciesFrom ? Number(agenciesFrom) : null,
        standingAgencyId,
      });
      onCreated(plan.id);
    } catch (err) {
      show(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm">
      <TextInput label="Tên kế hoạch" required placeholder="ví dụ: Phòng, chống mại dâm trên địa bàn tỉnh năm 2023" value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.fields.title} />
      <Group grow align="flex-start">
        <NumberInput label="Năm" required value={year} onChange={setYear} min={2000} max={2100} allowDecimal={false} error={errors.fields.year} />
        <TextInput label="Ký hiệu" required value={symbol} onChange={(e) => setSymbol(e.currentTarget.value)} error={errors.fields.symbol} />
        <Autocomplete
          label="Tỉnh, thành phố"
          description="Tỉnh mới: kế hoạch bắt đầu chưa có cơ quan nào."
          required
          data={(localities.data ?? []).map((l) => l.name)}
          value={placeName}
          onChange={setPlaceName}
          error={errors.fields.placeName}
        />
      </Group>
      <TextInput label="Cơ quan ban hành" required value={issuer} onChange={(e) => setIssuer(e.currentTarget.value)} error={errors.fields.issuer} />
      <Select
        label="Lấy danh sách cơ quan, đơn vị từ kế hoạch"
        description="Chỉ lấy các cơ quan cùng tỉnh và cơ quan Trung ương. Để trống nếu muốn tự thêm từng cơ quan."
        clearable
        data={plans.map((p) => ({ value: String(p.id), label: planLabel(p) }))}
        value={agenciesFrom}
        onChange={setAgenciesFrom}
        error={errors.fields.agenciesFromPlanId}
      />
      {errors.form && <ErrorAlert message={errors.form} />}
      <Group>
        <Button onClick={save} loading={busy}>
          Tạo kế hoạch trống
        </Button>
        <Button variant="default" onClick={onClose}>
          Hủy
        </Button>
      </Group>
    </Stack>
  );
}
