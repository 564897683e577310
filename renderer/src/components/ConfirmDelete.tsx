// Deleting with a confirmation: the clerk sees what goes, is asked once (twice when `second` is
// given: e.g. a task with progress notes), and learns that the deleted content stays in "Lịch sử xóa".
import { useState } from 'react';
import { Alert, Modal, Stack, Text } from '@mantine/core';
import { ErrorAlert } from './status';
import { FormButtons } from './FormButtons';

interface Props {
  opened: boolean;
  title: string;
  /** What will be deleted, in a sentence or two. */
  children: React.ReactNode;
  /** A second question, asked after the first "Xóa"; null to ask once. */
  second?: string | null;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

export function ConfirmDelete({ opened, title, children, second = null, onConfirm, onClose }: Props) {
  const [step, setStep] = useState<1 | 2>(1);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setStep(1);
    setError(null);
    onClose();
  };
  const confirm = async () => {
    if (step === 1 && second) {
      setStep(2);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      setStep(1);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    // Above a drawer it may be opened from (the task drawer).
    <Modal opened={opened} onClose={close} title={title} size="lg" zIndex={400}>
      <Stack gap="sm">
        {step === 1 ? (
          <>
            {children}
            <Text size="sm" c="dimmed">
              Nội dung bị xóa được giữ lại trong “Lịch sử xóa” ở màn hình Tổng quan.
            </Text>
          </>
        ) : (
          <Alert color="red" title="Xác nhận lần nữa" role="alert">
            {second}
          </Alert>
        )}
        {error && <ErrorAlert message={error} />}
        <FormButtons submitLabel={step === 2 ? 'Vẫn xóa' : 'Xóa'} color="red" onSubmit={confirm} loading={busy} onCancel={close} />
      </Stack>
    </Modal>
  );
}
