// "Nhập biểu mẫu đã điền…" (@mantine/form for its one date): when the figures read from a filled
// statistics form can be recorded, and the request that records them (forms.import).
import type { MethodInput } from '../../../../shared/api/contract';
import type { FormPreview } from '../../../../shared/api/excel-contract';
import type { ExcelUpload } from '../../hooks/useExcelUpload';

export interface FormImportValues {
  /** Arrival day of the reports recorded with the import for agencies with none yet. */
  arrivalDate: string | null;
}

/** How many agencies get a new received report with the import. */
export const newReportsOf = (preview: FormPreview | null): number => preview?.agencies.filter((a) => a.reportId === null).length ?? 0;

/**
 * Recording waits for a file read without a bad cell and with figures, and, when reports are to be
 * created, for their arrival day (`typedArrival`: the typed day's message while it is no day).
 */
export function canRecordForm(preview: FormPreview | null, uploaded: boolean, values: FormImportValues, typedArrival: string | null): boolean {
  if (!uploaded || !preview || preview.problems.length > 0 || preview.agencies.length === 0 || typedArrival) return false;
  return newReportsOf(preview) === 0 || !!values.arrivalDate;
}

export function formImportRequest(planId: number, upload: ExcelUpload, values: FormImportValues): MethodInput<'forms.import'> {
  return { planId, ...upload, ...(values.arrivalDate ? { arrivalDate: values.arrivalDate } : {}) };
}
