// Exporting the chosen document: the Word file built on the server, saved (the desktop's save dialog,
// a download in the browser), written in the log of exported documents, and for an urging letter,
// when the clerk asked, recorded in the register's urging record.
import { call } from '../../api/client';
import { saveDocument } from '../../api/host';
import type { DocumentPreview } from '../../../../shared/api/documents-models';
import type { DocumentRequest } from './document-form';

export interface ExportOutcome {
  /** true: all done (a success message); false: the file is not saved, or the register not written. */
  ok: boolean;
  text: string;
}

export async function exportDocument(args: {
  request: DocumentRequest;
  preview: DocumentPreview | null;
  planId: number;
  openAfter: boolean;
  recordUrging: boolean;
  today: string;
}): Promise<ExportOutcome> {
  const { request, preview, planId } = args;
  const file = await call('documents.export', request);
  const saved = await saveDocument(file, { openAfter: args.openAfter });
  if (!saved.done) return { ok: false, text: 'Chưa lưu: đã đóng hộp thoại lưu tệp.' };
  await call('documents.recordExport', {
    planId,
    kind: file.kind,
    periodId: file.periodId,
    title: file.title,
    fileName: saved.path ? saved.path.split(/[\\/]/).pop()! : file.fileName,
    savedTo: saved.path,
  });
  let text = saved.path ? `Đã lưu ${saved.path}.${saved.note ? ` ${saved.note}` : ''}` : `Đã tải xuống tệp ${file.fileName}.`;
  if (request.kind === 'urging' && args.recordUrging) {
    try {
      const symbol = preview?.numberLine.replace(/^Số:\s*/, '').trim() ?? '';
      await call('urging.record', {
        periodId: request.periodId,
        agencyIds: request.agencyIds,
        urgedOn: request.issuedOn ?? args.today,
        letterNumber: request.number ? symbol : null,
        note: file.title,
      });
      text += ` Đã ghi nhận đôn đốc ${request.agencyIds.length} cơ quan, đơn vị vào sổ theo dõi báo cáo.`;
    } catch (err) {
      return { ok: false, text: `${text} Chưa ghi được vào sổ theo dõi: ${(err as Error).message}` };
    }
  }
  return { ok: true, text };
}
