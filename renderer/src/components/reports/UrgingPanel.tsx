// Urging (đôn đốc): choose the agencies still missing, record the date and letter number
// (UrgingRecordCard, which shows what the urging letter will say; the letter itself is made on the
// Văn bản screen), and the urgings of the period so far (UrgingHistory).
import { useEffect, useState } from 'react';
import { Alert, Checkbox, Stack, Table, Text } from '@mantine/core';
import { useApi } from '../../hooks/useApi';
import type { PeriodRegister } from '../../../../shared/api/models';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { ReportStatusBadge } from './ReportStatusBadge';
import { UrgingRecordCard } from './UrgingRecordCard';
import { UrgingHistory } from './UrgingHistory';

/** `preselected`: agencies ticked on opening (the screen was opened to urge them). */
export function UrgingPanel({ register, preselected = [] }: { register: PeriodRegister; preselected?: number[] }) {
  const { period, entries, today } = register;
  const missing = entries.filter((e) => e.status.state === 'missing');
  const [chosen, setChosen] = useState<number[]>(() => preselected.filter((id) => missing.some((e) => e.agency.id === id)));
  const history = useApi('urging.list', { periodId: period.id });

  useEffect(() => {
    setChosen((c) => c.filter((id) => missing.some((e) => e.agency.id === id)));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- prune the choice when the register reloads; missing is derived from it
  }, [register]);

  const toggle = (id: number, on: boolean) => setChosen((l) => (on ? [...l, id] : l.filter((x) => x !== id)));
  const allChosen = missing.length > 0 && chosen.length === missing.length;

  return (
    <Stack>
      <UrgingRecordCard
        period={period}
        today={today}
        chosen={chosen}
        onRecorded={() => setChosen([])}
        nothingMissing={missing.length === 0}
        history={history.data ?? []}
      />

      {missing.length === 0 ? (
        <Alert color="green">Không có đơn vị nào chưa gửi báo cáo đã quá hạn.</Alert>
      ) : (
        <Table withTableBorder verticalSpacing={4} aria-label="Đơn vị chưa gửi báo cáo">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>
                <Checkbox
                  aria-label="Chọn tất cả đơn vị chưa gửi"
                  checked={allChosen}
                  indeterminate={chosen.length > 0 && !allChosen}
                  onChange={(e) => setChosen(e.currentTarget.checked ? missing.map((m) => m.agency.id) : [])}
                />
              </Table.Th>
              <Table.Th>Đơn vị chưa gửi</Table.Th>
              <Table.Th w={160}>Tình trạng</Table.Th>
              <Table.Th w={240}>Đã đôn đốc</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {missing.map((e) => (
              <Table.Tr key={e.expectedReportId}>
                <Table.Td>
                  <Checkbox
                    aria-label={`Chọn ${e.agency.shortName}`}
                    checked={chosen.includes(e.agency.id)}
                    onChange={(ev) => toggle(e.agency.id, ev.currentTarget.checked)}
                  />
                </Table.Td>
                <Table.Td>{e.agency.shortName}</Table.Td>
                <Table.Td>
                  <ReportStatusBadge status={e.status} />
                </Table.Td>
                <Table.Td>
                  {e.urgings.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      Chưa
                    </Text>
                  ) : (
                    <Text size="sm">
                      {e.urgings.length} lần, gần nhất {formatDateVi(e.urgings[0]!.urgedOn)}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <UrgingHistory urgings={history.data} />
    </Stack>
  );
}
