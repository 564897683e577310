// Cài đặt › Nguồn số liệu: for each statistic, whose figure counts in the report's totals (issue 12).
// By default cases come from the Công an, prosecutions from the Viện kiểm sát, trials from the Tòa án;
// the clerk may choose another agency of the plan, or add every agency's figures.
import { useState } from 'react';
import { Alert, Card, NativeSelect, ScrollArea, Table, Text, Title } from '@mantine/core';
import { usePlan } from '../../app/plan-context';
import { useApi } from '../../hooks/useApi';
import { call } from '../../api/client';
import { ErrorAlert, Loading } from '../status';
import { notifySuccess } from '../notify';

const ALL = 'all';
const BUILT_IN = 'built-in';

export function StatisticSourcesCard() {
  const { planId } = usePlan();
  const rows = useApi('documents.statisticSources', planId ? { planId } : null);
  const agencies = useApi('agencies.list', planId ? { planId } : null);
  const [failure, setFailure] = useState<string | null>(null);

  if (!planId) return null;
  if (rows.error) return <ErrorAlert message={rows.error} />;
  if (agencies.error) return <ErrorAlert message={agencies.error} />;
  if (!rows.data || !agencies.data) return <Loading />;

  const choose = async (code: string, label: string, value: string) => {
    setFailure(null);
    try {
      await call('documents.setStatisticSource', {
        planId,
        statisticCode: code,
        agencyId: value === ALL || value === BUILT_IN ? null : Number(value),
        ...(value === BUILT_IN ? { builtIn: true } : {}),
      });
      notifySuccess(`Đã lưu nguồn số liệu của chỉ số “${label}”.`);
    } catch (err) {
      setFailure((err as Error).message);
    }
  };

  const options = [
    { value: ALL, label: 'Cộng số liệu của các cơ quan, đơn vị' },
    ...agencies.data.filter((a) => a.active).map((a) => ({ value: String(a.id), label: a.shortName })),
  ];

  return (
    <Card withBorder component="section" aria-label="Nguồn số liệu">
      <Title order={4}>Nguồn số liệu của báo cáo</Title>
      <Text size="sm" c="dimmed" mb="sm">
        Khi cơ quan được chọn đã báo cáo một chỉ số, chỉ lấy số liệu của cơ quan đó (không cộng trùng, ví dụ số vụ truy tố
        lấy theo Viện Kiểm sát); khi cơ quan đó chưa báo cáo, cộng số liệu của các cơ quan, đơn vị khác.
      </Text>
      <ScrollArea h={360}>
        <Table striped stickyHeader aria-label="Nguồn số liệu theo chỉ số">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Chỉ số</Table.Th>
              <Table.Th w={320}>Lấy số liệu của</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.data.map((r) => (
              <Table.Tr key={r.code}>
                <Table.Td>
                  <Text size="sm">{r.label}</Text>
                  <Text size="xs" c="dimmed">
                    {r.code} · {r.unit}
                    {r.builtIn ? ' · mặc định' : ' · đã chọn'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={`Nguồn số liệu: ${r.label}`}
                    value={r.agency ? String(r.agency.id) : ALL}
                    data={[...options, ...(r.builtIn ? [] : [{ value: BUILT_IN, label: 'Trở về mặc định' }])]}
                    onChange={(e) => void choose(r.code, r.label, e.currentTarget.value)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {failure && (
        <Alert mt="sm" color="red" role="alert">
          {failure}
        </Alert>
      )}
    </Card>
  );
}
