// "Mức phải đạt": the target's value as it reads, and what a percentage is taken over (the plan's
// count of units of a level, or the typed denominator).
import { Text } from '@mantine/core';
import { UNIT_LEVEL_LABELS } from '../../../../shared/domain/labels';
import { formatTargetValue } from '../../../../shared/domain/target-format';
import type { PlanUnitCount, TargetRow } from '../../../../shared/api/models';

export function TargetValueCell({ target: t, unitCounts }: { target: TargetRow; unitCounts: PlanUnitCount[] | undefined }) {
  return (
    <>
      <Text size="sm" fw={600}>
        {formatTargetValue(t)}
      </Text>
      {t.denominatorUnits ? (
        <Text size="xs" c="dimmed">
          trên {t.denominatorText ?? `${unitCounts?.find((c) => c.level === t.denominatorUnits)?.count ?? '?'} ${UNIT_LEVEL_LABELS[t.denominatorUnits]}`}
        </Text>
      ) : (
        (t.denominatorText || t.denominator !== null) && (
          <Text size="xs" c="dimmed">
            trên {t.denominatorText ?? String(t.denominator)}
          </Text>
        )
      )}
    </>
  );
}
