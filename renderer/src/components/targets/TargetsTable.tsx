// "Danh sách chỉ tiêu": the plan's targets by group, each with its value, the agencies responsible,
// one result column per period (the periodic ones, and ad-hoc requests that brought figures for a
// target), and on request the reports that contributed.
import { Fragment, useState } from 'react';
import { Button, Table, Text } from '@mantine/core';
import { AgencyList } from '../AgencyList';
import { RowActions } from '../RowActions';
import { Contributions } from './Contributions';
import { LeftOutFigures } from './LeftOutFigures';
import { ProgressCell } from './ProgressCell';
import { TargetValueCell } from './TargetValueCell';
import type { PlanUnitCount, TargetProgressRow, TargetRow } from '../../../../shared/api/models';

interface Props {
  rows: TargetRow[];
  progress: TargetProgressRow[] | undefined;
  unitCounts: PlanUnitCount[] | undefined;
  onEdit: (target: TargetRow) => void;
  onDelete: (target: TargetRow) => void;
}

export function TargetsTable({ rows, progress, unitCounts, onEdit, onDelete }: Props) {
  const [expanded, setExpanded] = useState<number | null>(null);
  const byTarget = new Map<number, TargetProgressRow>((progress ?? []).map((p) => [p.targetId, p]));
  const columns: { periodId: number; periodLabel: string }[] = [];
  for (const p of progress ?? []) {
    for (const r of p.periods) if (!columns.some((c) => c.periodId === r.periodId)) columns.push(r);
  }
  const colSpan = 5 + columns.length;
  return (
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
                  {p && <LeftOutFigures rows={p.periods} />}
                  {hasContributions && (
                    <Button size="compact-xs" variant="subtle" px={0} onClick={() => setExpanded(expanded === t.id ? null : t.id)}>
                      {expanded === t.id ? 'Ẩn báo cáo đóng góp' : 'Xem báo cáo đóng góp'}
                    </Button>
                  )}
                </Table.Td>
                <Table.Td>
                  <TargetValueCell target={t} unitCounts={unitCounts} />
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
                  <RowActions name={`chỉ tiêu ${t.code}`} onEdit={() => onEdit(t)} onDelete={() => onDelete(t)} />
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
  );
}
