// The two forms of "Nhập kế hoạch từ tệp Word…" (@mantine/form): choosing the file (or pasting the
// text), and the review of what was read. What each says before sending, what it sends, and which
// input a refusal of the API is shown under.
import type { MethodInput } from '../../../../../shared/api/contract';
import type { PlanImportPreview } from '../../../../../shared/api/plan-import-contract';
import type { PlanDataset } from '../../../../../shared/domain/plan-dataset';
import { bytesToBase64 } from '../../../../../shared/text/base64';

/** Files larger than this are refused before reading (the backend says the same). */
export const MAX_BYTES = 10 * 1024 * 1024;

export interface ChooseValues {
  file: File | null;
  text: string;
}

export const initialChooseValues: ChooseValues = { file: null, text: '' };

/** The chosen file's rule: a file over 10 MB is refused before it is read. */
export function fileRule(file: Pick<File, 'name' | 'size'> | null): string | null {
  return file && file.size > MAX_BYTES ? `Tệp "${file.name}" quá lớn: chỉ nhận tệp Word đến 10 MB.` : null;
}

/** Whether "Đọc kế hoạch" has anything to read. */
export const hasSomethingToRead = (values: ChooseValues) => values.file !== null || values.text.trim() !== '';

/** What "Đọc kế hoạch" sends: the chosen file's name and bytes (`bytes`, read from it), else the pasted text. */
export function previewRequest(values: ChooseValues, bytes: Uint8Array | null): MethodInput<'plans.importPreview'> {
  if (values.file) return { fileName: values.file.name, contentBase64: bytesToBase64(bytes ?? new Uint8Array()) };
  return { text: values.text };
}

/** The API names the file's content; its message goes under the file input. */
export const CHOOSE_ALIASES = { contentBase64: 'file', fileName: 'file' };

export interface ReviewValues {
  /** The plan as read, with the clerk's corrections. */
  dataset: PlanDataset;
  /** The year to make it for ('' while empty: the year written in the document). */
  year: number | string;
}

export function reviewValues(preview: PlanImportPreview): ReviewValues {
  return { dataset: preview.dataset, year: preview.dataset.plan.year };
}

/** What "Tạo kế hoạch" sends: the corrected plan, and the year when one is typed. */
export function createRequest(values: ReviewValues): MethodInput<'plans.importCreate'> {
  return { dataset: values.dataset, ...(typeof values.year === 'number' ? { year: values.year } : {}) };
}

/** The year's note: the document's own year, or how far its deadlines move. */
export function yearNote(values: ReviewValues): string {
  const { year } = values;
  const own = values.dataset.plan.year;
  return typeof year === 'number' && year !== own ? `Lập cho năm ${year}: thời hạn dời ${year - own} năm` : 'Năm ghi trong văn bản';
}

/** The plan's title is `dataset.plan.title` in the request; a refusal naming it goes under "Tên kế hoạch". */
export const REVIEW_ALIASES = { title: 'dataset.plan.title' };
