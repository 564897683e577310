// The reporting register's part of the API contract (periods, received reports, figures,
// attachments, targets' progress, urging), merged into the one contract in contract.ts.
// Dates cross the API as ISO strings "YYYY-MM-DD".
import { z } from 'zod';
import type {
  AgencyHistoryRow,
  AttachmentContent,
  PeriodFigures,
  PeriodRegister,
  ReceivedReportRow,
  ReportingDashboard,
  ReportingPeriodRow,
  StatisticRow,
  TargetProgressRow,
  TargetRow,
  UrgingLetterData,
  UrgingRow,
} from './models';
import { REPORT_CHANNELS } from '../domain/types';
import { targetFields } from './plan-targets-contract';
import { isoDate, method, id, byPlan, text, optionalText, idsInput } from './fields';

const byPeriod = idsInput('periodId');
const byReport = idsInput('reportId');
const byAttachment = idsInput('attachmentId');
/** Without a plan: the built-in catalogue; with one: also the plan's own statistics. */
const statisticsOf = z.object({ planId: id.optional() }).strict();

/** Figures: the value is checked by the handler, so that the message can name the statistic. */
const figure = z.object({ statisticCode: text(20), value: z.unknown(), note: optionalText(500) }).strict();
const upload = z.object({ fileName: z.string().max(400), contentBase64: z.string() }).strict();

const reportFields = {
  arrivalDate: isoDate,
  docNumber: optionalText(60),
  docDate: isoDate.nullable().optional(),
  channel: z.enum(REPORT_CHANNELS),
  needsSupplement: z.boolean().optional(),
  notes: optionalText(4000),
  figures: z.array(figure).max(200).optional(),
};

const reportCreate = z
  .object({ periodId: id, agencyId: id, ...reportFields, attachments: z.array(upload).max(20).optional() })
  .strict();
/** `version`: of the report the form was opened on; a save over a newer one is refused (shared/domain/edit-version.ts). */
const reportUpdate = z
  .object({ reportId: id, version: z.string().max(40).optional(), ...reportFields, addAttachments: z.array(upload).max(20).optional() })
  .strict();

const periodUpdate = z.object({ periodId: id, dueDate: isoDate.optional(), dueInclusive: z.boolean().optional() }).strict();
const adHocCreate = z
  .object({
    planId: id,
    title: text(300),
    requestNumber: optionalText(60),
    requestDate: isoDate.nullable().optional(),
    dueDate: isoDate,
    windowFrom: isoDate.nullable().optional(),
    windowTo: isoDate.nullable().optional(),
    agencyIds: z.array(id).min(1).max(500),
  })
  .strict();
const exemption = z.object({ expectedReportId: id, exempt: z.boolean(), reason: optionalText(1000) }).strict();
const agencyHistory = idsInput('planId', 'agencyId');

const targetUpdate = z.object({ targetId: id, version: z.string().max(40).optional(), ...targetFields }).strict();

const urgingRecord = z
  .object({ periodId: id, agencyIds: z.array(id).min(1).max(500), urgedOn: isoDate, letterNumber: optionalText(60), note: optionalText(1000) })
  .strict();
const urgingLetter = z.object({ periodId: id, agencyIds: z.array(id).min(1).max(500) }).strict();

export const reportingContract = {
  'reporting.periods': method<typeof byPlan, ReportingPeriodRow[]>(byPlan),
  'reporting.updatePeriod': method<typeof periodUpdate, ReportingPeriodRow>(periodUpdate),
  'reporting.createAdHoc': method<typeof adHocCreate, ReportingPeriodRow>(adHocCreate),
  'reporting.register': method<typeof byPeriod, PeriodRegister>(byPeriod),
  'reporting.setExemption': method<typeof exemption, PeriodRegister>(exemption),
  'reporting.agencyHistory': method<typeof agencyHistory, AgencyHistoryRow[]>(agencyHistory),
  'reporting.dashboard': method<typeof byPlan, ReportingDashboard>(byPlan),
  'reporting.figures': method<typeof byPeriod, PeriodFigures>(byPeriod),
  'reports.create': method<typeof reportCreate, ReceivedReportRow>(reportCreate),
  'reports.update': method<typeof reportUpdate, ReceivedReportRow>(reportUpdate),
  'reports.get': method<typeof byReport, ReceivedReportRow>(byReport),
  'reports.delete': method<typeof byReport, { deleted: true }>(byReport),
  'reports.attachment': method<typeof byAttachment, AttachmentContent>(byAttachment),
  'reports.removeAttachment': method<typeof byAttachment, ReceivedReportRow>(byAttachment),
  'statistics.list': method<typeof statisticsOf, StatisticRow[]>(statisticsOf),
  'targets.progress': method<typeof byPlan, TargetProgressRow[]>(byPlan),
  'targets.update': method<typeof targetUpdate, TargetRow>(targetUpdate),
  'urging.record': method<typeof urgingRecord, UrgingRow>(urgingRecord),
  'urging.list': method<typeof byPeriod, UrgingRow[]>(byPeriod),
  'urging.letterData': method<typeof urgingLetter, UrgingLetterData>(urgingLetter),
} as const;
