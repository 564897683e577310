// Bulk actions on the selected tasks: mark completed (or reopen), set or move the deadline, change
// the lead, add a supporting agency. One transaction; every task's change is in its audit trail.
import { useEffect, useState } from 'react';
import { Alert, Button, Group, NumberInput, Paper, Select, Text } from '@mantine/core';
import type { AgencyRow, TaskRow } from '../../../../shared/api/models';
import type { BulkAction } from '../../../../shared/api/board-contract';
import { call } from '../../api/client';
import { useToday } from '../../hooks/useToday';
import { DateField } from '../DateField';
import { useFormErrors } from '../form-errors';
import { viOptionsFilter } from '../vi-filter';
import { agencyOptions } from './agency-options';

type Kind = 'complete' | 'reopen' | 'setDeadline' | 'shiftDeadline' | 'setLead' | 'addSupport';

const KIND_LABELS: Record<Kind, string> = {
  complete: 'Đánh dấu hoàn thành',
  reopen: 'Bỏ đánh dấu hoàn thành',
  setDeadline: 'Đặt thời hạn mới',
  shiftDeadline: 'Dời thời hạn thêm số ngày',
  setLead: 'Đổi cơ quan chủ trì',
  addSupport: 'Thêm cơ quan phối hợp',
};

interface Props {
  planId: number;
  tasks: TaskRow[];
  agencies: AgencyRow[];
  onClear: () => void;
  onDone: () => void;
}

export function BulkActionBar({ planId, tasks, agencies, onClear, onDone }: Props) {
  const today = useToday();
  const [kind, setKind] = useState<Kind>('complete');
  const [date, setDate] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [days, setDays] = useState<number | string>(30);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, show, clear, setField } = useFormErrors(['completionDate', 'deadline', 'days', 'agencyId']);

  useEffect(() => {
    if (kind === 'complete') setDate(today);
    else if (kind === 'setDeadline') setDate(null);
    clear();
  }, [kind, today, clear]);

  const action = (): BulkAction | null => {
    switch (kind) {
      case 'complete':
      case 'setDeadline': {
        const field = kind === 'complete' ? 'completionDate' : 'deadline';
        if (dateError || !date) {
          setField(field, dateError ?? 'Chưa nhập ngày.');
          return null;
        }
        return kind === 'complete' ? { kind: 'setCompletion', completionDate: date } : { kind: 'setDeadline', deadline: date };
      }
      case 'reopen':
        return { kind: 'setCompletion', completionDate: null };
      case 'shiftDeadline':
        if (typeof days !== 'number' || !Number.isInteger(days) || days === 0) {
          setField('days', 'Nhập số ngày khác 0 (số âm để dời sớm hơn).');
          return null;
        }
        return { kind: 'shiftDeadline', days };
      case 'setLead':
      case 'addSupport':
        if (!agencyId) {
          setField('agencyId', 'Chưa chọn cơ quan.');
          return null;
        }
        return { kind, agencyId: Number(agencyId) };
    }
  };

  const apply = async () => {
    clear();
    setResult(null);
    const a = action();
    if (!a) return;
    setBusy(true);
    try {
      const r = await call('tasks.bulk', { planId, taskIds: tasks.map((t) => t.id), action: a });
      const parts = [`Đã cập nhật ${r.updated} nhiệm vụ.`];
      if (r.unchanged) parts.push(`${r.unchanged} nhiệm vụ vốn đã như vậy.`);
      if (r.skipped.length) parts.push(`Bỏ qua: ${r.skipped.map((s) => `${s.code} (${s.reason})`).join('; ')}.`);
      setResult(parts.join(' '));
      onDone();
    } catch (err) {
      show(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper
      withBorder
      shadow="md"
      p="sm"
      bg="indigo.0"
      className="no-print"
      role="region"
      aria-label="Thao tác với nhiệm vụ đã chọn"
      style={{ position: 'sticky', bottom: 8, zIndex: 5 }}
    >
      <Group align="flex-end" gap="sm">
        <Text fw={600} mb={6}>
          Đã chọn {tasks.length} nhiệm vụ
        </Text>
        <Select
          label="Thao tác"
          allowDeselect={false}
          data={(Object.keys(KIND_LABELS) as Kind[]).map((k) => ({ value: k, label: KIND_LABELS[k] }))}
          value={kind}
          onChange={(v) => v && setKind(v as Kind)}
          w={250}
        />
        {(kind === 'complete' || kind === 'setDeadline') && (
          <DateField
            label={kind === 'complete' ? 'Ngày hoàn thành' : 'Thời hạn mới'}
            value={date}
            onChange={setDate}
            onValidityChange={(_ok, message) => setDateError(message)}
            error={errors.fields[kind === 'complete' ? 'completionDate' : 'deadline']}
            w={160}
          />
        )}
        {kind === 'shiftDeadline' && (
          <NumberInput label="Số ngày" value={days} onChange={setDays} allowDecimal={false} w={120} error={errors.fields.days} />
        )}
        {(kind === 'setLead' || kind === 'addSupport') && (
          <Select
            label="Cơ quan"
            searchable
            filter={viOptionsFilter}
            data={agencyOptions(agencies)}
            value={agencyId}
            onChange={setAgencyId}
            error={errors.fields.agencyId}
            w={300}
          />
        )}
        <Button onClick={apply} loading={busy}>
          Áp dụng
        </Button>
        <Button variant="default" onClick={onClear}>
          Bỏ chọn
        </Button>
      </Group>
      {errors.form && (
        <Alert color="red" mt="sm" role="alert">
          {errors.form}
        </Alert>
      )}
      {result && (
        <Alert color="green" mt="sm" role="status">
          {result}
        </Alert>
      )}
    </Paper>
  );
}
