// "Lập từ kế hoạch có sẵn": the source plan and the new year, "Xem trước" (CopyPlanPreview), the new
// plan's title, then "Lập kế hoạch năm …". A new source or year makes the review out of date.
import { useState } from 'react';
import { Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { PlanSummary } from '../../../../shared/api/models';
import type { PlanCopyPreview } from '../../../../shared/api/board-models';
import { call } from '../../api/client';
import { showApiError } from '../form-rules';
import { ErrorAlert } from '../status';
import { CopyPlanPreview } from './CopyPlanPreview';
import { planOptions, PlanYearField } from './PlanFields';
import { FormButtons } from '../FormButtons';

interface Props {
  plans: PlanSummary[];
  planId: number;
  onClose: () => void;
  onCreated: (planId: number) => void;
}

interface CopyValues {
  sourcePlanId: string;
  year: number | string;
  title: string;
}

export function CopyPlanForm({ plans, planId, onCreated, onClose }: Props) {
  const source = plans.find((p) => p.id === planId);
  const [preview, setPreview] = useState<PlanCopyPreview | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CopyValues>({
    initialValues: { sourcePlanId: String(planId), year: (source?.year ?? new Date().getFullYear()) + 1, title: '' },
    validate: { year: (v) => (typeof v === 'number' ? null : 'Chưa nhập năm.') },
    // A new source or year: the review is of something else.
    onValuesChange: (v, old) => {
      if (v.sourcePlanId !== old.sourcePlanId || v.year !== old.year) setPreview(null);
    },
  });

  const review = async ({ sourcePlanId, year }: CopyValues) => {
    setFormError(null);
    try {
      const p = await call('plans.copyPreview', { sourcePlanId: Number(sourcePlanId), year: Number(year) });
      setPreview(p);
      form.setFieldValue('title', p.title);
    } catch (err) {
      setFormError(showApiError(form, err));
    }
  };

  const save = async ({ title }: CopyValues) => {
    if (!preview) return;
    setFormError(null);
    try {
      const plan = await call('plans.copy', { sourcePlanId: preview.source.id, year: preview.year, title });
      onCreated(plan.id);
    } catch (err) {
      setFormError(showApiError(form, err));
    }
  };

  return (
    <Stack>
      <Group align="flex-end" grow>
        <Select
          label="Kế hoạch gốc"
          allowDeselect={false}
          data={planOptions(plans)}
          {...form.getInputProps('sourcePlanId')}
          onChange={(v) => {
            if (!v) return;
            const p = plans.find((x) => x.id === Number(v));
            form.setValues(p ? { sourcePlanId: v, year: p.year + 1 } : { sourcePlanId: v });
          }}
        />
        <PlanYearField label="Năm của kế hoạch mới" maw={200} {...form.getInputProps('year')} />
      </Group>
      {!preview && (
        <FormButtons submitLabel="Xem trước" onSubmit={() => form.onSubmit(review)()} loading={form.submitting} onCancel={onClose} />
      )}
      {preview && (
        <Stack gap="sm" aria-label="Xem trước kế hoạch mới" role="region">
          <TextInput label="Tên kế hoạch mới" required {...form.getInputProps('title')} />
          <CopyPlanPreview preview={preview} />
          <FormButtons
            submitLabel={`Lập kế hoạch năm ${preview.year}`}
            onSubmit={() => form.onSubmit(save)()}
            loading={form.submitting}
            cancelLabel="Quay lại"
            onCancel={() => setPreview(null)}
          />
        </Stack>
      )}
      {formError && <ErrorAlert message={formError} />}
    </Stack>
  );
}
