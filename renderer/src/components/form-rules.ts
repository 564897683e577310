// What the forms built with @mantine/form share.
// - A DateField (the app's one date input) in a form: `useTypedDates` keeps the typed text's message
//   ("Không có ngày 31/02/2022.") beside the form, not in its errors, since `form.validate()` runs the
//   rules again and replaces every message; the date's rule, or the code building a request, asks it,
//   so a date that is no day still stops the save. The DateField itself shows the message when the
//   clerk leaves the field, and a valid date typed or picked clears it.
// - A refused save: the dispatcher's VALIDATION and CONFLICT errors name a field, whose message goes
//   under its input (toFormErrors in form-errors.ts); any other error is the form's own message,
//   returned for the form to show above its buttons.
import { useCallback, useState } from 'react';
import type { LooseKeys, UseFormReturnType } from '@mantine/form';
import { toFormErrors } from './form-errors';

/** The message a field holds now (a rule's, the typed date's, or the server's), or null. */
export function fieldError<Values>(form: UseFormReturnType<Values>, path: LooseKeys<Values>): string | null {
  const error = form.errors[String(path)];
  return typeof error === 'string' && error ? error : null;
}

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

/** What a required date field says when left empty, in every form. */
export const DATE_MISSING = 'Chưa nhập ngày.';

/**
 * The date fields of a @mantine/form form. DateField keeps the text the clerk typed and passes the
 * form a value only when that text is a day (or empty), so the form's value alone cannot tell "no day
 * typed" from "31/02/2022 typed": `watch(name)`, spread onto the DateField, keeps the typed text's
 * message (readDateVi's, "Không có ngày 31/02/2022 …"), and `check(name, iso, required)` is the field's
 * rule: that message, else DATE_MISSING when required and empty. `typed[name]` is the message now.
 */
export function useTypedDates() {
  const [typed, setTyped] = useState<Record<string, string | null>>({});
  const watch = useCallback(
    (name: string) => ({
      onValidityChange: (_valid: boolean, message: string | null) =>
        setTyped((t) => ((t[name] ?? null) === message ? t : { ...t, [name]: message })),
    }),
    [],
  );
  const check = (name: string, iso: string | null, required: boolean): string | null =>
    typed[name] ?? (required && !iso ? DATE_MISSING : null);
  return { typed, watch, check };
}

export type TypedDates = ReturnType<typeof useTypedDates>;

/** A DateField bound to a form's ISO date, its typed text's message kept by `dates`. */
export function typedDateProps<Values>(form: UseFormReturnType<Values>, dates: TypedDates, path: LooseKeys<Values>) {
  const input = form.getInputProps(path, { withError: false });
  return {
    value: (input.value ?? null) as string | null,
    onChange: input.onChange as (iso: string | null) => void,
    onFocus: input.onFocus as () => void,
    ...dates.watch(String(path)),
  };
}
