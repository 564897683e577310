// The forms of the plan's statistics (@mantine/form): a statistic of the plan's own (its values, what
// the form says before sending, statistics.create / statistics.update), and the statistics asked of
// one agency (the ones it opens with, statistics.setRequests).
import type { FormErrors } from '@mantine/form';
import type { MethodInput } from '../../../../shared/api/contract';
import type { StatisticRequestRow, StatisticRow } from '../../../../shared/api/models';
import type { StatisticDef, StatisticKind } from '../../../../shared/domain/statistics';

export const STATISTIC_KIND_LABELS: Record<StatisticKind, string> = {
  flow: 'Cộng dồn trong kỳ',
  stock: 'Tại thời điểm chốt số liệu',
};

/** A statistic's fields as the inputs hold them: the catalogue's own shape. */
export type StatisticFormValues = StatisticDef;

/** An edited statistic's values, or a new one's (in the plan's own group, summed over the period). */
export function initialStatisticValues(statistic: StatisticRow | null): StatisticFormValues {
  return {
    code: statistic?.code ?? '',
    label: statistic?.label ?? '',
    unit: statistic?.unit ?? '',
    kind: statistic?.kind ?? 'flow',
    group: statistic?.group ?? 'Chỉ số riêng của kế hoạch',
    partOf: statistic?.partOf ?? null,
  };
}

/** A statistic needs its code, its name and its unit. */
export function validateStatistic(v: StatisticFormValues): FormErrors {
  const errors: FormErrors = {};
  if (!v.code.trim()) errors.code = 'Chưa nhập mã chỉ số.';
  if (!v.label.trim()) errors.label = 'Chưa nhập tên chỉ số.';
  if (!v.unit.trim()) errors.unit = 'Chưa nhập đơn vị tính.';
  return errors;
}

/** What statistics.create and statistics.update take (the code names the statistic to update). */
export function statisticRequest(planId: number, v: StatisticFormValues): MethodInput<'statistics.create'> {
  return { planId, code: v.code.trim(), label: v.label.trim(), unit: v.unit.trim(), kind: v.kind, group: v.group.trim() || null, partOf: v.partOf };
}

/**
 * The statistics an agency is asked for directly, as the form shows them: a "trong đó" part asked
 * with the statistic it belongs to follows that statistic and is not listed.
 */
export function askedDirectly(requests: readonly StatisticRequestRow[], agencyId: number, statistics: readonly StatisticRow[]): string[] {
  const asked = requests.find((r) => r.agencyId === agencyId)?.codes ?? [];
  const partOf = new Map(statistics.map((s) => [s.code, s.partOf]));
  return asked.filter((code) => {
    const whole = partOf.get(code);
    return !whole || !asked.includes(whole);
  });
}
