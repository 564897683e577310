// The plan every screen works on, chosen in the header and remembered in the settings.
import { createContext, useContext } from 'react';
import type { PlanSummary } from '../../../shared/api/models';

export interface PlanContextValue {
  planId: number;
  plan: PlanSummary;
  plans: PlanSummary[];
  choosePlan: (planId: number) => void;
}

export const PlanContext = createContext<PlanContextValue | null>(null);

export function usePlan(): PlanContextValue {
  const value = useContext(PlanContext);
  if (!value) throw new Error('usePlan outside PlanContext');
  return value;
}
