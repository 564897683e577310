// The one date input of the app: typed the way a clerk writes it (dd/mm/yyyy) or picked on a calendar
// (@mantine/dates, Vietnamese names); carries an ISO date to and from the API. What the typed text
// means, and what is said when it is no day, is `readDateVi` (shared/dates/vietnamese-dates.ts).
import { useEffect, useState } from 'react';
import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { formatDateVi, readDateVi } from '../../../shared/dates/vietnamese-dates';

interface DateFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'error'> {
  value: string | null;
  /** Called with the ISO date, or null when emptied. Not called while the text is not a date. */
  onChange: (iso: string | null) => void;
  /** Error from the form or the server, shown under the field. */
  error?: string | null;
  /** Tells the parent whether the typed text is a real date (or empty), and if not, why. */
  onValidityChange?: (valid: boolean, message: string | null) => void;
}

function CalendarIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4" />
    </svg>
  );
}

export function DateField({ value, onChange, error, onValidityChange, disabled, ...rest }: DateFieldProps) {
  const [text, setText] = useState(formatDateVi(value));
  const [localError, setLocalError] = useState<string | null>(null);
  const [pickerOpen, setPickerOpen] = useState(false);
  // A message from the server is about the text it was given: it goes once the clerk types again.
  const [errorText, setErrorText] = useState<string | null>(null);
  useEffect(() => {
    setErrorText(error ? text : null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a server message belongs to the text typed when it arrived
  }, [error]);
  const outsideError = error && errorText === text ? error : null;

  // Follow the value when it changes from outside (a reset, a loaded record).
  useEffect(() => {
    if (readDateVi(text).iso !== value) {
      setText(formatDateVi(value));
      setLocalError(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- rewrite the text only when the value changes from outside, not while typing
  }, [value]);

  const handle = (next: string) => {
    setText(next);
    const reading = readDateVi(next);
    if (reading.error) {
      onValidityChange?.(false, reading.error);
      return;
    }
    setLocalError(null);
    onValidityChange?.(true, null);
    onChange(reading.iso);
  };

  const picked = readDateVi(text).iso;
  const label = typeof rest.label === 'string' ? rest.label : 'ngày';

  return (
    <TextInput
      placeholder="dd/mm/yyyy"
      {...rest}
      disabled={disabled}
      value={text}
      onChange={(e) => handle(e.currentTarget.value)}
      onBlur={() => setLocalError(readDateVi(text).error)}
      error={localError ?? outsideError ?? undefined}
      rightSectionPointerEvents="all"
      rightSection={
        <Popover opened={pickerOpen} onChange={setPickerOpen} position="bottom-end" shadow="md" withinPortal trapFocus>
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              disabled={disabled}
              // Not the field's label: a search for the field by its label must find the input alone.
              aria-label="Mở lịch"
              title={`Chọn ${label.toLocaleLowerCase('vi')} trên lịch`}
              onClick={() => setPickerOpen((o) => !o)}
            >
              <CalendarIcon />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            <DatePicker
              value={picked}
              defaultDate={picked ?? undefined}
              onChange={(iso) => {
                if (!iso) return;
                setPickerOpen(false);
                handle(formatDateVi(iso));
              }}
            />
          </Popover.Dropdown>
        </Popover>
      }
    />
  );
}
