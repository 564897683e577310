// Files in the browser: read a chosen file to base64 for the API (checked first, as the handler
// will check it). Saving an attachment the API returns: `downloadFile` in api/host.ts.
import { attachmentProblem } from '../../../../shared/domain/attachments';
import { bytesToBase64 } from '../../../../shared/text/base64';

export interface Upload {
  fileName: string;
  contentBase64: string;
  size: number;
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
    uploads.push({ fileName: file.name, contentBase64: bytesToBase64(bytes!), size: bytes!.length });
  }
  return { uploads, error: null };
}
