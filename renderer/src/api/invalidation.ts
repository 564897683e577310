// The one place that says which loaded data a write makes out of date. Every method of the contract
// is listed (a new method does not compile until it is): reads change nothing; a write names the
// reads it affects, or 'everything'. Almost every screen's read summarises several tables (the
// overview, the week's agenda, the report register, the plan's checklist), so a write to plan data
// refreshes every loaded read: only the reads on screen are fetched again, the others when next shown.
import type { MethodName } from '../../../shared/api/contract';

export type Affects = 'nothing' | 'everything' | readonly MethodName[];

export const AFFECTS: { readonly [M in MethodName]: Affects } = {
  'app.info': 'nothing',
  'settings.get': 'nothing',
  // The clerk's name and the "due soon" days show on every screen; the current plan chooses them.
  'settings.update': 'everything',
  'plans.list': 'nothing',
  'plans.overview': 'nothing',
  'plans.week': 'nothing',
  'agencies.list': 'nothing',
  'tasks.list': 'nothing',
  'targets.list': 'nothing',
  'reporting.duties': 'nothing',
  'reporting.periods': 'nothing',
  'reporting.updatePeriod': 'everything',
  'reporting.createAdHoc': 'everything',
  'reporting.register': 'nothing',
  'reporting.setExemption': 'everything',
  'reporting.agencyHistory': 'nothing',
  'reporting.dashboard': 'nothing',
  'reporting.figures': 'nothing',
  'reports.create': 'everything',
  'reports.update': 'everything',
  'reports.get': 'nothing',
  'reports.delete': 'everything',
  'reports.attachment': 'nothing',
  'reports.removeAttachment': 'everything',
  'statistics.list': 'nothing',
  'targets.progress': 'nothing',
  'targets.update': 'everything',
  'urging.record': 'everything',
  'urging.list': 'nothing',
  'urging.letterData': 'nothing',
  'backup.list': 'nothing',
  // A new backup file changes only the list of backups.
  'backup.create': ['backup.list'],
  'backup.restore': 'everything',
  // Polled while a restore runs: must not refresh anything.
  'backup.restoreProgress': 'nothing',
  'documents.settings': 'nothing',
  'documents.updateSettings': 'everything',
  'documents.resetSettings': 'everything',
  'documents.texts': 'nothing',
  'documents.saveTexts': 'everything',
  'documents.resetTexts': 'everything',
  'documents.assignmentTable': 'nothing',
  'documents.preview': 'nothing',
  // Builds the file only; keeping it in the log is documents.recordExport.
  'documents.export': 'nothing',
  'documents.recordExport': 'everything',
  'documents.exports': 'nothing',
  'documents.statisticSources': 'nothing',
  'documents.setStatisticSource': 'everything',
  'documents.acceptFigureCheck': 'everything',
  'planText.list': 'nothing',
  'planText.update': 'everything',
  'tasks.get': 'nothing',
  'tasks.create': 'everything',
  'tasks.update': 'everything',
  'tasks.complete': 'everything',
  'tasks.addProgress': 'everything',
  'tasks.history': 'nothing',
  'tasks.bulk': 'everything',
  'tasks.undoBulk': 'everything',
  'taskGroups.list': 'nothing',
  'taskGroups.create': 'everything',
  'agencies.get': 'nothing',
  'agencies.usage': 'nothing',
  'agencies.create': 'everything',
  'agencies.update': 'everything',
  'agencies.setActive': 'everything',
  'agencies.delete': 'everything',
  'agencies.history': 'nothing',
  'agencies.available': 'nothing',
  'agencies.addToPlan': 'everything',
  'plans.copyPreview': 'nothing',
  'plans.copy': 'everything',
  'plans.create': 'everything',
  'plans.get': 'nothing',
  'plans.update': 'everything',
  'plans.issue': 'everything',
  'plans.setup': 'nothing',
  'plans.deleted': 'nothing',
  'localities.list': 'nothing',
  'tasks.delete': 'everything',
  'reporting.deleteAdHoc': 'everything',
  'urging.delete': 'everything',
  'targets.create': 'everything',
  'targets.delete': 'everything',
  'targets.unitCounts': 'nothing',
  'targets.setUnitCount': 'everything',
  'statistics.create': 'everything',
  'statistics.update': 'everything',
  'statistics.requests': 'nothing',
  'statistics.setRequests': 'everything',
  'duties.create': 'everything',
  'duties.update': 'everything',
  'duties.delete': 'everything',
  'tasks.parts': 'nothing',
  'tasks.completePart': 'everything',
  'plans.importPreview': 'nothing',
  'plans.importCreate': 'everything',
  'excel.export': 'nothing',
  'forms.export': 'nothing',
  'forms.preview': 'nothing',
  'forms.import': 'everything',
  'assignments.preview': 'nothing',
  'assignments.import': 'everything',
};

/**
 * The reads a refused write can still make out of date. A restore refused after it kept the current
 * data (the file could not be replaced, the restored data did not open) leaves that "Trước khi khôi
 * phục" backup in the list.
 */
export const AFFECTS_WHEN_REFUSED: { readonly [M in MethodName]?: readonly MethodName[] } = {
  'backup.restore': ['backup.list'],
};

/** Whether a loaded read (by its method) is out of date after `write` succeeded. */
export function makesStale(write: MethodName, read: MethodName): boolean {
  const affects = AFFECTS[write];
  if (affects === 'nothing') return false;
  // What the app is (its version, today's date) does not change with the data.
  if (affects === 'everything') return read !== 'app.info';
  return affects.includes(read);
}
