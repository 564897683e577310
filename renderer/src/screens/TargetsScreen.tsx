import { Fragment } from 'react';
import { Stack, Table, Text } from '@mantine/core';
import { usePlan } from '../app/plan-context';
import { useApi } from '../hooks/useApi';
import { ErrorAlert, Loading } from '../components/status';
import { ScreenTitle } from '../components/ScreenTitle';
import { AgencyList } from '../components/AgencyList';
import { formatTargetValue } from '../../../shared/domain/target-format';

export function TargetsScreen() {
  const { planId } = usePlan();
  const targets = useApi('targets.list', { planId });
  if (targets.error) return <ErrorAlert message={targets.error} />;
  if (!targets.data) return <Loading />;
  const rows = targets.data;

  return (
    <Stack>
      <ScreenTitle title="Chỉ tiêu" subtitle={`${rows.length} chỉ tiêu của kế hoạch`} />
      <Table withTableBorder verticalSpacing="xs" aria-label="Danh sách chỉ tiêu">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>Mã</Table.Th>
            <Table.Th>Chỉ tiêu</Table.Th>
            <Table.Th w={150}>Mức phải đạt</Table.Th>
            <Table.Th w={180}>Trên tổng số</Table.Th>
            <Table.Th w={220}>Cơ quan thực hiện</Table.Th>
            <Table.Th w={150}>Kết quả</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((t, i) => (
            <Fragment key={t.id}>
              {(i === 0 || rows[i - 1]!.group !== t.group) && (
                <Table.Tr className="group-row">
                  <Table.Td colSpan={6}>{t.group}</Table.Td>
                </Table.Tr>
              )}
              <Table.Tr>
                <Table.Td>{t.code}</Table.Td>
                <Table.Td className="cell-wrap">
                  <Text size="sm">{t.wording}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {formatTargetValue(t)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t.denominatorText ?? (t.denominator !== null ? String(t.denominator) : '—')}</Text>
                </Table.Td>
                <Table.Td>
                  <AgencyList agencies={t.agencies} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {t.kind === 'qualitative' ? 'Đánh giá trong báo cáo' : 'Chưa có số liệu'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
