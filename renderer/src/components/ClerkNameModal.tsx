// At first start (no clerk's name stored yet) the app asks it once: every history entry names who
// made the change. Changed later in Cài đặt › Người sử dụng.
import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { call } from '../api/client';
import { readClerkName } from '../../../shared/domain/clerk-name';
import { notifySuccess } from './notify';

export function ClerkNameModal({ opened, onSaved }: { opened: boolean; onSaved: (name: string) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const read = readClerkName(text);
    if (!read.ok) {
      setError(read.message);
      return;
    }
    setBusy(true);
    try {
      const saved = await call('settings.update', { clerkName: read.name });
      onSaved(saved.clerkName);
      notifySuccess(`Đã lưu tên cán bộ: ${saved.clerkName}.`);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title="Tên cán bộ sử dụng phần mềm"
      centered
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack>
          <Text size="sm">
            Mỗi lần thêm, sửa hay xóa dữ liệu, lịch sử ghi tên người thực hiện. Nhập họ và tên của anh/chị một lần; có thể đổi lại ở
            Cài đặt › Người sử dụng.
          </Text>
          <TextInput
            label="Họ và tên cán bộ"
            placeholder="Ví dụ: Nguyễn Thị Lan"
            data-autofocus
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setError(null);
            }}
            error={error}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={busy}>
              Lưu tên
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
