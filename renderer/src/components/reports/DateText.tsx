// A date typed as a clerk writes it (dd/mm/yyyy). The form keeps the text; parseDateInput turns it
// into an ISO date or a Vietnamese message for the field.
import { TextInput, type TextInputProps } from '@mantine/core';
import { parseDateVi } from '../../../../shared/dates/vietnamese-dates';

export function parseDateInput(text: string, required: boolean): { iso: string | null; error: string | null } {
  if (text.trim() === '') return { iso: null, error: required ? 'Chưa nhập ngày.' : null };
  const iso = parseDateVi(text);
  return iso ? { iso, error: null } : { iso: null, error: 'Ngày phải viết theo dạng ngày/tháng/năm, ví dụ 15/06/2022.' };
}

export function DateText(props: Omit<TextInputProps, 'onChange'> & { value: string; onChange: (text: string) => void }) {
  const { onChange, ...rest } = props;
  return <TextInput placeholder="dd/mm/yyyy" w={150} {...rest} onChange={(e) => onChange(e.currentTarget.value)} />;
}
