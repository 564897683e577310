// The form both task forms that record "on this date, this agency reported this" share (@mantine/form):
// marking a task completed and adding a progress update. One place for the date's rule, a refusal
// under its field, and the agency picker; the values and requests are in dated-entry-form.ts.
import { useState } from 'react';
import { Select } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { AgencyRow } from '../../../../shared/api/models';
import { viOptionsFilter } from '../vi-filter';
import { fieldError, showApiError, typedDateProps, useTypedDates } from '../form-rules';
import { agencyOptions } from './agency-options';
import { DATED_ENTRY_ALIASES, datedEntryDateError, datedEntryValues, type DatedEntryValues } from './dated-entry-form';

/** `whenEmpty`: what the date says when left empty. */
export function useDatedEntry(leadAgencyId: number | undefined, whenEmpty: string) {
  const dates = useTypedDates();
  const form = useForm<DatedEntryValues>({
    initialValues: datedEntryValues(null, leadAgencyId),
    validate: { date: (iso, values) => datedEntryDateError({ ...values, date: iso }, dates.typed.date, whenEmpty) },
  });
  const [formError, setFormError] = useState<string | null>(null);

  /** Checks the form, then saves; a refusal goes under its field, or above the buttons. */
  const submit = async (save: (values: DatedEntryValues) => Promise<unknown>) => {
    setFormError(null);
    if (form.validate().hasErrors) return;
    try {
      await save(form.getValues());
    } catch (err) {
      setFormError(showApiError(form, err, DATED_ENTRY_ALIASES));
    }
  };

  return {
    form,
    formError,
    submit,
    /** Back to a fresh entry on `date`, messages gone. */
    reset: (date: string | null, agencyId: number | undefined) => {
      form.setValues(datedEntryValues(date, agencyId));
      form.clearErrors();
      setFormError(null);
    },
    dateProps: () => ({ ...typedDateProps(form, dates, 'date'), error: fieldError(form, 'date') }),
    reportedByProps: () => ({
      value: form.values.reportedBy,
      onChange: (v: string | null) => form.setFieldValue('reportedBy', v),
      error: fieldError(form, 'reportedBy') ?? undefined,
    }),
  };
}

export function ReportedBySelect({
  agencies,
  value,
  onChange,
  error,
}: {
  agencies: AgencyRow[];
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string;
}) {
  return (
    <Select
      label="Đơn vị báo cáo"
      clearable
      searchable
      filter={viOptionsFilter}
      data={agencyOptions(agencies)}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
