// Turns an API error into a message under the right input (the dispatcher's VALIDATION and CONFLICT
// errors name the field), or a message for the whole form.
import { useCallback, useState } from 'react';
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

export function useFormErrors(knownFields: readonly string[]) {
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });
  const clear = useCallback(() => setErrors({ fields: {}, form: null }), []);
  const show = useCallback((err: unknown) => setErrors(toFormErrors(err, knownFields)), [knownFields]);
  const setField = useCallback(
    (name: string, message: string | null) =>
      setErrors((e) => {
        const fields = { ...e.fields };
        if (message) fields[name] = message;
        else delete fields[name];
        return { ...e, fields };
      }),
    [],
  );
  /** Forgets the messages of fields the clerk has just changed. */
  const edited = useCallback(
    (names: string[]) =>
      setErrors((e) => {
        if (!names.some((n) => n in e.fields)) return e;
        const fields = { ...e.fields };
        for (const n of names) delete fields[n];
        return { ...e, fields };
      }),
    [],
  );
  return { errors, clear, show, setField, edited };
}
