// Rules the screens' forms (@mantine/form) share, worded as the rest of the app words them.
import { useCallback, useState } from 'react';

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
