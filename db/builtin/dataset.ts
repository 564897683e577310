// The shape of a plan's dataset lives in shared/domain/plan-dataset.ts, so that the import of a plan
// from its Word file (shared/plan-import) and the review screen use the same types.
export type {
  DatasetAgency,
  DatasetPlan,
  DatasetReportingDuty,
  DatasetTarget,
  DatasetTask,
  DatasetTaskGroup,
  DatasetTaskLink,
  DatasetTextBlock,
  PlanDataset,
} from '../../shared/domain/plan-dataset';
