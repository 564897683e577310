// "Nhập kế hoạch từ tệp Word…": choose the plan's .docx (or paste its text), read it, review what was
// recognised beside the source paragraphs, correct agencies, roles, deadlines and target values, then
// "Tạo kế hoạch" saves it all in one step. "Hủy" closes without saving anything. The steps are in
// ./import/: ImportChooser (choose or paste), ImportReview (the review and its tabs).
import { useState } from 'react';
import { Modal } from '@mantine/core';
import type { PlanImportPreview } from '../../../../shared/api/plan-import-contract';
import type { PlanDataset } from '../../../../shared/domain/plan-dataset';
import { call } from '../../api/client';
import { useFormErrors } from '../form-errors';
import { bytesToBase64 } from '../../../../shared/text/base64';
import { ImportChooser } from './import/ImportChooser';
import { ImportReview } from './import/ImportReview';

interface Props {
  opened: boolean;
  onClose: () => void;
  onCreated: (planId: number) => void;
}

/** Files larger than this are refused before reading (the backend says the same). */
const MAX_BYTES = 10 * 1024 * 1024;

export function ImportPlanModal({ opened, onClose, onCreated }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Nhập kế hoạch từ tệp Word" size="100%" aria-label="Nhập kế hoạch từ tệp Word">
      {opened && <ImportFlow onClose={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

function ImportFlow({ onClose, onCreated }: Omit<Props, 'opened'>) {
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<PlanImportPreview | null>(null);
  const [ds, setDs] = useState<PlanDataset | null>(null);
  const [year, setYear] = useState<number | string>('');
  const { errors, show, clear } = useFormErrors(['contentBase64', 'text', 'title', 'year']);

  const read = async () => {
    clear();
    setBusy(true);
    try {
      let input: { fileName?: string; contentBase64?: string; text?: string };
      if (file) {
        if (file.size > MAX_BYTES) throw new Error(`Tệp "${file.name}" quá lớn: chỉ nhận tệp Word đến 10 MB.`);
        input = { fileName: file.name, contentBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
      } else {
        input = { text };
      }
      const p = await call('plans.importPreview', input);
      setPreview(p);
      setDs(p.dataset);
      setYear(p.dataset.plan.year);
    } catch (err) {
      show(err);
    } finally {
      setBusy(false);
    }
  };

  const create = async () => {
    if (!ds) return;
    clear();
    setBusy(true);
    try {
      const plan = await call('plans.importCreate', { dataset: ds, ...(typeof year === 'number' ? { year } : {}) });
      onCreated(plan.id);
    } catch (err) {
      show(err);
    } finally {
      setBusy(false);
    }
  };

  if (!preview || !ds) {
    return <ImportChooser file={file} setFile={setFile} text={text} setText={setText} busy={busy} errors={errors} onRead={read} onCancel={onClose} />;
  }
  return (
    <ImportReview preview={preview} ds={ds} setDs={setDs} year={year} setYear={setYear} busy={busy} errors={errors} onCreate={create} onCancel={onClose} />
  );
}
