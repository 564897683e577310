// Công văn đôn đốc gửi báo cáo (Mẫu 1.5): the letter that chases agencies whose periodic report is late.
import type { Document } from 'docx';
import { type BodyItem, renderBody } from './layout/body';
import { PORTRAIT_TEXT_WIDTH } from './layout/constants';
import { createDocument } from './layout/document';
import { headerBlock, planHeader } from './layout/header-block';
import { kinhGuiBlock } from './layout/kinh-gui';
import { portraitSection } from './layout/page';
import { signatureBlock } from './layout/signature';
import { DocumentInputError, formatNumberLine, lowerFirst, nfc } from './text';
import type { DocumentSettings, UrgingLetterInput } from './types';

/** The V/v line: the given subject, or "V/v đôn đốc gửi báo cáo kết quả thực hiện Kế hoạch {period}". */
export function urgingSubject(input: UrgingLetterInput): string {
  const given = nfc(input.subject ?? '').trim();
  if (given) return /^V\/v\b/.test(given) ? given : `V/v ${given}`;
  return `V/v đôn đốc gửi báo cáo kết quả thực hiện Kế hoạch ${nfc(input.periodLabel).trim()}`;
}

/** The letter's paragraphs, in the order printed. */
export function urgingParagraphs(settings: DocumentSettings, input: UrgingLetterInput): string[] {
  const issuer = nfc(settings.issuerName).trim();
  const period = nfc(input.periodLabel).trim();
  const planRef = nfc(input.planRef).trim();
  const planTitle = lowerFirst(input.planTitle);
  const due = nfc(input.dueText).trim();
  if (!planRef) throw new DocumentInputError('Thiếu số, ký hiệu của kế hoạch.', 'planRef');
  if (!period) throw new DocumentInputError('Thiếu kỳ báo cáo.', 'periodLabel');

  const requested = input.requestRef?.trim()
    ? ` ${issuer} đã có ${nfc(input.requestRef).trim()} đề nghị các cơ quan, đơn vị, địa phương gửi báo cáo theo quy định.`
    : '';
  const deadline = input.newDeadline?.trim()
    ? `trước ngày ${nfc(input.newDeadline).trim().replace(/^(trước\s+)?ngày\s+/i, '')}`
    : 'trong thời gian sớm nhất';
  return [
    `Thực hiện ${planRef} về ${planTitle}, các cơ quan, đơn vị, địa phương có trách nhiệm báo cáo kết quả thực hiện Kế hoạch ${period} gửi về ${issuer} ${due} để tổng hợp, báo cáo theo quy định.${requested}`,
    `Đến nay, ${issuer} chưa nhận được báo cáo ${period} của các cơ quan, đơn vị, địa phương nêu trên.`,
    `Để kịp thời tổng hợp, báo cáo cấp trên theo quy định, ${issuer} đề nghị Thủ trưởng các cơ quan, đơn vị, địa phương quan tâm chỉ đạo xây dựng báo cáo kết quả thực hiện Kế hoạch ${period} và gửi về ${issuer} ${deadline}.`,
    'Rất mong nhận được sự quan tâm, phối hợp của Quý cơ quan, đơn vị, địa phương./.',
  ];
}

export function urgingLetter(settings: DocumentSettings, input: UrgingLetterInput): Document {
  const textWidth = PORTRAIT_TEXT_WIDTH;
  const layout = planHeader(settings, textWidth, formatNumberLine(input.number));
  const subject = urgingSubject(input);
  const body: BodyItem[] = urgingParagraphs(settings, input).map((text) => ({ kind: 'paragraph', text }));
  const children = [
    headerBlock({ settings, layout, number: input.number, date: input.date, subject }),
    ...kinhGuiBlock(input.agencies),
    ...renderBody(body),
    signatureBlock(settings, layout, true),
  ];
  return createDocument(subject, [portraitSection(children)]);
}
