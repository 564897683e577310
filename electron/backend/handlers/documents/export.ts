// documents.preview, export, recordExport, exports: a prepared document summarised, packed into .docx
// bytes, and the export log.
import type { HandlerContext, HandlerGroup } from '../types';
import type { DocumentPreview } from '../../../../shared/api/documents-models';
import type { DocumentRequest } from '../../../../shared/api/documents-contract';
import { AppError } from '../../../../shared/api/errors';
import { DocumentInputError, formatDateLine, formatNumberLine, packDocx } from '../../../../shared/documents';
import { recipientLines } from '../../../../shared/documents/layout/signature';
import { describeProblem, safe, signerText } from '../../../../shared/documents/preview';
import { currentActor } from '../../../../db/queries/audit';
import { insertExport, listExports } from '../../../../db/queries/documents';
import { requirePeriod } from '../reporting';
import { requirePlanDetail } from './plan-and-period';
import { prepare } from './prepare';
import { nativeDeflate } from './native-deflate';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The built (not yet packed) document, for `npm run bench` to time packing alone. */
export async function documentForBench(ctx: HandlerContext, req: DocumentRequest) {
  return (await prepare(ctx, req)).build();
}


async function buildDocument(ctx: HandlerContext, req: DocumentRequest) {
  const p = await prepare(ctx, req);
  try {
    const bytes = await packDocx(p.build(), nativeDeflate);
    return { p, bytes };
  } catch (err) {
    if (err instanceof DocumentInputError) {
      const { message, field } = describeProblem(p, err);
      throw new AppError('VALIDATION', message, field);
    }
    throw err;
  }
}

export const exportHandlers: HandlerGroup<'documents.preview' | 'documents.export' | 'documents.recordExport' | 'documents.exports'> = {
  'documents.preview': async (req, ctx): Promise<DocumentPreview> => {
    const p = await prepare(ctx, req);
    let problem: DocumentPreview['problem'] = null;
    try {
      p.build();
    } catch (err) {
      if (!(err instanceof DocumentInputError)) throw err;
      problem = describeProblem(p, err);
    }
    const issuer = Array.isArray(p.settings.issuingBody) ? p.settings.issuingBody.join(' ') : p.settings.issuingBody;
    return {
      kind: p.kind,
      title: p.title,
      fileName: p.fileName,
      periodLabel: p.periodLabel,
      numberLine: p.number ? safe(() => formatNumberLine(p.number!), '') : '',
      dateLine: p.date ? safe(() => formatDateLine(p.settings.placeName, p.date!), '') : '',
      issuer: [p.settings.parentAgencyLine, issuer].filter(Boolean).join(' / '),
      signer: p.signed ? signerText(p.settings) : '',
      addressees: p.addressees,
      recipients: p.signed ? safe(() => recipientLines(p.settings, p.withNhuTren), []) : [],
      facts: p.facts,
      warnings: p.warnings,
      figureChecks: p.figureChecks,
      problem,
    };
  },

  'documents.export': async (req, ctx) => {
    const { p, bytes } = await buildDocument(ctx, req);
    return {
      kind: p.kind,
      fileName: p.fileName,
      mediaType: DOCX_MEDIA_TYPE,
      contentBase64: Buffer.from(bytes).toString('base64'),
      size: bytes.length,
      title: p.title,
      periodId: p.periodId,
    };
  },

  'documents.recordExport': async ({ planId, kind, periodId, title, fileName, savedTo }, ctx) => {
    await requirePlanDetail(ctx, planId);
    let periodLabel: string | null = null;
    if (periodId) {
      const period = await requirePeriod(ctx, periodId);
      if (period.planId !== planId) throw new AppError('VALIDATION', 'Kỳ báo cáo này không thuộc kế hoạch đang làm việc.', 'periodId');
      periodLabel = period.label;
    }
    const id = await insertExport(
      ctx.db,
      { planId, kind, periodId: periodId ?? null, periodLabel, title: title.normalize('NFC'), fileName, savedTo: savedTo ?? null, exportedOn: ctx.today() },
      await currentActor(ctx.db),
    );
    return (await listExports(ctx.db, planId)).find((e) => e.id === id)!;
  },

  'documents.exports': async ({ planId }, ctx) => {
    await requirePlanDetail(ctx, planId);
    return listExports(ctx.db, planId);
  },
};
