// The charts of Tổng quan and Báo cáo (@mantine/charts over recharts). This module and the chart
// library load only when a chart is first shown (LazyCharts.tsx), so the first screen stays small.
// The figures come from shared/domain/chart-series.ts; each chart writes its values on its bars
// (read in print, where there is no tooltip) and draws without animation, so that a printed page
// shows the final bars.
import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { Card, Stack, Text, Title } from '@mantine/core';
import { useApi } from '../../hooks/useApi';
import { useToday } from '../../hooks/useToday';
import type { TaskStatus } from '../../../../shared/domain/task-status';
import {
  formatPercentVi,
  reportingRateSeries,
  targetProgressSeries,
  taskBucketSeries,
} from '../../../../shared/domain/chart-series';
import { formatNumberVi } from '../../../../shared/domain/target-format';
import { TASK_STATUS_COLORS } from '../TaskStatusBadge';

const percent = (v: number) => formatPercentVi(v);
const still = { isAnimationActive: false } as const;
/** Height of a horizontal bar chart: room for each category's label and its bars. */
const heightFor = (rows: number, barsPerRow: number) => 60 + rows * (18 + 16 * barsPerRow);

function ChartCard({ title, note, children, label }: { title: string; note?: string; label: string; children: React.ReactNode }) {
  return (
    <Card withBorder className="chart-card" role="figure" aria-label={label}>
      <Title order={4} mb={4}>
        {title}
      </Title>
      {note && (
        <Text size="sm" c="dimmed" mb="xs">
          {note}
        </Text>
      )}
      {children}
    </Card>
  );
}

export function ReportingRatesChart({ planId }: { planId: number }) {
  const periods = useApi('reporting.periods', { planId });
  const today = useToday();
  if (!periods.data || !today) return null;
  const data = reportingRateSeries(periods.data, today);
  return (
    <ChartCard
      title="Tỷ lệ gửi báo cáo theo kỳ"
      label="Biểu đồ tỷ lệ gửi báo cáo và tỷ lệ đúng hạn theo kỳ"
      note="Các kỳ đã đến hạn hoặc đã có báo cáo gửi về; tỷ lệ trên số đơn vị phải gửi (không kể đơn vị được miễn)."
    >
      {data.length === 0 ? (
        <Text size="sm" c="dimmed">
          Chưa có kỳ báo cáo nào đến hạn.
        </Text>
      ) : (
        <BarChart
          h={heightFor(data.length, 2)}
          data={data}
          dataKey="label"
          orientation="vertical"
          yAxisProps={{ width: 230 }}
          xAxisProps={{ domain: [0, 100] }}
          series={[
            { name: 'reportingRate', label: 'Tỷ lệ đã gửi', color: 'indigo.7' },
            { name: 'onTimeRate', label: 'Tỷ lệ đúng hạn', color: 'teal.7' },
          ]}
          valueFormatter={percent}
          withBarValueLabel
          withLegend
          legendProps={{ verticalAlign: 'top' }}
          withTooltip={false}
          barProps={still}
          gridAxis="x"
        />
      )}
    </ChartCard>
  );
}

export function TargetProgressChart({ planId }: { planId: number }) {
  const targets = useApi('targets.list', { planId });
  const progress = useApi('targets.progress', { planId });
  if (!targets.data || !progress.data) return null;
  const data = targetProgressSeries(targets.data, progress.data).map((p) => ({ ...p, label: p.code }));
  const measured = data.length;
  const notYet = targets.data.filter((t) => t.kind !== 'qualitative').length - measured;
  return (
    <ChartCard
      title="Mức đạt chỉ tiêu"
      label="Biểu đồ mức đạt của các chỉ tiêu so với chỉ tiêu đề ra"
      note={`Kết quả đến nay so với chỉ tiêu (100% là đạt chỉ tiêu).${notYet > 0 ? ` ${notYet} chỉ tiêu định lượng chưa có số liệu.` : ''}`}
    >
      {measured === 0 ? (
        <Text size="sm" c="dimmed">
          Chưa có chỉ tiêu nào có số liệu báo cáo.
        </Text>
      ) : (
        <Stack gap={4}>
          <BarChart
            h={heightFor(measured, 1)}
            data={data}
            dataKey="label"
            orientation="vertical"
            yAxisProps={{ width: 70 }}
            xAxisProps={{ domain: [0, (max: number) => Math.max(100, Math.ceil(max / 10) * 10)] }}
            series={[{ name: 'percentOfTarget', label: 'Mức đạt so với chỉ tiêu', color: 'indigo.7' }]}
            valueFormatter={percent}
            withBarValueLabel
            withTooltip={false}
            referenceLines={[{ x: 100, label: 'Chỉ tiêu', color: 'red.8' }]}
            // Room right of the 100% line for its label.
            barChartProps={{ margin: { right: 56 } }}
            barProps={still}
            gridAxis="x"
          />
          {data.map((p) => (
            <Text key={p.targetId} size="xs">
              <b>{p.code}</b>: {p.wording} — đạt {formatPercentVi(p.percentOfTarget)} chỉ tiêu
            </Text>
          ))}
        </Stack>
      )}
    </ChartCard>
  );
}

export function TaskBucketsChart({ byStatus }: { byStatus: Record<TaskStatus, number> }) {
  const data = taskBucketSeries(byStatus).map((b) => ({ ...b, color: `${TASK_STATUS_COLORS[b.status]}.7` }));
  return (
    <ChartCard
      title="Nhiệm vụ theo tình trạng"
      label="Biểu đồ số nhiệm vụ theo bốn tình trạng"
      note={`Nhiệm vụ định kỳ tính mỗi kỳ một lần. Ngoài ra có ${formatNumberVi(byStatus.ongoing)} nhiệm vụ thường xuyên (không có hạn cụ thể).`}
    >
      <BarChart
        h={heightFor(data.length, 1)}
        data={data}
        dataKey="label"
        orientation="vertical"
        yAxisProps={{ width: 230 }}
        xAxisProps={{ allowDecimals: false }}
        series={[{ name: 'count', label: 'Số nhiệm vụ', color: 'indigo.7' }]}
        valueFormatter={(v: number) => formatNumberVi(v)}
        withBarValueLabel
        withTooltip={false}
        barProps={still}
        gridAxis="x"
      />
    </ChartCard>
  );
}
