// The clerk's changes to periods: moving a period's deadline, and creating an ad-hoc request.
import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Modal, ScrollArea, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { call, ApiCallError } from '../../api/client';
import type { AgencyRef, ReportingPeriodRow } from '../../../../shared/api/models';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { lastDayText } from '../../../../shared/domain/report-status';
import { DateField, useDateValue } from '../DateField';

function fieldOf(err: unknown): { field: string | null; message: string } {
  if (err instanceof ApiCallError) return { field: err.error.field ?? null, message: err.error.message };
  return { field: null, message: err instanceof Error ? err.message : String(err) };
}

export function DueDateModal({ period, onClose }: { period: ReportingPeriodRow; onClose: () => void }) {
  const due = useDateValue(period.dueDate);
  const [inclusive, setInclusive] = useState(period.dueInclusive);
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  async function save() {
    const dateError = due.check(true);
    if (dateError) return setError(dateError);
    try {
      await call('reporting.updatePeriod', { periodId: period.id, dueDate: due.iso!, dueInclusive: inclusive });
      onClose();
    } catch (err) {
      const e = fieldOf(err);
      if (e.field === 'dueDate') setError(e.message);
      else setFormError(e.message);
    }
  }

  return (
    <Modal opened onClose={onClose} title={`Hạn gửi báo cáo ${period.label}`} size="lg">
      <Stack>
        <Text size="sm">
          Văn bản quy định: <b>{period.dueText}</b>
          {period.defaultDueDate && period.defaultDueDate !== period.dueDate && (
            <> (hạn theo kế hoạch: {formatDateVi(period.defaultDueDate)})</>
          )}
        </Text>
        {formError && <Alert color="red">{formError}</Alert>}
        <DateField label="Hạn gửi" {...due.field} error={error} w={170} />
        <Checkbox
          label="Báo cáo đến đúng ngày hạn vẫn tính là đúng hạn (đọc “trước ngày 15/6” là nhận đến hết ngày 15/6)"
          checked={inclusive}
          onChange={(e) => setInclusive(e.currentTarget.checked)}
        />
        {due.iso && !due.typedError && (
          <Text size="sm" c="dimmed">
            Như vậy: {lastDayText({ dueDate: due.iso, dueInclusive: inclusive })}.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
          <Button onClick={save}>Lưu hạn gửi</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function AdHocModal({
  planId,
  agencies,
  onClose,
  onCreated,
}: {
  planId: number;
  agencies: AgencyRef[];
  onClose: () => void;
  onCreated: (periodId: number) => void;
}) {
  const [title, setTitle] = useState('');
  const [requestNumber, setRequestNumber] = useState('');
  const requestDate = useDateValue(null);
  const dueDate = useDateValue(null);
  const [chosen, setChosen] = useState<number[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  async function save() {
    const found: Record<string, string> = {};
    if (!title.trim()) found.title = 'Chưa nhập tên yêu cầu.';
    const requestDateError = requestDate.check(false);
    if (requestDateError) found.requestDate = requestDateError;
    const dueDateError = dueDate.check(true);
    if (dueDateError) found.dueDate = dueDateError;
    if (chosen.length === 0) found.agencyIds = 'Chưa chọn đơn vị nào phải báo cáo.';
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      const period = await call('reporting.createAdHoc', {
        planId,
        title: title.trim(),
        requestNumber: requestNumber.trim() || null,
        requestDate: requestDate.iso,
        dueDate: dueDate.iso!,
        agencyIds: chosen,
      });
      onCreated(period.id);
      onClose();
    } catch (err) {
      const e = fieldOf(err);
      if (e.field && ['title', 'requestNumber', 'requestDate', 'dueDate', 'agencyIds'].includes(e.field)) setErrors({ [e.field]: e.message });
      else setFormError(e.message);
    }
  }

  const toggle = (id: number, on: boolean) => setChosen((l) => (on ? [...l, id] : l.filter((x) => x !== id)));
  return (
    <Modal opened onClose={onClose} title="Yêu cầu báo cáo đột xuất" size="lg" closeOnClickOutside={false}>
      <Stack gap="sm">
        {formError && <Alert color="red">{formError}</Alert>}
        <TextInput label="Tên yêu cầu" withAsterisk value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} placeholder="Báo cáo nhanh kết quả kiểm tra dịp Tết" />
        <SimpleGrid cols={3}>
          <TextInput label="Số công văn yêu cầu" value={requestNumber} onChange={(e) => setRequestNumber(e.currentTarget.value)} error={errors.requestNumber} placeholder="512/SLĐTBXH-PCTNXH" />
          <DateField label="Ngày công văn" {...requestDate.field} error={errors.requestDate} />
          <DateField label="Hạn gửi" withAsterisk {...dueDate.field} error={errors.dueDate} />
        </SimpleGrid>
        <Group justify="space-between">
          <Text fw={500} size="sm">
            Đơn vị phải báo cáo ({chosen.length})
          </Text>
          <Group gap="xs">
            <Button size="compact-xs" variant="light" onClick={() => setChosen(agencies.map((a) => a.id))}>
              Chọn tất cả
            </Button>
            <Button size="compact-xs" variant="subtle" onClick={() => setChosen([])}>
              Bỏ chọn
            </Button>
          </Group>
        </Group>
        {errors.agencyIds && (
          <Text c="red" size="sm">
            {errors.agencyIds}
          </Text>
        )}
        <ScrollArea h={220} type="auto">
          <SimpleGrid cols={2} spacing={4}>
            {agencies.map((a) => (
              <Checkbox key={a.id} label={a.shortName} checked={chosen.includes(a.id)} onChange={(e) => toggle(a.id, e.currentTarget.checked)} />
            ))}
          </SimpleGrid>
        </ScrollArea>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
          <Button onClick={save}>Tạo yêu cầu</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
