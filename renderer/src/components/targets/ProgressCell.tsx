// One cell of "Kết quả <kỳ>" in the Chỉ tiêu table: how far a target has come in a period, as
// shared/domain/statistics.ts computed it from the received reports' figures.
import { Badge, Group, Stack, Text } from '@mantine/core';
import { formatNumberVi } from '../../../../shared/domain/target-format';
import type { TargetRow } from '../../../../shared/api/models';
import type { TargetProgress } from '../../../../shared/domain/statistics';

export function ProgressCell({ target, progress }: { target: TargetRow; progress: TargetProgress | undefined }) {
  if (!progress) return <Text size="sm" c="dimmed">—</Text>;
  switch (progress.state) {
    case 'qualitative':
      return <Text size="sm" c="dimmed">Đánh giá trong báo cáo</Text>;
    case 'no_statistic':
      return <Text size="sm" c="dimmed">Chưa gắn chỉ số đo</Text>;
    case 'no_figures':
      return <Text size="sm" c="dimmed">Chưa có số liệu</Text>;
    case 'no_denominator':
      return (
        <Text size="sm">
          {formatNumberVi(progress.numerator!)} <Text span c="dimmed" size="xs">(chưa có mẫu số)</Text>
        </Text>
      );
    case 'measured': {
      const main =
        target.kind === 'percent'
          ? `${formatNumberVi(progress.achieved!)}% (${formatNumberVi(progress.numerator!)}/${formatNumberVi(progress.denominator!)})`
          : `${formatNumberVi(progress.achieved!)}${target.unit ? ` ${target.unit}` : ''}`;
      return (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {main}
          </Text>
          <Group gap={6} wrap="nowrap">
            <Badge size="sm" variant="light" color={progress.met ? 'green' : 'orange'} style={{ textTransform: 'none', flexShrink: 0 }}>
              {progress.met ? 'Đạt' : 'Chưa đạt'}
            </Badge>
            {progress.percentOfTarget !== null && (
              <Text size="xs" c="dimmed">
                {formatNumberVi(progress.percentOfTarget)}% chỉ tiêu
              </Text>
            )}
          </Group>
        </Stack>
      );
    }
  }
}
