// Kế hoạch (Mẫu 1.4), regenerated from the plan's data, with the task assignment table as its Phụ lục.
import type { Document } from 'docx';
import { appendixLabel } from './layout/appendix';
import { type BodyItem, renderBody, sectionItems } from './layout/body';
import { PORTRAIT_TEXT_WIDTH } from './layout/constants';
import { createDocument } from './layout/document';
import { headerBlock, planHeader } from './layout/header-block';
import { portraitSection } from './layout/page';
import { signatureBlock } from './layout/signature';
import { titleBlock, titleLines } from './layout/title';
import { taskAssignmentAppendix } from './task-assignment-table';
import { DocumentInputError, formatNumberLine, lowerFirst, nfc } from './text';
import type { DocumentSettings, PlanDocumentInput } from './types';

export function planDocument(settings: DocumentSettings, input: PlanDocumentInput): Document {
  const textWidth = PORTRAIT_TEXT_WIDTH;
  const layout = planHeader(settings, textWidth, formatNumberLine(input.number));
  const basis = nfc(input.basis).trim();
  if (!basis) throw new DocumentInputError('Thiếu đoạn mở đầu (căn cứ ban hành) của kế hoạch.', 'basis');

  const items: BodyItem[] = [{ kind: 'paragraph', text: basis }, ...sectionItems(input.sections)];
  const main = portraitSection([
    headerBlock({ settings, layout, number: input.number, date: input.date }),
    ...titleBlock('Kế hoạch', input.title, textWidth),
    ...renderBody(items),
    signatureBlock(settings, layout, false),
  ]);

  const title = titleLines(input.title, textWidth).join(' ');
  const sections = [main];
  if (input.taskTable.length > 0) {
    sections.push(
      taskAssignmentAppendix(settings, {
        label: appendixLabel(0, 1),
        title: nfc(input.taskTableTitle ?? '').trim() || `Thực hiện Kế hoạch ${lowerFirst(title)}`,
        rows: input.taskTable,
        parent: { kind: 'Kế hoạch', number: input.number, date: input.date },
      }),
    );
  }
  return createDocument(`KẾ HOẠCH ${title}`, sections);
}
