// The form of "Sửa nội dung kế hoạch" (PlanTextEditor, @mantine/form): the plan's paragraphs as
// signed, each with its number. A paragraph that is a task or a target is shown, not edited here.
// What it opens with, what it says before sending, what it sends, and where a refusal is shown.
import type { FormErrors } from '@mantine/form';
import type { MethodInput } from '../../../../shared/api/contract';
import type { PlanTextBlock } from '../../../../shared/domain/plan-text';

export interface ParagraphValue {
  numbering: string;
  text: string;
}

/** One entry per block of the plan, in order (a linked block's is kept but not edited). */
export interface PlanTextValues {
  paragraphs: ParagraphValue[];
}

export const PARAGRAPH_MISSING = 'Chưa nhập nội dung đoạn.';

export function planTextValues(blocks: PlanTextBlock[]): PlanTextValues {
  return { paragraphs: blocks.map((b) => ({ numbering: b.numbering, text: b.text })) };
}

/** A heading is edited here even when linked; a task's or target's own paragraph is not. */
export function isEditable(block: PlanTextBlock): boolean {
  const heading = block.kind === 'heading' || block.kind === 'group_heading';
  return heading || !(block.taskCode ?? block.targetCode);
}

/** The positions of the editable paragraphs whose number or wording the clerk changed. */
export function changedParagraphs(blocks: PlanTextBlock[], values: PlanTextValues): number[] {
  return blocks.flatMap((b, i) => {
    const v = values.paragraphs[i];
    return v && isEditable(b) && (v.text !== b.text || v.numbering !== b.numbering) ? [i] : [];
  });
}

/** A changed paragraph left empty is named; removing a paragraph is not done by emptying it. */
export function planTextErrors(blocks: PlanTextBlock[], values: PlanTextValues): FormErrors {
  const errors: FormErrors = {};
  for (const i of changedParagraphs(blocks, values)) {
    if (!values.paragraphs[i]!.text.trim()) errors[`paragraphs.${i}.text`] = PARAGRAPH_MISSING;
  }
  return errors;
}

/** What "Lưu nội dung" sends: the changed paragraphs only, by id. */
export function planTextRequest(planId: number, blocks: PlanTextBlock[], values: PlanTextValues): MethodInput<'planText.update'> {
  return {
    planId,
    blocks: changedParagraphs(blocks, values).map((i) => ({ id: blocks[i]!.id, ...values.paragraphs[i]! })),
  };
}

/**
 * The input a refusal naming `field` belongs under, or null. Only changed paragraphs are sent, so
 * "blocks.1.text" of the request is the second changed paragraph (`sent`: their form positions).
 */
export function planTextPathOfRefusal(field: string, sent: readonly number[]): string | null {
  const m = /^blocks\.(\d+)\.(numbering|text)$/.exec(field);
  const at = m ? sent[Number(m[1])] : undefined;
  return m && at !== undefined ? `paragraphs.${at}.${m[2]}` : null;
}
