// The "choose a workbook, see what it would record, then record it" flow shared by the Excel imports
// (the statistics form, the assignment table): the file is read once when chosen and previewed at
// once; the same bytes go to the final step, so what is recorded is what was previewed.
import { useState } from 'react';
import { bytesToBase64 } from '../../../shared/text/base64';

/** Files larger than this are refused before reading (the backend says the same). */
const MAX_BYTES = 10 * 1024 * 1024;

export interface ExcelUpload {
  fileName: string;
  contentBase64: string;
}

/** `what`: how the refusal of a large file names the expected file ("bảng tính Excel"). */
export function useExcelUpload<P>(previewOf: (upload: ExcelUpload) => Promise<P>, what: string) {
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<ExcelUpload | null>(null);
  const [preview, setPreview] = useState<P | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  /** Runs one step with the busy flag on; its failure is shown as the flow's error. */
  const run = async (step: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await step();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setUpload(null);
    setPreview(null);
    setError(null);
    if (!chosen) return;
    await run(async () => {
      if (chosen.size > MAX_BYTES) throw new Error(`Tệp "${chosen.name}" quá lớn: chỉ nhận ${what} đến 10 MB.`);
      const read = { fileName: chosen.name, contentBase64: bytesToBase64(new Uint8Array(await chosen.arrayBuffer())) };
      setPreview(await previewOf(read));
      setUpload(read);
    });
  };

  /** The final step with the previewed bytes; nothing happens before a file was read. */
  const submit = async (finish: (upload: ExcelUpload) => Promise<void>) => {
    if (!upload) return;
    await run(() => finish(upload));
  };

  return { file, upload, preview, busy, error, choose, submit };
}
