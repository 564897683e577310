// The form of "Soạn nội dung báo cáo" / the plan's sections (TextsEditor, @mantine/form): the căn cứ
// lines, the opening paragraph and each section's heading and paragraphs, one paragraph a line. What
// it opens with, what it sends, and under which input a refusal of the API is shown.
import type { ChangeEvent } from 'react';
import type { UseFormReturnType } from '@mantine/form';
import type { MethodInput } from '../../../../shared/api/contract';
import type { DocumentTextsView } from '../../../../shared/api/documents-models';
import type { BodySection } from '../../../../shared/documents/types';

export interface TextsValues {
  /** The căn cứ, one a line (report only). */
  legalBasis: string;
  opening: string;
  /** As the API gives them; a section's paragraphs are its textarea's lines, blank ones kept while typing. */
  sections: BodySection[];
}

export type TextsScope = { planId: number; kind: 'report' | 'plan'; periodId: number | null };

const toLines = (items: string[]) => items.join('\n');
const fromLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function textsValues(view: DocumentTextsView): TextsValues {
  return { legalBasis: toLines(view.texts.legalBasis), opening: view.texts.opening, sections: view.texts.sections };
}

/** Trailing spaces and empty lines are dropped only when saving, so typing feels normal. */
function cleanSections(sections: BodySection[]): BodySection[] {
  return sections.map((s) => ({
    ...s,
    paragraphs: s.paragraphs.map((p) => p.trim()).filter(Boolean),
    ...(s.subsections ? { subsections: cleanSections(s.subsections) } : {}),
  }));
}

/** What "Lưu nội dung" sends: the căn cứ lines and every section's paragraphs without blank lines. */
export function textsRequest(scope: TextsScope, values: TextsValues): MethodInput<'documents.saveTexts'> {
  return { ...scope, legalBasis: fromLines(values.legalBasis), opening: values.opening, sections: cleanSections(values.sections) };
}

/**
 * The input a refusal naming `field` belongs under, or null (the message then stands above the
 * buttons). The request's sections are the form's, so a paragraph's or a căn cứ's line lands on its
 * textarea: "sections.0.subsections.1.paragraphs.2" on "sections.0.subsections.1.paragraphs".
 */
export function textsPathOfRefusal(field: string): string | null {
  const path = field.replace(/^(legalBasis|.*\.paragraphs)\.\d+$/, '$1');
  return /^(legalBasis|opening|sections\.\d+(\.subsections\.\d+)*\.(heading|paragraphs))$/.test(path) ? path : null;
}

/** A section's paragraphs in one textarea, a paragraph a line. */
export function paragraphsProps(form: UseFormReturnType<TextsValues>, path: string) {
  const input = form.getInputProps(path);
  return {
    value: toLines(input.value as string[]),
    onChange: (e: ChangeEvent<HTMLTextAreaElement>) => form.setFieldValue(path, e.currentTarget.value.split('\n') as never),
    error: input.error as string | undefined,
  };
}
