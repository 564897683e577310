// Under a target's wording: the figures the count left out (the statistic's source agency reported it
// too, so only its figure counts), one line per period and statistic, always shown, so that a total
// smaller than the sum of the reports is explained where it is read.
import { Stack, Text } from '@mantine/core';
import { formatNumberVi } from '../../../../shared/domain/target-format';
import type { TargetPeriodProgress } from '../../../../shared/api/models';

export function LeftOutFigures({ rows }: { rows: TargetPeriodProgress[] }) {
  const lines: { key: string; text: string }[] = [];
  for (const r of rows) {
    const byCode = new Map<string, TargetPeriodProgress['leftOut']>();
    for (const f of r.leftOut) byCode.set(f.statisticCode, [...(byCode.get(f.statisticCode) ?? []), f]);
    for (const [code, figures] of byCode) {
      const who = figures.map((f) => `${f.agency.shortName} (${formatNumberVi(f.value)})`).join(', ');
      lines.push({
        key: `${r.periodId}-${code}`,
        text: `${r.periodLabel}: không cộng số liệu của ${who}; chỉ số ${code} chỉ tính số liệu của ${figures[0]!.source.shortName} (Cài đặt › Nguồn số liệu của báo cáo).`,
      });
    }
  }
  if (lines.length === 0) return null;
  return (
    <Stack gap={0} aria-label="Số liệu không được cộng">
      {lines.map((l) => (
        <Text size="xs" c="orange.9" key={l.key}>
          {l.text}
        </Text>
      ))}
    </Stack>
  );
}
