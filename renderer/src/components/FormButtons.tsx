// The pair of buttons under every form and question: the action ("Lưu thay đổi", "Xóa", "Ghi nhận"…)
// and the way out ("Hủy", or the words the question asks for: "Không xóa", "Đóng", "Quay lại").
// Two placements, as the app has always laid them out: under a form on a page, in a drawer or in a
// form-like modal the action comes first, on the left ('start'); at the foot of a dialog that asks or
// edits one thing, the way out comes first and both sit on the right ('end').
import type { ReactNode } from 'react';
import { Button, Group, type MantineSpacing } from '@mantine/core';

export interface FormButtonsProps {
  /** The action, as the button reads. */
  submitLabel: ReactNode;
  onSubmit: () => void;
  /** "Hủy" unless the question says what not acting means. */
  cancelLabel?: string;
  onCancel: () => void;
  /** The action is under way: its button spins and cannot be pressed again. */
  loading?: boolean;
  /** The action cannot be taken yet. */
  disabled?: boolean;
  /** The way out is closed too (while a file is read or written). */
  cancelDisabled?: boolean;
  /** red: deletes or replaces data; green: marks work done. */
  color?: 'red' | 'green';
  placement?: 'start' | 'end';
  mt?: MantineSpacing;
}

export function FormButtons({
  submitLabel,
  onSubmit,
  cancelLabel = 'Hủy',
  onCancel,
  loading,
  disabled,
  cancelDisabled,
  color,
  placement = 'start',
  mt,
}: FormButtonsProps) {
  const submit = (
    <Button color={color} onClick={onSubmit} loading={loading} disabled={disabled}>
      {submitLabel}
    </Button>
  );
  const cancel = (
    <Button variant="default" onClick={onCancel} disabled={cancelDisabled}>
      {cancelLabel}
    </Button>
  );
  return placement === 'end' ? (
    <Group justify="flex-end" mt={mt}>
      {cancel}
      {submit}
    </Group>
  ) : (
    <Group mt={mt}>
      {submit}
      {cancel}
    </Group>
  );
}
