// "Xóa chỉ tiêu …?": the confirmation, and the refusal when the target already has figures from a
// received report (the button stays disabled once refused).
import { useState } from 'react';
import { Alert, Modal, Stack, Text } from '@mantine/core';
import { call } from '../../api/client';
import type { TargetRow } from '../../../../shared/api/models';
import { FormButtons } from '../FormButtons';

export function DeleteTargetModal({ target, onClose }: { target: TargetRow; onClose: () => void }) {
  const [error, setError] = useState<string | null>(null);
  async function confirm() {
    try {
      await call('targets.delete', { targetId: target.id });
      onClose();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }
  return (
    <Modal opened onClose={onClose} title={`Xóa chỉ tiêu ${target.code}?`} size="lg">
      <Stack gap="sm">
        <Text size="sm">{target.wording}</Text>
        <Text size="sm" c="dimmed">
          Nội dung chỉ tiêu được lưu lại trong lịch sử thay đổi. Không xóa được chỉ tiêu đang có số liệu từ báo cáo đã nhận.
        </Text>
        {error && <Alert color="red">{error}</Alert>}
        <FormButtons
          placement="end"
          submitLabel="Xóa chỉ tiêu"
          color="red"
          onSubmit={confirm}
          disabled={!!error}
          cancelLabel="Không xóa"
          onCancel={onClose}
        />
      </Stack>
    </Modal>
  );
}
