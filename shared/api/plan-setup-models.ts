// Models of plan setup (plan-setup-contract.ts).
import type { SetupItem } from '../domain/plan-setup';

export interface PlanSetupStatus {
  items: SetupItem[];
  /** Every item done. */
  complete: boolean;
}

/** A deleted record as its history keeps it: what it was, who deleted it, when. */
export interface DeletedRecord {
  auditId: number;
  /** 'task' | 'ad_hoc_request' | 'urging' (and others as they become deletable). */
  entity: string;
  entityLabel: string;
  entityId: number;
  at: string;
  actor: string;
  /** One line naming the record: "Nhiệm vụ III.1.a.1: Tổ chức tuyên truyền…". */
  summary: string;
  /** The deleted content, field by field, as the clerk reads it. */
  content: { label: string; value: string }[];
}
