// Kế hoạch (Mẫu 1.4), regenerated from the plan's data, with the task assignment table as its Phụ lục.
import { type Document, LineRuleType, Paragraph } from 'docx';
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

/** The plan's own text, paragraph by paragraph (empty ones left out). */
function planTextItems(text: NonNullable<PlanDocumentInput['text']>): BodyItem[] {
  return text
    .map((p) => ({ ...p, text: nfc(p.text).trim() }))
    .filter((p) => p.text)
    .map((p) => ({
      kind: 'paragraph' as const,
      text: p.text,
      ...(p.bold ? { bold: true } : {}),
      ...(p.italics ? { italics: true } : {}),
      ...(p.heading ? { keepNext: true } : {}),
    }));
}

/** A plan written as an outline: the opening paragraph, then the sections. */
function outlineItems(input: PlanDocumentInput): BodyItem[] {
  const basis = nfc(input.basis).trim();
  if (!basis) throw new DocumentInputError('Thiếu đoạn mở đầu (căn cứ ban hành) của kế hoạch.', 'basis');
  return [{ kind: 'paragraph', text: basis }, ...sectionItems(input.sections)];
}

export function planDocument(settings: DocumentSettings, input: PlanDocumentInput): Document {
  const textWidth = PORTRAIT_TEXT_WIDTH;
  const layout = planHeader(settings, textWidth, formatNumberLine(input.number));
  const items: BodyItem[] = input.text?.length ? planTextItems(input.text) : outlineItems(input);
  const main = portraitSection([
    headerBlock({ settings, layout, number: input.number, date: input.date }),
    ...titleBlock('Kế hoạch', input.title, textWidth),
    ...renderBody(items),
    signatureBlock(settings, layout, false),
    // The section ends in a paragraph of its own (Word puts the section break there): 1 pt high, so a
    // signature that fills the last page does not push an empty page before the Phụ lục.
    new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, run: { size: 2 }, children: [] }),
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
