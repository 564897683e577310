// The figures of a received report: one line per statistic (chosen from the plan's, those asked of
// the agency offered first) with its value in the statistic's unit.
import { useMemo } from 'react';
import { ActionIcon, Button, Group, Select, Table, Text, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { StatisticRow } from '../../../../shared/api/models';
import { viOptionsFilter } from '../vi-filter';
import { figureLine, type ReportFormValues } from './report-form';

interface Props {
  form: UseFormReturnType<ReportFormValues>;
  statistics: StatisticRow[];
  byCode: ReadonlyMap<string, StatisticRow>;
  /** The statistics the plan asks of this agency, offered first. */
  agencyStatistics: string[];
}

export function ReportFigures({ form, statistics, byCode, agencyStatistics }: Props) {
  const options = useMemo(() => {
    const groups = new Map<string, { value: string; label: string }[]>();
    const first = statistics.filter((s) => agencyStatistics.includes(s.code));
    if (first.length) groups.set('Chỉ số đơn vị phải báo cáo', first.map((s) => ({ value: s.code, label: `${s.code}. ${s.label}` })));
    for (const s of statistics) {
      if (agencyStatistics.includes(s.code)) continue;
      const list = groups.get(s.group) ?? [];
      list.push({ value: s.code, label: `${s.code}. ${s.label}` });
      groups.set(s.group, list);
    }
    return [...groups.entries()].map(([group, items]) => ({ group, items }));
  }, [statistics, agencyStatistics]);

  const lines = form.values.figures;
  /** A line the clerk changes loses its old messages, about the statistic and about the value. */
  const change = (i: number, field: 'statisticCode' | 'value', value: string | null) => {
    form.clearFieldError(`figures.${i}.statisticCode`);
    form.clearFieldError(`figures.${i}.value`);
    form.setFieldValue(`figures.${i}.${field}`, value);
  };
  const addAgencyStatistics = () =>
    form.setFieldValue('figures', [
      ...lines,
      ...agencyStatistics.filter((c) => !lines.some((f) => f.statisticCode === c)).map((code) => figureLine(code)),
    ]);

  return (
    <>
      <Group justify="space-between" mt="xs">
        <Title order={5}>Số liệu báo cáo</Title>
        <Group gap="xs">
          {agencyStatistics.length > 0 && (
            <Button size="compact-sm" variant="light" onClick={addAgencyStatistics}>
              Thêm các chỉ số đơn vị phải báo cáo
            </Button>
          )}
          <Button size="compact-sm" variant="light" onClick={() => form.insertListItem('figures', figureLine())}>
            Thêm số liệu
          </Button>
        </Group>
      </Group>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          Báo cáo chưa có số liệu nào được nhập.
        </Text>
      ) : (
        <Table aria-label="Số liệu báo cáo" verticalSpacing={4}>
          <Table.Tbody>
            {lines.map((f, i) => {
              const stat = f.statisticCode ? byCode.get(f.statisticCode) : undefined;
              return (
                <Table.Tr key={f.key}>
                  <Table.Td>
                    <Select
                      aria-label={`Chỉ số dòng ${i + 1}`}
                      placeholder="Chọn chỉ số"
                      searchable
                      filter={viOptionsFilter}
                      data={options}
                      value={f.statisticCode}
                      onChange={(v) => change(i, 'statisticCode', v)}
                      error={form.errors[`figures.${i}.statisticCode`]}
                      maxDropdownHeight={260}
                    />
                    {stat && (
                      <Text size="xs" c="dimmed" mt={2}>
                        {stat.kind === 'flow' ? 'Số phát sinh trong kỳ' : 'Số có tại ngày chốt số liệu'}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td w={200}>
                    <TextInput
                      aria-label={stat ? `Giá trị ${stat.code}` : `Giá trị dòng ${i + 1}`}
                      value={f.value}
                      onChange={(e) => change(i, 'value', e.currentTarget.value)}
                      rightSection={stat ? <Text size="xs" c="dimmed">{stat.unit}</Text> : null}
                      rightSectionWidth={stat ? Math.max(40, stat.unit.length * 8) : undefined}
                      error={form.errors[`figures.${i}.value`]}
                    />
                  </Table.Td>
                  <Table.Td w={40}>
                    <ActionIcon variant="subtle" color="red" aria-label={`Bỏ dòng ${i + 1}`} onClick={() => form.removeListItem('figures', i)}>
                      ✕
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
