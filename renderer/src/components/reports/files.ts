// Files in the browser: read a chosen file to base64 for the API (checked first, as the handler
// will check it), and save an attachment the API returns.
import { attachmentProblem } from '../../../../shared/domain/attachments';

export interface Upload {
  fileName: string;
  contentBase64: string;
  size: number;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** Reads the files; the first one that cannot be read or is not acceptable gives a message instead. */
export async function readUploads(files: File[]): Promise<{ uploads: Upload[]; error: string | null }> {
  const uploads: Upload[] = [];
  for (const file of files) {
    let bytes: Uint8Array | null;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      bytes = null;
    }
    const problem = attachmentProblem(file.name, bytes);
    if (problem) return { uploads: [], error: problem };
    uploads.push({ fileName: file.name, contentBase64: toBase64(bytes!), size: bytes!.length });
  }
  return { uploads, error: null };
}

/** Offers the file to the clerk as a download under its original name. */
export function saveFile(fileName: string, mediaType: string, contentBase64: string): void {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
