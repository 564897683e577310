// Tổng quan: the secretariat's own reports upward (to UBND tỉnh, the Ministry, the national
// committee), each with its next due date.
import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import type { ReportingDutyRow } from '../../../../shared/api/models';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { hashOf } from '../../app/routes';

export function StandingReportCard({ duties }: { duties: ReportingDutyRow[] }) {
  const upward = duties.filter((d) => d.upward);
  return (
    <Card withBorder aria-label="Báo cáo của cơ quan thường trực">
      <Title order={4} mb="xs">
        Báo cáo của cơ quan thường trực
      </Title>
      {upward.length === 0 ? (
        <Text size="sm" c="dimmed">
          Chưa khai báo báo cáo gửi cấp trên.{' '}
          <Anchor href={hashOf('reports')} size="sm">
            Thêm ở màn hình Báo cáo
          </Anchor>
        </Text>
      ) : (
        <Stack gap={6}>
          {upward.map((d) => (
            <Text size="sm" key={d.id}>
              <b>{d.title}</b> ({d.dueText}) gửi {d.recipientText}
              {d.periodType === 'ad_hoc' ? (
                // No period and no date in the plan (the 2022 plan's VI.2: "định kỳ … theo quy định").
                '.'
              ) : d.nextDue ? (
                <>
                  : hạn tiếp theo <b>{formatDateVi(d.nextDue.dueDate)}</b> (kỳ {d.nextDue.label})
                </>
              ) : (
                ': không còn kỳ nào trong năm của kế hoạch'
              )}
            </Text>
          ))}
        </Stack>
      )}
    </Card>
  );
}
