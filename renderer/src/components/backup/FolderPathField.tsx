// A folder (or backup) path the clerk gives: typed in the browser host, or chosen with the system's
// folder dialog in the desktop app ("Chọn thư mục…"), next to the button that uses it.
import type { ReactNode } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { chooseFolder, hostAbilities } from '../../api/host';
import type { FolderPurpose } from '../../../../shared/api/host-actions';

interface Props {
  purpose: FolderPurpose;
  label: string;
  /** Said under the field; `withDialog` is true where the folder dialog exists. */
  description: (withDialog: boolean) => string;
  placeholder: string;
  value: string;
  onChange: (path: string) => void;
  /** The dialog's button's accessible name, when "Chọn thư mục…" alone would be ambiguous. */
  chooseLabel?: string;
  disabled: boolean;
  /** The dialog could not be opened. */
  onError: (message: string) => void;
  /** The button that acts on the path. */
  children: ReactNode;
}

export function FolderPathField({ purpose, label, description, placeholder, value, onChange, chooseLabel, disabled, onError, children }: Props) {
  const { chooseFolder: withDialog } = hostAbilities();
  const pick = async () => {
    try {
      const chosen = await chooseFolder(purpose, value);
      if (chosen) onChange(chosen);
    } catch (err) {
      onError((err as Error).message);
    }
  };
  return (
    <Group align="flex-end">
      <TextInput
        style={{ flex: 1 }}
        label={label}
        description={description(withDialog)}
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      {withDialog && (
        <Button variant="default" disabled={disabled} aria-label={chooseLabel} onClick={() => void pick()}>
          Chọn thư mục…
        </Button>
      )}
      {children}
    </Group>
  );
}
