// The Word document around the sections: Times New Roman 14 pt as the document default, so empty
// paragraphs, table cells and paragraph marks are never in another font or size (§2); the Word styles
// of layout/styles.ts.
import { Document, type ISectionOptions } from 'docx';
import { nfc } from '../text';
import { documentStyles } from './styles';

export function createDocument(title: string, sections: ISectionOptions[]): Document {
  return new Document({
    creator: 'Thường trực',
    title: nfc(title),
    styles: documentStyles(),
    sections,
  });
}
