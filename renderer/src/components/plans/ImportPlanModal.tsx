// "Nhập kế hoạch từ tệp Word…": choose the plan's .docx (or paste its text), read it, review what was
// recognised beside the source paragraphs, correct agencies, roles, deadlines and target values, then
// "Tạo kế hoạch" saves it all in one step. "Hủy" closes without saving anything. The steps are in
// ./import/: ImportChooser (choose or paste), ImportReview (the review and its tabs).
import { useState } from 'react';
import { Modal } from '@mantine/core';
import type { PlanImportPreview } from '../../../../shared/api/plan-import-contract';
import { ImportChooser } from './import/ImportChooser';
import { ImportReview } from './import/ImportReview';

interface Props {
  opened: boolean;
  onClose: () => void;
  onCreated: (planId: number) => void;
}

export function ImportPlanModal({ opened, onClose, onCreated }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Nhập kế hoạch từ tệp Word" size="100%" aria-label="Nhập kế hoạch từ tệp Word">
      {opened && <ImportFlow onClose={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

/** The plan read, once read: the chooser gives way to the review (each its own form, in ./import/import-form.ts). */
function ImportFlow({ onClose, onCreated }: Omit<Props, 'opened'>) {
  const [preview, setPreview] = useState<PlanImportPreview | null>(null);
  if (!preview) return <ImportChooser onRead={setPreview} onCancel={onClose} />;
  return <ImportReview preview={preview} onCreated={onCreated} onCancel={onClose} />;
}
