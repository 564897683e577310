// The plan's own text (table plan_text_blocks): ordered paragraphs, each with its numbering as printed.
// A block that is a task or a target shows that task's or target's current wording, so an edit of the
// task shows in the plan; a heading keeps its own text. Pure: the database gives the blocks.

export const PLAN_TEXT_KINDS = ['heading', 'paragraph', 'bullet', 'sub_bullet', 'group_heading'] as const;
export type PlanTextKind = (typeof PLAN_TEXT_KINDS)[number];

export interface PlanTextBlock {
  id: number;
  sortOrder: number;
  kind: PlanTextKind;
  /** 0 Mục (I.), 1 Khoản (1.), 2 Điểm (a)), 3 body, 4 sub-point. */
  level: number;
  /** As printed: "I.", "1.", "a)", "-", "+", "*", or ''. */
  numbering: string;
  /** The text that prints: the linked task's or target's wording, else the block's own. */
  text: string;
  /** The block's own text (what the plan said when the block was entered). */
  ownText: string;
  bold: boolean;
  italics: boolean;
  taskId: number | null;
  taskCode: string | null;
  targetId: number | null;
  targetCode: string | null;
  taskGroupId: number | null;
}

/** The text a block prints: a task block its task's wording, a target block its target's; else its own. */
export function blockText(
  own: string,
  kind: string,
  linked: { taskContent?: string | null; targetWording?: string | null },
): string {
  if (kind === 'heading' || kind === 'group_heading') return own;
  return linked.taskContent ?? linked.targetWording ?? own;
}

/** The paragraph as printed: numbering, a space, the text ("- Xây dựng …", "a) Nâng cao …", "I. MỤC ĐÍCH …"). */
export function printedBlock(b: Pick<PlanTextBlock, 'numbering' | 'text'>): string {
  const n = b.numbering.trim();
  const t = b.text.normalize('NFC').trim();
  return n ? `${n} ${t}` : t;
}

/** Whether a block is a title that keeps with the paragraph after it. */
export function isHeadingBlock(b: Pick<PlanTextBlock, 'kind'>): boolean {
  return b.kind === 'heading' || b.kind === 'group_heading';
}
