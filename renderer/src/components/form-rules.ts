// What a screen's @mantine/form form does with a refused save: the dispatcher's VALIDATION and
// CONFLICT errors name a field, whose message goes under its input (toFormErrors in form-errors.ts);
// any other error is the form's own message, returned for the form to show above its buttons.
import type { UseFormReturnType } from '@mantine/form';
import { toFormErrors } from './form-errors';

/**
 * Puts a refused save's message under the input it names and returns null, or returns the message
 * when it belongs to no input of the form. `aliases` maps an API field onto the input that carries
 * it when their names differ (`signerAuthority` is typed in two inputs, shown under the first).
 */
export function showApiError<V>(
  form: UseFormReturnType<V>,
  err: unknown,
  aliases: Record<string, string> = {},
): string | null {
  const inputs = Object.keys(form.getValues() as object);
  const known = [...inputs, ...Object.keys(aliases)];
  const errors = toFormErrors(err, known);
  const fields: Record<string, string> = {};
  for (const [name, message] of Object.entries(errors.fields)) fields[aliases[name] ?? name] = message;
  form.setErrors(fields);
  return errors.form;
}
