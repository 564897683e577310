// "Xuất Excel": asks the backend for the .xlsx of what the screen shows and saves it: the save dialog
// in the desktop app, a download in the browser (renderer/src/api/host.ts). Says where it went.
import { useState } from 'react';
import { Button, Group, Text, type ButtonProps } from '@mantine/core';
import { call } from '../api/client';
import { saveDocument } from '../api/host';
import type { MethodInput } from '../../../shared/api/contract';
import type { ExcelFile } from '../../../shared/api/excel-contract';

interface Props extends Pick<ButtonProps, 'variant' | 'size'> {
  /** What the list is; the button reads "Xuất Excel" unless told otherwise. */
  label?: string;
  /** The request, or a function making the file (the statistics form). */
  request: MethodInput<'excel.export'> | (() => Promise<ExcelFile>);
  disabled?: boolean;
}

export function ExcelButton({ label = 'Xuất Excel', request, disabled, variant = 'default', size }: Props) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const file = typeof request === 'function' ? await request() : await call('excel.export', request);
      const saved = await saveDocument(file);
      if (!saved.done) setMessage({ ok: false, text: 'Chưa lưu: đã đóng hộp thoại lưu tệp.' });
      else setMessage({ ok: true, text: saved.path ? `Đã lưu ${saved.path}.${saved.note ? ` ${saved.note}` : ''}` : `Đã tải xuống tệp ${file.fileName}.` });
    } catch (err) {
      setMessage({ ok: false, text: (err as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Group gap="xs" wrap="nowrap" className="no-print">
      <Button variant={variant} size={size} loading={busy} disabled={disabled} onClick={() => void run()}>
        {label}
      </Button>
      {message && (
        <Text size="sm" c={message.ok ? 'teal.8' : 'red.8'} role={message.ok ? 'status' : 'alert'} maw={360}>
          {message.text}
        </Text>
      )}
    </Group>
  );
}
