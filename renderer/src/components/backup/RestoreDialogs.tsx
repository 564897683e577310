// The restore's two dialogs: the question first (what will be replaced, and that the current data is
// kept so the restore can be undone), then the progress, which cannot be closed while it runs.
import { useEffect } from 'react';
import { Modal, Stack, Text } from '@mantine/core';
import { call } from '../../api/client';
import type { BackupInfo, RestoreProgress } from '../../../../shared/api/models';
import { formatBackupTimeVi } from '../../../../shared/backup/backup-names';
import { RestoreProgressBar } from '../RestoreWait';
import { FormButtons } from '../FormButtons';

/** Restore target awaiting the clerk's confirmation: a listed backup, or a typed path. */
export type PendingRestore = { path: string; backup: BackupInfo | null };

export function RestoreConfirmModal({ pending, onCancel, onConfirm }: { pending: PendingRestore | null; onCancel: () => void; onConfirm: (target: PendingRestore) => void }) {
  return (
    <Modal opened={pending !== null} onClose={onCancel} title="Khôi phục dữ liệu?" centered>
      {pending && (
        <Stack>
          <Text size="sm">
            Toàn bộ dữ liệu đang dùng sẽ được thay bằng dữ liệu của{' '}
            {pending.backup ? `bản sao lưu lúc ${formatBackupTimeVi(pending.backup.createdAt)}` : `bản sao lưu tại ${pending.path}`}
            . Những gì nhập sau thời điểm đó sẽ không còn trên màn hình.
          </Text>
          <Text size="sm">
            Trước khi thay, Thường trực tự sao lưu dữ liệu hiện tại (loại “Trước khi khôi phục”), nên nếu chọn nhầm
            có thể khôi phục lại bản đó. Bản sao lưu được kiểm tra trước; nếu hỏng hoặc không phải dữ liệu của
            Thường trực thì không có gì bị thay đổi. Tệp đính kèm trong bản sao lưu được chép vào; tệp đính kèm hiện
            có vẫn được giữ.
          </Text>
          <FormButtons placement="end" submitLabel="Khôi phục" color="red" onSubmit={() => onConfirm(pending)} onCancel={onCancel} />
        </Stack>
      )}
    </Modal>
  );
}

/**
 * While `progress` is set (a restore runs from this window), asks for the progress every 300 ms and
 * shows it in a dialog the clerk cannot close.
 */
export function RestoreProgressModal({ progress, onProgress }: { progress: RestoreProgress | null; onProgress: (p: RestoreProgress) => void }) {
  const restoring = progress !== null;
  useEffect(() => {
    if (!restoring) return;
    let stopped = false;
    const timer = window.setInterval(() => {
      call('backup.restoreProgress', {})
        .then((p) => {
          if (!stopped && p.running) onProgress(p);
        })
        .catch(() => undefined);
    }, 300);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one poll per restore; the setter it reports to does not change
  }, [restoring]);

  return (
    <Modal
      opened={restoring}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title="Đang khôi phục dữ liệu"
      centered
    >
      {progress && (
        <Stack>
          <RestoreProgressBar progress={progress} />
          <Text size="sm" c="dimmed">
            Xin đừng tắt máy hay đóng ứng dụng. Các cửa sổ khác của Thường trực đang chờ khôi phục xong.
          </Text>
        </Stack>
      )}
    </Modal>
  );
}
