// Kính gửi (ô 9a, §4): one recipient on one centred line "Kính gửi: X."; several as "Kính gửi:" then
// "- X;" … "- Y." with the dashes under the colon of "Kính gửi:".
import { AlignmentType, type Paragraph } from 'docx';
import { DocumentInputError, bareListItem, listLines } from '../text';
import { PT } from './constants';
import { textWidthTwips } from './metrics';
import { textParagraph } from './paragraphs';

/** "Kính gửi:" starts 3.5 cm in, as in the Mẫu 1.5 template. */
export const KINH_GUI_INDENT = 1982;
export const KINH_GUI_LABEL = 'Kính gửi:';

/** Left indent of the recipient lines' dash: where the colon of "Kính gửi:" starts. */
export function kinhGuiDashIndent(): number {
  return Math.round(KINH_GUI_INDENT + textWidthTwips('Kính gửi', PT.body));
}

export function kinhGuiBlock(recipients: string[]): Paragraph[] {
  const names = recipients.map(bareListItem).filter(Boolean);
  if (names.length === 0) throw new DocumentInputError('Thiếu nơi nhận ở mục "Kính gửi".', 'agencies');
  const style = { pt: PT.body };
  if (names.length === 1) {
    return [textParagraph(`${KINH_GUI_LABEL} ${names[0]}.`, style, { align: AlignmentType.CENTER, before: 360, keepNext: true })];
  }
  const dash = kinhGuiDashIndent();
  const hang = Math.round(textWidthTwips('- ', PT.body));
  return [
    textParagraph(KINH_GUI_LABEL, style, { indentLeft: KINH_GUI_INDENT, before: 360, keepNext: true }),
    ...listLines(names, '.').map((line) => textParagraph(line, style, { indentLeft: dash + hang, hanging: hang })),
  ];
}
