// documents.*: official documents from the database (issue 5): settings per plan (settings.ts), texts
// edited before export (texts.ts), statistic sources and figure checks (figures.ts), each kind prepared
// in its own file named as its builder in shared/documents (consolidated-report.ts,
// urging-letter.ts, task-assignment-table.ts, plan-document.ts, through prepare.ts), and the summary
// preview, the .docx built by shared/documents and the export log (export.ts). No Word formatting
// here: the builders lay the documents out; these files only gather their data.
import type { HandlerGroup } from '../types';
import { settingsHandlers } from './settings';
import { textHandlers } from './texts';
import { figureHandlers } from './figures';
import { assignmentHandlers } from './task-assignment-table';
import { exportHandlers } from './export';

export { DOCX_MEDIA_TYPE, documentForBench } from './export';

export const documentHandlers: HandlerGroup<
  | 'documents.settings'
  | 'documents.updateSettings'
  | 'documents.resetSettings'
  | 'documents.texts'
  | 'documents.saveTexts'
  | 'documents.resetTexts'
  | 'documents.assignmentTable'
  | 'documents.preview'
  | 'documents.export'
  | 'documents.recordExport'
  | 'documents.exports'
  | 'documents.statisticSources'
  | 'documents.setStatisticSource'
  | 'documents.acceptFigureCheck'
> = {
  ...figureHandlers,
  ...settingsHandlers,
  ...textHandlers,
  ...assignmentHandlers,
  ...exportHandlers,
};
