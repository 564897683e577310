// Bulk actions on the selected tasks: mark completed (or reopen), set or move the deadline, change
// the lead, add a supporting agency. Asks first, naming how many tasks change (and how many of them the
// filter hides); one transaction; every task's change is in its audit trail; the screen offers to undo.
// The bar sits in the page's flow above the list, so neither it nor its messages ever cover a row.
import { useEffect, useState } from 'react';
import { Alert, Button, Group, Modal, NumberInput, Paper, Select, Text } from '@mantine/core';
import type { AgencyRow, TaskRow } from '../../../../shared/api/models';
import type { BulkResult } from '../../../../shared/api/board-models';
import { bulkQuestion, describeBulkAction, selectionText } from '../../../../shared/domain/bulk-wording';
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
  /** How many of `tasks` the filter hides (they are changed too, so they are counted in view). */
  hidden: number;
  agencies: AgencyRow[];
  onClear: () => void;
  onClearHidden: () => void;
  onDone: (result: BulkResult) => void;
}

export function BulkActionBar({ planId, tasks, hidden, agencies, onClear, onClearHidden, onDone }: Props) {
  const today = useToday();
  const [kind, setKind] = useState<Kind>('complete');
  const [date, setDate] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [days, setDays] = useState<number | string>(30);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [asking, setAsking] = useState<BulkAction | null>(null);
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

  // "Áp dụng" checks the inputs, then asks; the change is made on "Thay đổi N nhiệm vụ".
  const ask = () => {
    clear();
    const a = action();
    if (a) setAsking(a);
  };

  const apply = async (a: BulkAction) => {
    setAsking(null);
    setBusy(true);
    try {
      onDone(await call('tasks.bulk', { planId, taskIds: tasks.map((t) => t.id), action: a }));
    } catch (err) {
      show(err);
    } finally {
      setBusy(false);
    }
  };
  const agencyName = (id: number) => agencies.find((x) => x.id === id)?.shortName;

  return (
    <Paper
      withBorder
      shadow="md"
      p="sm"
      bg="indigo.0"
      className="no-print"
      role="region"
      aria-label="Thao tác với nhiệm vụ đã chọn"
    >
      <Group align="flex-end" gap="sm">
        <Text fw={600} mb={6} c={hidden > 0 ? 'orange.9' : undefined}>
          {selectionText(tasks.length, hidden)}
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
        <Button onClick={ask} loading={busy}>
          Áp dụng
        </Button>
        <Button variant="default" onClick={onClear}>
          Bỏ chọn
        </Button>
        {hidden > 0 && (
          <Button variant="subtle" color="orange" onClick={onClearHidden}>
            Bỏ chọn {hidden} nhiệm vụ bị ẩn
          </Button>
        )}
      </Group>
      {errors.form && (
        <Alert color="red" mt="sm" role="alert">
          {errors.form}
        </Alert>
      )}
      <Modal opened={asking !== null} onClose={() => setAsking(null)} title="Thay đổi nhiều nhiệm vụ cùng lúc?" centered>
        {asking && (
          <>
            <Text size="sm">{bulkQuestion(describeBulkAction(asking, agencyName), tasks.length, hidden)}</Text>
            <Text size="sm" c="dimmed" mt="xs">
              {tasks
                .slice(0, 12)
                .map((t) => t.code)
                .join(', ')}
              {tasks.length > 12 ? `, … (thêm ${tasks.length - 12})` : ''}
            </Text>
            <Group justify="flex-end" mt="md">
              <Button variant="default" onClick={() => setAsking(null)}>
                Không thay đổi
              </Button>
              <Button onClick={() => void apply(asking)}>Thay đổi {tasks.length} nhiệm vụ</Button>
            </Group>
          </>
        )}
      </Modal>
    </Paper>
  );
}
