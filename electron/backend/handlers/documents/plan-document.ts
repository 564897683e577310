// The plan itself as a document (kind 'plan'): its own text when it has one, else the outline rebuilt
// from the data, with the assignment table as its appendix.
import { planDocument } from '../../../../shared/documents';
import type { DocumentNumber } from '../../../../shared/documents/types';
import { builderSettings, documentDate, FILE_NAMES } from '../../../../shared/documents/content';
import { planParent, planTextParagraphs } from '../../../../shared/documents/plan-parts';
import { listPlanTextBlocks } from '../../../../db/queries/plan-text';
import { readPlanTexts } from '../../../../db/queries/documents';
import type { DocumentJob, Prepared } from './prepared';
import { textsView } from './texts';
import { assignmentData } from './task-assignment-table';

export async function preparePlan(job: DocumentJob<'plan'>): Promise<Prepared> {
  const { ctx, req, plan, s, today, warnings } = job;
  const a = await assignmentData(ctx, plan, {});
  const texts = (await textsView(ctx, plan.id, 'plan', null, a.tasks)).texts;
  const blocks = await listPlanTextBlocks(ctx.db, plan.id);
  const settings = builderSettings(s.planIssuer, s.planRecipients);
  // An issued plan prints its own number and signing date unless others are given; a plan with its
  // own text and no date keeps the date line as it carries it (blank for the văn thư).
  const number: DocumentNumber = { number: req.number ?? planParent(plan, s.planSymbol).number.number, symbol: s.planSymbol };
  const planDate =
    !req.issuedOn && !plan.issuedDate && blocks.length > 0 ? planParent(plan, s.planSymbol).date : documentDate(req.issuedOn ?? plan.issuedDate, today);
  const input = {
    number,
    date: planDate,
    title: plan.title,
    basis: texts.opening,
    sections: texts.sections,
    ...(blocks.length > 0 ? { text: planTextParagraphs(blocks) } : {}),
    taskTable: a.rows,
  };
  if (blocks.length === 0 && !(await readPlanTexts(ctx.db, plan.id))) {
    warnings.push('Nội dung kế hoạch là bản dựng lại từ dữ liệu: mục đích, yêu cầu, mục tiêu và kinh phí cần được soạn.');
  }
  return {
    kind: 'plan',
    title: `Kế hoạch ${plan.title}`,
    fileName: FILE_NAMES.plan(plan.title, plan.year),
    periodId: null,
    periodLabel: null,
    settings,
    profileKey: 'planIssuer',
    symbolKey: 'planSymbol',
    number,
    date: planDate,
    addressees: [],
    withNhuTren: false,
    signed: true,
    facts: [
      { label: 'Kế hoạch', value: `${plan.title} (${plan.year})` },
      { label: 'Nội dung', value: blocks.length > 0 ? `Nguyên văn kế hoạch: ${blocks.length} đoạn` : 'Dựng lại từ dữ liệu' },
      { label: 'Phụ lục phân công', value: `${a.taskCount} nhiệm vụ, ${a.groupCount} nhóm` },
    ],
    warnings,
    figureChecks: [],
    build: () => planDocument(settings, input),
  };
}
