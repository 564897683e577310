// The register of one period: each agency that owes the report, what came in when, in what form,
// with the buttons to record or open its report and to exempt it; filtered by state.
import { useMemo } from 'react';
import { Badge, Button, Group, Menu, SegmentedControl, Table, Text } from '@mantine/core';
import type { RegisterEntry } from '../../../../shared/api/models';
import type { ReportState } from '../../../../shared/domain/report-status';
import { REPORT_CHANNEL_LABELS } from '../../../../shared/domain/labels';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { call } from '../../api/client';
import { ReportStatusBadge } from './ReportStatusBadge';
import { PageControls, usePaged } from '../Paged';

/** Agencies per page of the register: a province's forty-odd reporting agencies take two pages. */
export const REGISTER_PAGE_SIZE = 30;

export type Filter = 'all' | 'missing' | 'late' | 'on_time' | 'exempt' | 'pending';

export const FILTERS: { value: Filter; label: string; states: ReportState[] }[] = [
  { value: 'all', label: 'Tất cả', states: ['on_time', 'late', 'missing', 'pending', 'exempt', 'unreadable'] },
  { value: 'missing', label: 'Chưa gửi', states: ['missing', 'pending'] },
  { value: 'late', label: 'Gửi chậm', states: ['late'] },
  { value: 'on_time', label: 'Đúng hạn', states: ['on_time'] },
  { value: 'exempt', label: 'Được miễn', states: ['exempt'] },
];

interface Props {
  entries: RegisterEntry[];
  /** Kept by the screen, so it stays while another tab is shown. */
  filter: Filter;
  onFilter: (filter: Filter) => void;
  onOpen: (entry: RegisterEntry) => void;
  onExempt: (entry: RegisterEntry) => void;
}

export function RegisterTable({ entries, filter, onFilter, onOpen, onExempt }: Props) {
  const matching = useMemo(() => {
    const states = FILTERS.find((f) => f.value === filter)!.states;
    return entries.filter((e) => states.includes(e.status.state));
  }, [entries, filter]);
  const { page, pages, setPage, shown } = usePaged(matching, REGISTER_PAGE_SIZE);
  return (
    <>
      <SegmentedControl
        mb="sm"
        aria-label="Lọc sổ theo dõi"
        value={filter}
        onChange={(v) => onFilter(v as Filter)}
        data={FILTERS.map((f) => ({ value: f.value, label: f.label }))}
      />
      <Table withTableBorder verticalSpacing="xs" aria-label="Sổ theo dõi báo cáo">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Đơn vị</Table.Th>
            <Table.Th w={170}>Tình trạng</Table.Th>
            <Table.Th w={110}>Ngày đến</Table.Th>
            <Table.Th w={190}>Số, ngày văn bản</Table.Th>
            <Table.Th w={150}>Hình thức</Table.Th>
            <Table.Th w={150}>Tệp, số liệu</Table.Th>
            <Table.Th w={130} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((e) => (
            <Table.Tr key={e.expectedReportId}>
              <Table.Td className="cell-wrap">
                <Text size="sm">{e.agency.shortName}</Text>
                {e.exempt && e.exemptReason && (
                  <Text size="xs" c="dimmed">
                    Miễn: {e.exemptReason}
                  </Text>
                )}
                {e.report?.needsSupplement && (
                  <Badge size="sm" color="orange" variant="light" style={{ textTransform: 'none' }}>
                    Cần bổ sung
                  </Badge>
                )}
                {!e.report && e.urgings.length > 0 && (
                  <Text size="xs" c="dimmed">
                    Đã đôn đốc {formatDateVi(e.urgings[0]!.urgedOn)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <ReportStatusBadge status={e.status} />
              </Table.Td>
              <Table.Td>{e.report ? formatDateVi(e.report.arrivalDate) || '(ngày không đọc được)' : '—'}</Table.Td>
              <Table.Td className="cell-wrap">
                {e.report
                  ? [e.report.docNumber, e.report.docDate ? `ngày ${formatDateVi(e.report.docDate)}` : null].filter(Boolean).join(', ') || '—'
                  : '—'}
              </Table.Td>
              <Table.Td className="cell-wrap">{e.report ? REPORT_CHANNEL_LABELS[e.report.channel] : '—'}</Table.Td>
              <Table.Td>
                {e.report ? (
                  <Text size="sm">
                    {e.report.attachments.length} tệp, {e.report.figureCount} số liệu
                  </Text>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-sm" w={84} variant={e.report ? 'default' : 'filled'} onClick={() => onOpen(e)} aria-label={`${e.report ? 'Mở' : 'Ghi nhận'} báo cáo của ${e.agency.shortName}`}>
                    {e.report ? 'Mở' : 'Ghi nhận'}
                  </Button>
                  <Menu position="bottom-end">
                    <Menu.Target>
                      <Button size="compact-sm" variant="subtle" aria-label={`Thêm thao tác cho ${e.agency.shortName}`}>
                        …
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      {e.exempt ? (
                        <Menu.Item
                          onClick={() =>
                            call('reporting.setExemption', { expectedReportId: e.expectedReportId, exempt: false })
                          }
                        >
                          Bỏ miễn báo cáo
                        </Menu.Item>
                      ) : (
                        <Menu.Item onClick={() => onExempt(e)}>Miễn báo cáo kỳ này…</Menu.Item>
                      )}
                    </Menu.Dropdown>
                  </Menu>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
          {shown.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={7}>
                <Text size="sm" c="dimmed">
                  Không có đơn vị nào ở mục này.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      <PageControls page={page} pages={pages} onChange={setPage} perPage={`${REGISTER_PAGE_SIZE} đơn vị`} />
    </>
  );
}
