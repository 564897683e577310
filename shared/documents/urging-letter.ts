// Công văn đôn đốc gửi báo cáo (Mẫu 1.5): the letter that chases agencies whose periodic report is late.
// One addressee is named in the text; up to six are listed under Kính gửi; more are addressed as
// "Các cơ quan, đơn vị có tên tại danh sách kèm theo" and listed on a page after the signature, so that
// a letter whose text fits one page stays one page.
import { AlignmentType, type Document, type Paragraph } from 'docx';
import { type BodyItem, renderBody } from './layout/body';
import { PORTRAIT_TEXT_WIDTH, PT } from './layout/constants';
import { createDocument } from './layout/document';
import { headerBlock, planHeader } from './layout/header-block';
import { kinhGuiBlock } from './layout/kinh-gui';
import { balancedLines } from './layout/metrics';
import { portraitSection } from './layout/page';
import { textParagraph } from './layout/paragraphs';
import { signatureBlock } from './layout/signature';
import { STYLE } from './layout/styles';
import { DocumentInputError, bareListItem, formatNumberAndSymbol, formatVietnameseDate, formatNumberLine, lowerFirst, nfc } from './text';
import type { DocumentSettings, UrgingLetterInput } from './types';

/** Past this many addressees, Kính gửi refers to a list attached after the signature. */
export const MAX_LISTED_ADDRESSEES = 6;
export const ATTACHED_LIST_ADDRESSEE = 'Các cơ quan, đơn vị có tên tại danh sách kèm theo';

/** The V/v line: the given subject, or "V/v đôn đốc gửi báo cáo kết quả thực hiện Kế hoạch {period}". */
export function urgingSubject(input: UrgingLetterInput): string {
  const given = nfc(input.subject ?? '').trim();
  if (given) return /^V\/v\b/.test(given) ? given : `V/v ${given}`;
  return `V/v đôn đốc gửi báo cáo kết quả thực hiện Kế hoạch ${nfc(input.periodLabel).trim()}`;
}

function addresseeNames(input: UrgingLetterInput): string[] {
  return input.agencies.map(bareListItem).filter(Boolean);
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
  const names = addresseeNames(input);
  if (names.length === 0) throw new DocumentInputError('Thiếu nơi nhận ở mục "Kính gửi".', 'agencies');

  // Who is spoken to: the one agency by name; a few as "nêu trên"; many as "có tên tại danh sách kèm theo".
  const one = names.length === 1 ? names[0]! : null;
  const listed = names.length > MAX_LISTED_ADDRESSEES;
  const of = one ?? (listed ? 'các cơ quan, đơn vị có tên tại danh sách kèm theo' : 'các cơ quan, đơn vị, địa phương nêu trên');
  const head = one ?? 'Thủ trưởng các cơ quan, đơn vị, địa phương';
  const you = one ? 'Quý cơ quan' : 'Quý cơ quan, đơn vị, địa phương';

  const requested = input.requestRef?.trim()
    ? ` ${issuer} đã có ${nfc(input.requestRef).trim()} đề nghị các cơ quan, đơn vị, địa phương gửi báo cáo theo quy định.`
    : '';
  const deadline = input.newDeadline?.trim()
    ? `trước ngày ${nfc(input.newDeadline).trim().replace(/^(trước\s+)?ngày\s+/i, '')}`
    : 'trong thời gian sớm nhất';
  return [
    `Thực hiện ${planRef} về ${planTitle}, các cơ quan, đơn vị, địa phương có trách nhiệm báo cáo kết quả thực hiện Kế hoạch ${period} gửi về ${issuer} ${due} để tổng hợp, báo cáo theo quy định.${requested}`,
    `Đến nay, ${issuer} chưa nhận được báo cáo ${period} của ${of}.`,
    `Để kịp thời tổng hợp, báo cáo cấp trên theo quy định, ${issuer} đề nghị ${head} quan tâm chỉ đạo xây dựng báo cáo kết quả thực hiện Kế hoạch ${period} và gửi về ${issuer} ${deadline}.`,
    `Rất mong nhận được sự quan tâm, phối hợp của ${you}./.`,
  ];
}

/** The list of addressees printed on its own page after the signature. */
function attachedList(settings: DocumentSettings, input: UrgingLetterInput, names: string[], textWidth: number): Paragraph[] {
  const center = AlignmentType.CENTER;
  const bold = { pt: PT.appendix, bold: true };
  const title = balancedLines('DANH SÁCH CÁC CƠ QUAN, ĐƠN VỊ ĐƯỢC ĐÔN ĐỐC GỬI BÁO CÁO', Math.floor(textWidth * 0.8), PT.appendix, bold);
  const ref = `(Kèm theo Công văn số ${formatNumberAndSymbol(input.number)} ${formatVietnameseDate(input.date)} của ${nfc(settings.issuerName).trim()})`;
  return [
    textParagraph(title, bold, { align: center, keepNext: true, pageBreakBefore: true, style: STYLE.title }),
    textParagraph(ref, { pt: PT.appendix, italics: true }, { align: center, keepNext: true, after: 240, indentLeft: 567, indentRight: 567 }),
    ...names.map((n, i) => textParagraph(`${i + 1}. ${n}.`, { pt: PT.body }, { before: 60, indentLeft: 567, style: STYLE.body })),
  ];
}

export function urgingLetter(settings: DocumentSettings, input: UrgingLetterInput): Document {
  const textWidth = PORTRAIT_TEXT_WIDTH;
  const layout = planHeader(settings, textWidth, formatNumberLine(input.number));
  const subject = urgingSubject(input);
  const names = addresseeNames(input);
  const listed = names.length > MAX_LISTED_ADDRESSEES;
  const body: BodyItem[] = urgingParagraphs(settings, input).map((text) => ({ kind: 'paragraph', text }));
  const children = [
    headerBlock({ settings, layout, number: input.number, date: input.date, subject }),
    ...kinhGuiBlock(listed ? [ATTACHED_LIST_ADDRESSEE] : input.agencies),
    ...renderBody(body),
    signatureBlock(settings, layout, true),
    ...(listed ? attachedList(settings, input, names, textWidth) : []),
  ];
  return createDocument(subject, [portraitSection(children)]);
}
