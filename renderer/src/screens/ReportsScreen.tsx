import { Alert, Stack, Table } from '@mantine/core';
import { usePlan } from '../app/plan-context';
import { useApi } from '../hooks/useApi';
import { ErrorAlert, Loading } from '../components/status';
import { ScreenTitle } from '../components/ScreenTitle';
import { agencyNames } from '../components/AgencyList';

export function ReportsScreen() {
  const { planId } = usePlan();
  const duties = useApi('reporting.duties', { planId });
  if (duties.error) return <ErrorAlert message={duties.error} />;
  if (!duties.data) return <Loading />;
  return (
    <Stack>
      <ScreenTitle title="Báo cáo" subtitle="Chế độ báo cáo của kế hoạch" />
      <Alert color="blue" title="Sổ theo dõi báo cáo">
        Nơi đây sẽ ghi nhận báo cáo các đơn vị gửi đến theo từng kỳ: ngày đến, số và ngày văn bản, đúng hạn hay
        chậm, và đơn vị nào còn thiếu.
      </Alert>
      <Table withTableBorder verticalSpacing="xs" aria-label="Chế độ báo cáo">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={180}>Loại báo cáo</Table.Th>
            <Table.Th w={160}>Thời hạn</Table.Th>
            <Table.Th w={220}>Gửi về</Table.Th>
            <Table.Th>Đơn vị phải gửi</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {duties.data.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>{d.title}</Table.Td>
              <Table.Td>{d.dueText}</Table.Td>
              <Table.Td>{d.recipient?.shortName ?? '—'}</Table.Td>
              <Table.Td className="cell-wrap">
                {d.obliged.length} đơn vị: {agencyNames(d.obliged)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
