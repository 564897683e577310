// "In (khổ A4 ngang)": the print views of the plan's lists (the assignment table, the tasks and their
// status, who reported in a period), opened to print or to save as PDF.
import { useState } from 'react';
import { Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { printRoute } from '../../print/print-routes';
import type { ReportingPeriodRow } from '../../../../shared/api/models';
import { firstChasedPeriod, periodOptions } from './document-form';

export function PrintCard({ planId, periods }: { planId: number; periods: ReportingPeriodRow[] }) {
  const [periodId, setPeriodId] = useState<string | null>(() => {
    const first = firstChasedPeriod(periods);
    return first ? String(first.id) : null;
  });
  return (
    <Card withBorder component="section" aria-label="In">
      <Title order={4} mb="xs">
        In (khổ A4 ngang)
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Xem bản in rồi chọn “In” hoặc “Lưu PDF”. Dòng tiêu đề cột được in lại ở đầu mỗi trang.
      </Text>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text>Bảng phân công nhiệm vụ (toàn bộ kế hoạch)</Text>
          <Button component="a" href={printRoute('assignment', { 'ke-hoach': planId })} variant="default">
            Xem và in bảng phân công
          </Button>
        </Group>
        <Group justify="space-between">
          <Text>Danh sách nhiệm vụ và tình trạng thực hiện</Text>
          <Button component="a" href={printRoute('tasks', { 'ke-hoach': planId })} variant="default">
            Xem và in danh sách nhiệm vụ
          </Button>
        </Group>
        <Group justify="space-between">
          <Group>
            <Text>Tình hình gửi báo cáo</Text>
            <Select
              aria-label="Kỳ báo cáo cần in"
              w={320}
              allowDeselect={false}
              data={periodOptions(periods)}
              value={periodId}
              onChange={setPeriodId}
            />
          </Group>
          <Button
            component="a"
            href={printRoute('compliance', { 'ke-hoach': planId, ky: periodId })}
            variant="default"
            disabled={!periodId}
          >
            Xem và in tình hình gửi báo cáo
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
