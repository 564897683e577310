// "Xem báo cáo đóng góp": per period, each agency's figure that went into a target's result.
import { Stack, Text } from '@mantine/core';
import { formatNumberVi } from '../../../../shared/domain/target-format';
import type { TargetPeriodProgress, TargetRow } from '../../../../shared/api/models';

export function Contributions({ target, rows }: { target: TargetRow; rows: TargetPeriodProgress[] }) {
  return (
    <Stack gap={4}>
      {rows
        .filter((r) => r.contributions.length > 0)
        .map((r) => (
          <Text size="sm" key={r.periodId}>
            <b>{r.periodLabel}:</b>{' '}
            {r.contributions
              .map((c) => {
                const parts = [c.numerator !== null ? formatNumberVi(c.numerator) : null];
                if (target.kind === 'percent' && c.denominator !== null) parts.push(`/${formatNumberVi(c.denominator)}`);
                return `${c.agency.shortName} ${parts.filter(Boolean).join('')}`;
              })
              .join('; ')}
          </Text>
        ))}
    </Stack>
  );
}
