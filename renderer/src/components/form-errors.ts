// Turns an API error into a message under the right input (the dispatcher's VALIDATION and CONFLICT
// errors name the field), or a message for the whole form; form-rules.ts's showApiError puts it on a
// @mantine/form form.
import { ApiCallError } from '../api/client';
import { fieldLabel } from '../../../shared/api/field-labels';

export interface FormErrors {
  /** Messages by input name (last part of the field path). */
  fields: Record<string, string>;
  /** A message that belongs to no single input. */
  form: string | null;
}

/** "Thời hạn: chưa nhập ngày." under the Thời hạn input reads "Chưa nhập ngày." */
function withoutLabel(field: string, message: string): string {
  const prefix = `${fieldLabel(field)}: `;
  if (!message.startsWith(prefix)) return message;
  const rest = message.slice(prefix.length);
  return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
}

export function toFormErrors(err: unknown, knownFields: readonly string[]): FormErrors {
  if (err instanceof ApiCallError && err.error.field) {
    const name = err.error.field.split('.').filter((p) => !/^\d+$/.test(p)).pop() ?? err.error.field;
    if (knownFields.includes(name)) return { fields: { [name]: withoutLabel(name, err.error.message) }, form: null };
  }
  return { fields: {}, form: err instanceof Error ? err.message : String(err) };
}
