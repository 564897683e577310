// The target's form (@mantine/form): the values it opens with, what it says about each field before
// anything is sent, and what it sends (targets.create / targets.update, and the locality's unit count
// when a percentage is measured against it and the clerk typed one).
import type { FormErrors } from '@mantine/form';
import type { MethodInput } from '../../../../shared/api/contract';
import type { PlanUnitCount, TargetRow } from '../../../../shared/api/models';
import type { TargetComparator, TargetKind, UnitLevel } from '../../../../shared/domain/types';
import { UNIT_LEVEL_LABELS } from '../../../../shared/domain/labels';
import { figureProblem } from '../../../../shared/domain/statistics';

export interface TargetFormValues {
  code: string;
  group: string;
  wording: string;
  kind: TargetKind;
  comparator: TargetComparator;
  /** As NumberInput gives it: '' when empty. */
  value: string | number;
  unit: string;
  /** A fixed number, or the count of the locality's units of a level. */
  denominatorMode: 'number' | UnitLevel;
  denominator: string | number;
  /** The locality's count of units, typed to set or change it (shared by the plan's targets). */
  unitCount: string | number;
  denominatorText: string;
  statistic: string | null;
  denominatorStatistic: string | null;
  agencyIds: string[];
  note: string;
}

/** An edited target's values, or a new one's (in the last group used). */
export function initialTargetValues(target: TargetRow | null, groups: readonly string[]): TargetFormValues {
  return {
    code: target?.code ?? '',
    group: target?.group ?? groups.at(-1) ?? '',
    wording: target?.wording ?? '',
    kind: target?.kind ?? 'count',
    comparator: target?.comparator ?? 'exactly',
    value: target?.value ?? '',
    unit: target?.unit ?? '',
    denominatorMode: target?.denominatorUnits ?? 'number',
    denominator: target?.denominator ?? '',
    unitCount: '',
    denominatorText: target?.denominatorText ?? '',
    statistic: target?.statistic ?? null,
    denominatorStatistic: target?.denominatorStatistic ?? null,
    agencyIds: (target?.agencies ?? []).map((a) => String(a.id)),
    note: target?.note ?? '',
  };
}

const num = (v: string | number): number | null => (v === '' ? null : Number(v));

/** The level whose unit count is the denominator: only for a percentage not over a fixed number. */
export function denominatorUnitsOf(v: TargetFormValues): UnitLevel | null {
  return v.kind === 'percent' && v.denominatorMode !== 'number' ? v.denominatorMode : null;
}

/** The unit count already stored for the level the form measures against, or null. */
export function knownUnitCount(v: TargetFormValues, unitCounts: readonly PlanUnitCount[]): number | null {
  return v.denominatorMode === 'number' ? null : unitCounts.find((c) => c.level === v.denominatorMode)?.count ?? null;
}

/**
 * What the form says before saving: a new target needs its code; every target its wording; a count
 * or percentage its level (a number its unit allows); a percentage over the locality's units their
 * count, unless the plan already has it.
 */
export function validateTarget(v: TargetFormValues, isNew: boolean, unitCounts: readonly PlanUnitCount[]): FormErrors {
  const errors: FormErrors = {};
  if (isNew && !v.code.trim()) errors.code = 'Chưa nhập mã chỉ tiêu.';
  if (!v.wording.trim()) errors.wording = 'Chưa nhập nội dung chỉ tiêu.';
  if (v.kind !== 'qualitative') {
    const value = num(v.value);
    if (value === null) errors.value = 'Chưa nhập mức phải đạt.';
    else {
      const problem = figureProblem(value, v.kind === 'percent' ? '%' : '');
      if (problem) errors.value = `Mức phải đạt ${problem}.`;
    }
  }
  const units = denominatorUnitsOf(v);
  if (units && knownUnitCount(v, unitCounts) === null && num(v.unitCount) === null) {
    errors.unitCount = `Chưa nhập số ${UNIT_LEVEL_LABELS[units]} của địa bàn.`;
  }
  return errors;
}

/** The target's fields as targets.create and targets.update take them; what the kind has no use for is sent empty. */
export function targetFields(v: TargetFormValues) {
  const units = denominatorUnitsOf(v);
  const qualitative = v.kind === 'qualitative';
  return {
    group: v.group.trim() || null,
    wording: v.wording.trim(),
    kind: v.kind,
    comparator: qualitative ? null : v.comparator,
    value: qualitative ? null : num(v.value),
    unit: v.unit.trim() || null,
    denominator: v.kind === 'percent' && !units ? num(v.denominator) : null,
    denominatorText: v.denominatorText.trim() || null,
    denominatorUnits: units,
    statistic: qualitative ? null : v.statistic,
    denominatorStatistic: v.kind === 'percent' ? v.denominatorStatistic : null,
    note: v.note.trim() || null,
    agencyIds: v.agencyIds.map(Number),
  } satisfies Omit<MethodInput<'targets.create'>, 'planId' | 'code'>;
}

/** The unit count to store first (targets.setUnitCount), when the clerk typed one for the level measured against. */
export function unitCountToSet(planId: number, v: TargetFormValues): MethodInput<'targets.setUnitCount'> | null {
  const level = denominatorUnitsOf(v);
  const count = num(v.unitCount);
  return level && count !== null ? { planId, level, count } : null;
}
