// A document made ready: its data, its summary for the preview, and how to build it. Each kind is
// prepared in its own file named as its builder in shared/documents (consolidated-report.ts,
// urging-letter.ts, task-assignment-table.ts, plan-document.ts); prepare.ts picks the file.
import type { Document } from 'docx';
import type { HandlerContext } from '../types';
import type { DocumentKind, DocumentSettingsValues, FigureCheckView, PreviewFact } from '../../../../shared/api/documents-models';
import type { DocumentRequest } from '../../../../shared/api/documents-contract';
import type { PlanDetail } from '../../../../shared/api/models';
import type { DocumentDate, DocumentNumber, DocumentSettings } from '../../../../shared/documents/types';

export interface Prepared {
  kind: DocumentKind;
  title: string;
  fileName: string;
  periodId: number | null;
  periodLabel: string | null;
  settings: DocumentSettings;
  profileKey: 'standing' | 'planIssuer';
  symbolKey: 'reportSymbol' | 'letterSymbol' | 'planSymbol';
  number: DocumentNumber | null;
  date: DocumentDate | null;
  addressees: string[];
  withNhuTren: boolean;
  /** false: the standalone assignment table, which has no signature or Nơi nhận. */
  signed: boolean;
  facts: PreviewFact[];
  warnings: string[];
  figureChecks: FigureCheckView[];
  build(): Document;
}

/** What every kind starts from: the request, its plan and settings, today, the warnings so far, the date. */
export interface DocumentJob<K extends DocumentKind> {
  ctx: HandlerContext;
  req: Extract<DocumentRequest, { kind: K }>;
  plan: PlanDetail;
  s: DocumentSettingsValues;
  today: string;
  warnings: string[];
  date: DocumentDate;
}

export const count = (n: number, unit: string) => `${n} ${unit}`;
