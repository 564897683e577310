// Importing a plan from its Word file or pasted text: the preview reads and recognises it (nothing is
// saved); the reviewed plan is then saved in one transaction. Bad input is refused with a Vietnamese
// message and the database is left as it was.
import type { HandlerGroup } from '../types';
import type { PlanImportPreview } from '../../../../shared/api/plan-import-contract';
import { AppError } from '../../../../shared/api/errors';
import { docxToHtml, PlanFileError } from '../../../../db/plan-import/read-docx';
import { clashingNewAgency, knownAgencies, saveImportedPlan } from '../../../../db/plan-import/save';
import { listPlans } from '../../../../db/queries/plans';
import { currentActor } from '../../../../db/queries/audit';
import { blocksFromHtml, blocksFromText } from '../../../../shared/plan-import/blocks';
import { importPlan } from '../../../../shared/plan-import/to-dataset';
import { asYear, checkReviewedPlan } from '../../../../shared/plan-import/review-rules';

export const planImportHandlers: HandlerGroup<'plans.importPreview' | 'plans.importCreate'> = {
  'plans.importPreview': async ({ fileName, contentBase64, text }, { db }) => {
    const started = performance.now();
    const hasFile = contentBase64 !== undefined;
    const hasText = text !== undefined && text.trim() !== '';
    if (hasFile === hasText) {
      throw new AppError(
        'VALIDATION',
        hasFile ? 'Nội dung kế hoạch: chọn tệp Word hoặc dán nội dung, không cả hai.' : 'Nội dung kế hoạch: hãy chọn tệp Word (.docx) hoặc dán nội dung kế hoạch.',
        hasFile ? 'text' : 'contentBase64',
      );
    }
    let blocks;
    let source: string;
    if (hasFile) {
      const name = fileName || 'tệp';
      if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(contentBase64)) {
        throw new AppError('VALIDATION', `Tệp "${name}": nội dung tệp gửi lên không đọc được.`, 'contentBase64');
      }
      const bytes = Buffer.from(contentBase64, 'base64');
      try {
        blocks = blocksFromHtml((await docxToHtml(bytes, name)).html);
      } catch (e) {
        if (e instanceof PlanFileError) throw new AppError('VALIDATION', e.message, 'contentBase64');
        throw e;
      }
      if (blocks.length === 0) throw new AppError('VALIDATION', `Tệp "${name}" không có chữ nào: hãy kiểm tra lại tệp kế hoạch.`, 'contentBase64');
      source = `Tệp Word "${name}", ${blocks.length} đoạn văn`;
    } else {
      blocks = blocksFromText(text!);
      source = `Nội dung dán vào, ${blocks.length} đoạn văn`;
    }
    const known = await knownAgencies(db);
    const result = importPlan(blocks, { known });
    const where = hasFile ? 'contentBase64' : 'text';
    if (result.dataset.tasks.length === 0) {
      throw new AppError(
        'VALIDATION',
        'Nội dung không phải một kế hoạch: không thấy các mục đánh số La Mã (I., II., III., …) có nhiệm vụ (mục "NHIỆM VỤ, GIẢI PHÁP" hoặc "TỔ CHỨC THỰC HIỆN").',
        where,
      );
    }
    const choices: PlanImportPreview['choices'] = [
      ...known.map((a) => ({ code: a.code, name: a.name, shortName: a.shortName, isNew: false })),
      ...result.agencies.filter((a) => a.isNew).map((a) => ({ code: a.code, name: a.name, shortName: a.name, isNew: true })),
    ];
    return { ...result, choices, source, elapsedMs: Math.round(performance.now() - started) };
  },

  'plans.importCreate': async ({ dataset, year }, { db }) => {
    const ds = asYear(dataset, year ?? dataset.plan.year);
    const problem = checkReviewedPlan(ds);
    if (problem) throw new AppError('VALIDATION', problem.message, problem.field);
    const clash = await clashingNewAgency(db, ds);
    if (clash) {
      throw new AppError('CONFLICT', `Cơ quan mới "${clash.name}": đã có cơ quan mang tên này, hãy chọn cơ quan đó.`, `dataset.agencies.${clash.index}.name`);
    }
    const wanted = ds.plan.title.trim().toLocaleLowerCase('vi');
    if ((await listPlans(db)).some((p) => p.year === ds.plan.year && p.title.toLocaleLowerCase('vi') === wanted)) {
      throw new AppError('CONFLICT', `Tên: đã có kế hoạch năm ${ds.plan.year} mang tên này.`, 'dataset.plan.title');
    }
    const actor = await currentActor(db);
    const planId = await saveImportedPlan(db, ds, actor, `Nhập từ tệp Word: ${ds.tasks.length} nhiệm vụ, ${ds.targets.length} chỉ tiêu`);
    return (await listPlans(db)).find((p) => p.id === planId)!;
  },
};
