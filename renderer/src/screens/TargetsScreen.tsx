// "Chỉ tiêu": each target with its value, and how far it has come per period from the figures of
// the received reports (computed by shared/domain/statistics.ts), with the contributing reports.
import { Fragment, useState } from 'react';
import { Alert, Badge, Button, Group, Modal, Stack, Table, Tabs, Text } from '@mantine/core';
import { call } from '../api/client';
import { StatisticsPanel } from '../components/targets/StatisticsPanel';
import { UNIT_LEVEL_LABELS } from '../../../shared/domain/labels';
import { usePlan } from '../app/plan-context';
import { useApi } from '../hooks/useApi';
import { ErrorAlert, Loading } from '../components/status';
import { ScreenTitle } from '../components/ScreenTitle';
import { ExcelButton } from '../components/ExcelButton';
import { RowActions } from '../components/RowActions';
import { AgencyList } from '../components/AgencyList';
import { TargetEditModal } from '../components/targets/TargetEditModal';
import { formatNumberVi, formatTargetValue } from '../../../shared/domain/target-format';
import type { TargetPeriodProgress, TargetProgressRow, TargetRow } from '../../../shared/api/models';
import type { TargetProgress } from '../../../shared/domain/statistics';

function ProgressCell({ target, progress }: { target: TargetRow; progress: TargetProgress | undefined }) {
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

/**
 * The figures the count left out (the statistic's source agency reported it too, so only its figure
 * counts): one line per period and statistic, always shown, so that a total smaller than the sum of
 * the reports is explained where it is read.
 */
function LeftOut({ rows }: { rows: TargetPeriodProgress[] }) {
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

function Contributions({ target, rows }: { target: TargetRow; rows: TargetPeriodProgress[] }) {
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

export function TargetsScreen() {
  const { planId } = usePlan();
  const targets = useApi('targets.list', { planId });
  const progress = useApi('targets.progress', { planId });
  const statistics = useApi('statistics.list', { planId });
  const agencies = useApi('agencies.list', { planId });
  const unitCounts = useApi('targets.unitCounts', { planId });
  const [editing, setEditing] = useState<TargetRow | 'new' | null>(null);
  const [deleting, setDeleting] = useState<TargetRow | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [tab, setTab] = useState<string | null>('targets');
  const [expanded, setExpanded] = useState<number | null>(null);
  if (targets.error) return <ErrorAlert message={targets.error} />;
  if (!targets.data) return <Loading />;
  const rows = targets.data;
  const byTarget = new Map<number, TargetProgressRow>((progress.data ?? []).map((p) => [p.targetId, p]));
  // One column per period: the periodic ones, and ad-hoc requests that brought figures for a target.
  const columns: { periodId: number; periodLabel: string }[] = [];
  for (const p of progress.data ?? []) {
    for (const r of p.periods) if (!columns.some((c) => c.periodId === r.periodId)) columns.push(r);
  }
  const colSpan = 5 + columns.length;
  const agencyRefs = (agencies.data ?? []).map((a) => ({ id: a.id, shortName: a.shortName, kind: a.kind }));
  async function confirmDelete() {
    if (!deleting) return;
    try {
      await call('targets.delete', { targetId: deleting.id });
      setDeleting(null);
    } catch (err) {
      setDeleteError(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <Stack>
      <ScreenTitle title="Chỉ tiêu" subtitle={`${rows.length} chỉ tiêu của kế hoạch; kết quả tính từ số liệu trong các báo cáo đã nhận`}>
        <Group className="no-print">
          <ExcelButton request={{ kind: 'targets', planId }} />
          {tab === 'targets' && <Button onClick={() => setEditing('new')}>Thêm chỉ tiêu</Button>}
        </Group>
      </ScreenTitle>
      {progress.error && <ErrorAlert message={progress.error} />}
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab value="targets">Chỉ tiêu</Tabs.Tab>
          <Tabs.Tab value="statistics">Chỉ số và đơn vị báo cáo</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="statistics" pt="sm">
          {tab === 'statistics' && <StatisticsPanel planId={planId} agencies={agencyRefs} />}
        </Tabs.Panel>
        <Tabs.Panel value="targets" pt="sm">
      {rows.length === 0 && (
        <Alert color="blue" mb="sm">
          Kế hoạch chưa có chỉ tiêu nào. Bấm "Thêm chỉ tiêu" để nhập các chỉ tiêu của kế hoạch.
        </Alert>
      )}
      <Table withTableBorder verticalSpacing="xs" aria-label="Danh sách chỉ tiêu">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>Mã</Table.Th>
            <Table.Th>Chỉ tiêu</Table.Th>
            <Table.Th w={150}>Mức phải đạt</Table.Th>
            <Table.Th w={150}>Cơ quan thực hiện</Table.Th>
            {columns.map((c) => (
              <Table.Th w={150} key={c.periodId}>
                Kết quả {c.periodLabel}
              </Table.Th>
            ))}
            <Table.Th w={110} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((t, i) => {
            const p = byTarget.get(t.id);
            const hasContributions = p?.periods.some((r) => r.contributions.length > 0) ?? false;
            return (
              <Fragment key={t.id}>
                {(i === 0 || rows[i - 1]!.group !== t.group) && (
                  <Table.Tr className="group-row">
                    <Table.Td colSpan={colSpan}>{t.group}</Table.Td>
                  </Table.Tr>
                )}
                <Table.Tr>
                  <Table.Td>{t.code}</Table.Td>
                  <Table.Td className="cell-wrap">
                    <Text size="sm">{t.wording}</Text>
                    {p?.numeratorStatistic && (
                      <Text size="xs" c="dimmed">
                        Đo bằng chỉ số {p.numeratorStatistic}
                        {p.denominatorStatistic ? ` / ${p.denominatorStatistic}` : ''}
                      </Text>
                    )}
                    {p && <LeftOut rows={p.periods} />}
                    {hasContributions && (
                      <Button size="compact-xs" variant="subtle" px={0} onClick={() => setExpanded(expanded === t.id ? null : t.id)}>
                        {expanded === t.id ? 'Ẩn báo cáo đóng góp' : 'Xem báo cáo đóng góp'}
                      </Button>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {formatTargetValue(t)}
                    </Text>
                    {t.denominatorUnits ? (
                      <Text size="xs" c="dimmed">
                        trên {t.denominatorText ?? `${unitCounts.data?.find((c) => c.level === t.denominatorUnits)?.count ?? '?'} ${UNIT_LEVEL_LABELS[t.denominatorUnits]}`}
                      </Text>
                    ) : (
                      (t.denominatorText || t.denominator !== null) && (
                        <Text size="xs" c="dimmed">
                          trên {t.denominatorText ?? String(t.denominator)}
                        </Text>
                      )
                    )}
                  </Table.Td>
                  <Table.Td>
                    <AgencyList agencies={t.agencies} />
                  </Table.Td>
                  {columns.map((c) => (
                    <Table.Td key={c.periodId}>
                      <ProgressCell target={t} progress={p?.periods.find((r) => r.periodId === c.periodId)?.progress} />
                    </Table.Td>
                  ))}
                  <Table.Td>
                    <RowActions
                      name={`chỉ tiêu ${t.code}`}
                      onEdit={() => setEditing(t)}
                      onDelete={() => {
                        setDeleteError(null);
                        setDeleting(t);
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
                {expanded === t.id && p && (
                  <Table.Tr>
                    <Table.Td />
                    <Table.Td colSpan={colSpan - 1}>
                      <Contributions target={t} rows={p.periods} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
        </Tabs.Panel>
      </Tabs>
      {editing && statistics.data && (
        <TargetEditModal
          planId={planId}
          target={editing === 'new' ? null : editing}
          statistics={statistics.data}
          agencies={agencyRefs}
          unitCounts={unitCounts.data ?? []}
          groups={[...new Set(rows.map((r) => r.group).filter(Boolean))]}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <Modal opened onClose={() => setDeleting(null)} title={`Xóa chỉ tiêu ${deleting.code}?`} size="lg">
          <Stack gap="sm">
            <Text size="sm">{deleting.wording}</Text>
            <Text size="sm" c="dimmed">
              Nội dung chỉ tiêu được lưu lại trong lịch sử thay đổi. Không xóa được chỉ tiêu đang có số liệu từ báo cáo đã nhận.
            </Text>
            {deleteError && <Alert color="red">{deleteError}</Alert>}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeleting(null)}>
                Không xóa
              </Button>
              <Button color="red" onClick={confirmDelete} disabled={!!deleteError}>
                Xóa chỉ tiêu
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}
