// Bulk actions on the selected tasks: mark completed (or reopen), set or move the deadline, change
// the lead, add a supporting agency. Asks first, naming how many tasks change (and how many of them the
// filter hides); one transaction; every task's change is in its audit trail; the screen offers to undo.
// The bar sits in the page's flow above the list, so neither it nor its messages ever cover a row.
// The form is @mantine/form; its values, rules and the action sent are in bulk-action-form.ts.
import { useEffect, useState } from 'react';
import { Alert, Button, Group, Modal, NumberInput, Paper, Select, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { AgencyRow, TaskRow } from '../../../../shared/api/models';
import type { BulkResult } from '../../../../shared/api/board-models';
import { bulkQuestion, describeBulkAction, selectionText } from '../../../../shared/domain/bulk-wording';
import type { BulkAction } from '../../../../shared/api/board-contract';
import { call } from '../../api/client';
import { useToday } from '../../hooks/useToday';
import { DateField } from '../DateField';
import { fieldError, showApiError, typedDateProps, useTypedDates } from '../form-rules';
import { viOptionsFilter } from '../vi-filter';
import { agencyOptions } from './agency-options';
import { asksDate, BULK_ALIASES, BULK_KIND_LABELS, bulkActionOf, bulkErrors, bulkValuesFor, type BulkKind, type BulkValues } from './bulk-action-form';
import { FormButtons } from '../FormButtons';

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
  const dates = useTypedDates();
  const form = useForm<BulkValues>({
    initialValues: bulkValuesFor('complete', today),
    validate: (values) => bulkErrors(values, dates.typed.date),
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [asking, setAsking] = useState<BulkAction | null>(null);
  const [busy, setBusy] = useState(false);
  const { kind } = form.values;

  // A new kind starts from its own values (completed today), its messages gone.
  const choose = (next: BulkKind) => {
    form.setValues(bulkValuesFor(next, today, form.getValues()));
    form.clearErrors();
    setFormError(null);
  };
  useEffect(() => {
    if (form.values.kind === 'complete') form.setFieldValue('date', today);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- today arrives once, after the first render
  }, [today]);

  // "Áp dụng" checks the inputs, then asks; the change is made on "Thay đổi N nhiệm vụ".
  const ask = () => {
    setFormError(null);
    if (!form.validate().hasErrors) setAsking(bulkActionOf(form.getValues()));
  };

  const apply = async (a: BulkAction) => {
    setAsking(null);
    setBusy(true);
    try {
      onDone(await call('tasks.bulk', { planId, taskIds: tasks.map((t) => t.id), action: a }));
    } catch (err) {
      setFormError(showApiError(form, err, BULK_ALIASES));
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
          data={(Object.keys(BULK_KIND_LABELS) as BulkKind[]).map((k) => ({ value: k, label: BULK_KIND_LABELS[k] }))}
          value={kind}
          onChange={(v) => v && choose(v as BulkKind)}
          w={250}
        />
        {asksDate(kind) && (
          <DateField
            label={kind === 'complete' ? 'Ngày hoàn thành' : 'Thời hạn mới'}
            {...typedDateProps(form, dates, 'date')}
            error={fieldError(form, 'date')}
            w={160}
          />
        )}
        {kind === 'shiftDeadline' && <NumberInput label="Số ngày" {...form.getInputProps('days')} allowDecimal={false} w={120} />}
        {(kind === 'setLead' || kind === 'addSupport') && (
          <Select
            label="Cơ quan"
            searchable
            filter={viOptionsFilter}
            data={agencyOptions(agencies)}
            {...form.getInputProps('agencyId')}
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
      {formError && (
        <Alert color="red" mt="sm" role="alert">
          {formError}
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
            <FormButtons
              placement="end"
              mt="md"
              submitLabel={`Thay đổi ${tasks.length} nhiệm vụ`}
              onSubmit={() => void apply(asking)}
              cancelLabel="Không thay đổi"
              onCancel={() => setAsking(null)}
            />
          </>
        )}
      </Modal>
    </Paper>
  );
}
