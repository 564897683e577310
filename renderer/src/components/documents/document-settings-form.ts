// The form of Cài đặt › Văn bản (@mantine/form), holding the values as the API gives them; the lists
// (Tên cơ quan ban hành, Kính gửi, Nơi nhận) are edited one entry a line in a textarea.
import type { ChangeEvent } from 'react';
import type { UseFormReturnType } from '@mantine/form';
import type { DocumentSettingsValues } from '../../../../shared/api/documents-models';
import { fieldError } from '../form-rules';

export type DocumentSettingsForm = UseFormReturnType<DocumentSettingsValues>;

/** A textarea for a list held as an array: one entry a line, blank lines kept while typing. */
export function linesProps(form: DocumentSettingsForm, path: string) {
  const value = form.getInputProps(path).value as string[];
  return {
    value: value.join('\n'),
    onChange: (e: ChangeEvent<HTMLTextAreaElement>) => form.setFieldValue(path, e.currentTarget.value.split('\n')),
    error: fieldError(form, path),
  };
}

/** What is sent: the recipient lists without their blank lines. */
export function withoutBlankLines(values: DocumentSettingsValues): DocumentSettingsValues {
  const filled = (list: string[]) => list.filter((l) => l.trim());
  return {
    ...values,
    reportAddressees: filled(values.reportAddressees),
    reportRecipients: filled(values.reportRecipients),
    letterRecipients: filled(values.letterRecipients),
    planRecipients: filled(values.planRecipients),
  };
}
