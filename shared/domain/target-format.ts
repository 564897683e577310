// How a target's value reads in Vietnamese: "100%", "Ít nhất 60%", "50 lượt người".
import type { TargetComparator, TargetKind } from './types';

export interface TargetValueParts {
  kind: TargetKind;
  comparator: TargetComparator | null;
  value: number | null;
  unit: string | null;
}

// One formatter for every number: making one costs far more than formatting with it.
const numberVi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export function formatNumberVi(value: number): string {
  return numberVi.format(value);
}

export function formatTargetValue(t: TargetValueParts): string {
  if (t.kind === 'qualitative' || t.value === null) return 'Định tính';
  const amount = t.kind === 'percent' ? `${formatNumberVi(t.value)}%` : `${formatNumberVi(t.value)}${t.unit ? ` ${t.unit}` : ''}`;
  if (t.comparator === 'at_least') return `Ít nhất ${amount}`;
  if (t.comparator === 'at_most') return `Không quá ${amount}`;
  return amount;
}
