// A date typed the Vietnamese way (dd/mm/yyyy), given back as ISO; an unreadable date shows its error.
import { TextInput } from '@mantine/core';
import { parseDateVi } from '../../../../shared/dates/vietnamese-dates';

export function readViDate(text: string): { iso: string | null; error: string | null } {
  if (!text.trim()) return { iso: null, error: null };
  const iso = parseDateVi(text);
  return iso ? { iso, error: null } : { iso: null, error: 'Ngày không đúng, hãy gõ theo dạng ngày/tháng/năm, ví dụ 05/07/2022.' };
}

export function ViDateInput(props: {
  label: string;
  description?: string;
  value: string;
  onChange: (text: string) => void;
  placeholder?: string;
  w?: number;
}) {
  const { error } = readViDate(props.value);
  return (
    <TextInput
      label={props.label}
      description={props.description}
      placeholder={props.placeholder ?? 'dd/mm/yyyy'}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      error={error}
      w={props.w}
    />
  );
}
