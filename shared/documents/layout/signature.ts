// Signature (ô 7a–7c) beside Nơi nhận (ô 9b), §6–§7: one borderless row that cannot split, the list on
// the left flush with the margin, the signature centred under the Quốc hiệu column on the right.
import { AlignmentType, type Paragraph, type Table, TableRow } from 'docx';
import { DocumentInputError, archiveLine, listLines, nfc, upper } from '../text';
import type { DocumentSettings, Signer } from '../types';
import { PT, SIGNATURE_SPACE_LINES } from './constants';
import { borderlessTable, type HeaderLayout, layoutCell } from './header-block';
import { textWidthTwips } from './metrics';
import { emptyParagraph, subscriptParagraph, textParagraph } from './paragraphs';
import { STYLE } from './styles';

/** Space above the row, the same in both cells so "Nơi nhận:" is level with the first position line. */
const SIGNATURE_BEFORE = 240;

export const NOI_NHAN_LABEL = 'Nơi nhận:';
export const NHU_TREN = 'Như trên';

/** The 7a lines: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], ["GIÁM ĐỐC"], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]. */
export function signerPositionLines(signer: Signer): string[] {
  const lines: string[] = [];
  const of = upper(signer.authorityOf ?? '').trim();
  if (signer.authority) {
    if (!of) throw new DocumentInputError(`Thiếu chức danh sau "${signer.authority}".`, 'settings.signer.authorityOf');
    lines.push(`${signer.authority} ${of}`);
  }
  const position = upper(signer.position ?? '').trim();
  if (position) lines.push(position);
  if (lines.length === 0) throw new DocumentInputError('Thiếu chức vụ người ký.', 'settings.signer.position');
  return lines;
}

/** Nơi nhận lines: "- Như trên;" (when the document has Kính gửi), the recipients, "- Lưu: VT, … .". */
export function recipientLines(settings: DocumentSettings, withNhuTren: boolean): string[] {
  const items = [...(withNhuTren ? [NHU_TREN] : []), ...settings.recipients];
  return [...listLines(items, ';'), archiveLine(settings.archiveLine)];
}

export function signatureBlock(settings: DocumentSettings, layout: HeaderLayout, withNhuTren: boolean): Table {
  const signer = settings.signer;
  const name = nfc(signer.name ?? '').trim();
  if (!name) throw new DocumentInputError('Thiếu họ tên người ký.', 'settings.signer.name');
  const hang = Math.round(textWidthTwips('- ', PT.noiNhanList));

  const left: Paragraph[] = [
    textParagraph(NOI_NHAN_LABEL, { pt: PT.noiNhanLabel, bold: true, italics: true }, { before: SIGNATURE_BEFORE, style: STYLE.noiNhan }),
    ...recipientLines(settings, withNhuTren).map((line) =>
      subscriptParagraph(line, { pt: PT.noiNhanList }, { indentLeft: hang, hanging: hang, style: STYLE.noiNhan }),
    ),
  ];

  const bold = { pt: PT.signature, bold: true };
  const center = AlignmentType.CENTER;
  const right: Paragraph[] = [
    ...signerPositionLines(signer).map((line, i) =>
      textParagraph(line, bold, { align: center, ...(i === 0 ? { before: SIGNATURE_BEFORE } : {}) }),
    ),
    ...Array.from({ length: SIGNATURE_SPACE_LINES }, () => emptyParagraph(PT.signature)),
    ...(signer.otherPosition?.trim() ? [textParagraph(upper(signer.otherPosition).trim(), bold, { align: center })] : []),
    textParagraph(name, bold, { align: center }),
  ];

  return borderlessTable(
    [layout.left, layout.right],
    [new TableRow({ cantSplit: true, children: [layoutCell(layout.left, left, 0), layoutCell(layout.right, right)] })],
  );
}
