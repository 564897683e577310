// The restore's progress bar, in the window that restores (BackupCard) and in every other window of
// the app, whose calls wait for the restore to end and are then sent again (api/client.ts).
import { useEffect, useRef, useState } from 'react';
import { Modal, Progress, Stack, Text } from '@mantine/core';
import { subscribeRestoreWait } from '../api/client';
import type { RestoreProgress } from '../../../shared/api/models';
import { FormButtons } from './FormButtons';

/** The bar and the step ("Đang kiểm tra bản sao lưu… 40%"), read out as it changes. */
export function RestoreProgressBar({ progress }: { progress: RestoreProgress }) {
  return (
    <Stack>
      <Progress value={progress.percent} size="lg" animated aria-label="Tiến độ khôi phục" />
      <Text size="sm" aria-live="polite">
        {progress.text}
      </Text>
    </Stack>
  );
}

/** Above any form, drawer or dialog open in the window when the restore began (Mantine's default is 200). */
const RESTORE_WAIT_Z = 1000;

/**
 * Shown in a window whose calls wait for a restore made in another window: the same bar, a dialog
 * that cannot be closed while it runs, then a note that the data was replaced.
 */
export function RestoreWaitModal() {
  const [progress, setProgress] = useState<RestoreProgress | null>(null);
  const [finished, setFinished] = useState(false);
  const waiting = useRef(false);
  useEffect(
    () =>
      subscribeRestoreWait((p) => {
        if (waiting.current && !p) setFinished(true);
        waiting.current = p !== null;
        setProgress(p);
      }),
    [],
  );

  return (
    <>
      <Modal
        opened={progress !== null}
        onClose={() => undefined}
        withCloseButton={false}
        closeOnClickOutside={false}
        closeOnEscape={false}
        title="Đang khôi phục dữ liệu"
        centered
        zIndex={RESTORE_WAIT_Z}
      >
        {progress && (
          <Stack>
            <RestoreProgressBar progress={progress} />
            <Text size="sm" c="dimmed">
              Dữ liệu đang được khôi phục từ bản sao lưu ở một cửa sổ khác của Thường trực. Thao tác vừa làm ở cửa sổ
              này chưa được thực hiện; nó sẽ được gửi lại ngay khi khôi phục xong.
            </Text>
          </Stack>
        )}
      </Modal>
      <Modal opened={finished && progress === null} onClose={() => setFinished(false)} title="Đã khôi phục dữ liệu" centered zIndex={RESTORE_WAIT_Z}>
        <Stack>
          <Text size="sm">
            Dữ liệu vừa được khôi phục từ bản sao lưu ở một cửa sổ khác; thao tác đang chờ của cửa sổ này đã được gửi lại
            trên dữ liệu đã khôi phục. Màn hình này có thể còn hiện dữ liệu trước khi khôi phục.
          </Text>
          <FormButtons
            placement="end"
            submitLabel="Mở lại với dữ liệu đã khôi phục"
            onSubmit={() => window.location.reload()}
            cancelLabel="Đóng"
            onCancel={() => setFinished(false)}
          />
        </Stack>
      </Modal>
    </>
  );
}
