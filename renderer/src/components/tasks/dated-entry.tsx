// The state both task forms that record "on this date, this agency reported this" share: marking a
// task completed and adding a progress update. One place for the date check and the agency picker.
import { useCallback, useState } from 'react';
import { Select } from '@mantine/core';
import type { AgencyRow } from '../../../../shared/api/models';
import { viOptionsFilter } from '../vi-filter';
import { agencyOptions } from './agency-options';

export function useDatedEntry(defaultAgencyId: number | undefined) {
  const [date, setDate] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [reportedBy, setReportedBy] = useState<string | null>(defaultAgencyId ? String(defaultAgencyId) : null);
  const onDateValidity = useCallback((_ok: boolean, message: string | null) => setDateError(message), []);

  /** The date to save, or null after the reason was put under the date input (typed wrong, or empty). */
  const dateToSave = (setField: (name: string, message: string) => void, field: string, whenEmpty: string) => {
    if (dateError || !date) {
      setField(field, dateError ?? whenEmpty);
      return null;
    }
    return date;
  };

  return {
    date,
    setDate,
    onDateValidity,
    dateToSave,
    text,
    setText,
    reportedBy,
    setReportedBy,
    reportedByAgencyId: reportedBy ? Number(reportedBy) : null,
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
