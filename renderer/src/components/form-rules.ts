// What the forms built with @mantine/form share. A DateField (the app's one date input) bound to a
// form's ISO date: while the typed text is no day, its message ("Không có ngày 31/02/2022.") is held as
// the field's error, so the form knows the date is not usable yet; the DateField itself shows the
// message when the clerk leaves the field, and a valid date typed or picked clears it.
import type { LooseKeys, UseFormReturnType } from '@mantine/form';

export function dateFieldProps<Values>(form: UseFormReturnType<Values>, path: LooseKeys<Values>) {
  const input = form.getInputProps(path, { withError: false });
  return {
    value: (input.value ?? null) as string | null,
    onChange: input.onChange as (iso: string | null) => void,
    onFocus: input.onFocus as () => void,
    onValidityChange: (_valid: boolean, message: string | null) => form.setFieldError(path, message),
  };
}

/** The message a field holds now (a rule's, the typed date's, or the server's), or null. */
export function fieldError<Values>(form: UseFormReturnType<Values>, path: LooseKeys<Values>): string | null {
  const error = form.errors[String(path)];
  return typeof error === 'string' && error ? error : null;
}
