// Preparing a document: the steps every kind shares, then the kind's own file.
import type { HandlerContext } from '../types';
import type { DocumentRequest } from '../../../../shared/api/documents-contract';
import { documentDate } from '../../../../shared/documents/content';
import type { Prepared } from './prepared';
import { requirePlanDetail } from './plan-and-period';
import { settingsView } from './settings';
import { prepareReport } from './consolidated-report';
import { prepareUrging } from './urging-letter';
import { prepareAssignment } from './task-assignment-table';
import { preparePlan } from './plan-document';

export async function prepare(ctx: HandlerContext, req: DocumentRequest): Promise<Prepared> {
  const plan = await requirePlanDetail(ctx, req.planId);
  const view = await settingsView(ctx, plan);
  const s = view.values;
  const today = ctx.today();
  const warnings: string[] = [];
  if (!view.saved) warnings.push('Đang dùng cài đặt văn bản mặc định lấy từ kế hoạch; hãy kiểm tra ở mục Cài đặt › Văn bản.');
  const date = documentDate(req.issuedOn, today);
  const job = { ctx, plan, s, today, warnings, date };

  switch (req.kind) {
    case 'report':
      return prepareReport({ ...job, req });
    case 'urging':
      return prepareUrging({ ...job, req });
    case 'assignment':
      return prepareAssignment({ ...job, req });
    case 'plan':
      return preparePlan({ ...job, req });
  }
}
