// A date typed the way a clerk writes it (dd/mm/yyyy); carries an ISO date to and from the API.
import { useEffect, useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { formatDateVi, parseDateVi } from '../../../shared/dates/vietnamese-dates';

export const DATE_FORMAT_HINT = 'Ngày phải viết theo dạng ngày/tháng/năm, ví dụ 15/06/2022.';

interface DateFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'error'> {
  value: string | null;
  /** Called with the ISO date, or null when emptied. Not called while the text is not a date. */
  onChange: (iso: string | null) => void;
  /** Error from the server, shown under the field. */
  error?: string | null;
  /** Tells the parent whether the typed text is a real date (or empty). */
  onValidityChange?: (valid: boolean) => void;
}

export function DateField({ value, onChange, error, onValidityChange, ...rest }: DateFieldProps) {
  const [text, setText] = useState(formatDateVi(value));
  const [localError, setLocalError] = useState<string | null>(null);
  // A message from the server is about the text it was given: it goes once the clerk types again.
  const [errorText, setErrorText] = useState<string | null>(null);
  useEffect(() => {
    setErrorText(error ? text : null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a server message belongs to the text typed when it arrived
  }, [error]);
  const serverError = error && errorText === text ? error : null;

  // Follow the value when it changes from outside (a reset, a loaded record).
  useEffect(() => {
    if ((parseDateVi(text) ?? null) !== value) {
      setText(formatDateVi(value));
      setLocalError(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- rewrite the text only when the value changes from outside, not while typing
  }, [value]);

  const handle = (next: string) => {
    setText(next);
    if (next.trim() === '') {
      setLocalError(null);
      onValidityChange?.(true);
      onChange(null);
      return;
    }
    const iso = parseDateVi(next);
    if (iso) {
      setLocalError(null);
      onValidityChange?.(true);
      onChange(iso);
    } else {
      onValidityChange?.(false);
    }
  };

  return (
    <TextInput
      placeholder="dd/mm/yyyy"
      {...rest}
      value={text}
      onChange={(e) => handle(e.currentTarget.value)}
      onBlur={() => setLocalError(text.trim() !== '' && !parseDateVi(text) ? DATE_FORMAT_HINT : null)}
      error={localError ?? serverError ?? undefined}
    />
  );
}
