// Decree 30/2020/NĐ-CP document builders: data in, docx Document out (packDocx for the bytes).
export type * from './types';
export { taskAssignmentTable } from './task-assignment-table';
export { urgingLetter } from './urging-letter';
export { consolidatedReport } from './consolidated-report';
export { planDocument } from './plan-document';
export { defaultReportSections, nextPeriodLabel } from './report-outline';
export { type Compressor, gzipCompressor, packDocx, type PartDeflater, type StreamCompressor } from './pack';
export {
  DocumentInputError,
  formatDateLine,
  formatNumberLine,
  formatVietnameseDate,
} from './text';
