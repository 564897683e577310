// The plan as its documents print it: its number and date as an appendix cites them, and its own text.
import type { PlanDetail } from '../api/models';
import type { PlanTextBlock } from '../domain/plan-text';
import { isHeadingBlock, printedBlock } from '../domain/plan-text';
import { parseIsoDate } from '../dates/iso-date';
import type { DocumentDate, DocumentNumber } from './types';

export /** The plan as an appendix cites it: its own number and date, blank where the plan leaves them blank. */
function planParent(plan: PlanDetail, symbol: string) {
  const n = plan.number && /^\d+$/.test(plan.number.trim()) ? Number(plan.number.trim()) : null;
  const d = plan.issuedDate ? parseIsoDate(plan.issuedDate) : null;
  const date: DocumentDate = d ?? { year: plan.year, month: null, day: null };
  return { kind: 'Kế hoạch', number: { number: n, symbol } as DocumentNumber, date };
}

export /** The plan's own text as the builder prints it: numbering and text, titles kept with what follows. */
function planTextParagraphs(blocks: PlanTextBlock[]) {
  return blocks.map((b) => ({
    text: printedBlock(b),
    ...(b.bold ? { bold: true } : {}),
    ...(b.italics ? { italics: true } : {}),
    ...(isHeadingBlock(b) ? { heading: true } : {}),
  }));
}
