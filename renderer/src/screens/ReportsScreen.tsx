// "Báo cáo": the register of received reports, period by period. Who owes the report, what came
// in when (on time or late), who is missing and for how long, who is exempt; the period's figures;
// urging the missing agencies; and each agency's record across periods.
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Menu,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
} from '@mantine/core';
import { usePlan } from '../app/plan-context';
import { useApi } from '../hooks/useApi';
import { call } from '../api/client';
import { ErrorAlert, Loading } from '../components/status';
import { ScreenTitle } from '../components/ScreenTitle';
import { RowActions } from '../components/RowActions';
import { printRoute } from '../print/print-routes';
import { agencyNames } from '../components/AgencyList';
import type { RegisterEntry, ReportingDutyRow, ReportingPeriodRow } from '../../../shared/api/models';
import type { ReportState } from '../../../shared/domain/report-status';
import { lastDayText } from '../../../shared/domain/report-status';
import { REPORT_CHANNEL_LABELS } from '../../../shared/domain/labels';
import { formatDateVi } from '../../../shared/dates/vietnamese-dates';
import { formatNumberVi } from '../../../shared/domain/target-format';
import { ReportStatusBadge } from '../components/reports/ReportStatusBadge';
import { ReportFormModal } from '../components/reports/ReportFormModal';
import { AdHocModal, DueDateModal } from '../components/reports/PeriodModals';
import { UrgingPanel } from '../components/reports/UrgingPanel';
import { DeleteAdHocButton } from '../components/reports/DeleteAdHocButton';
import { FiguresPanel } from '../components/reports/FiguresPanel';
import { ExcelButton } from '../components/ExcelButton';
import { AgencyHistoryPanel } from '../components/reports/AgencyHistoryPanel';
import { DutyModal } from '../components/reports/DutyModal';
import { useHashParams } from '../hooks/useHashParams';
import { useRemembered } from '../hooks/useRemembered';
import { ReportingRatesChart, TargetProgressChart } from '../components/charts/LazyCharts';

type Filter = 'all' | 'missing' | 'late' | 'on_time' | 'exempt' | 'pending';
const isFilter = (v: unknown): v is Filter => FILTERS.some((f) => f.value === v);
const REPORT_TABS = ['register', 'urging', 'figures', 'history'];
const isTab = (v: unknown): v is string => typeof v === 'string' && REPORT_TABS.includes(v);

const FILTERS: { value: Filter; label: string; states: ReportState[] }[] = [
  { value: 'all', label: 'Tất cả', states: ['on_time', 'late', 'missing', 'pending', 'exempt', 'unreadable'] },
  { value: 'missing', label: 'Chưa gửi', states: ['missing', 'pending'] },
  { value: 'late', label: 'Gửi chậm', states: ['late'] },
  { value: 'on_time', label: 'Đúng hạn', states: ['on_time'] },
  { value: 'exempt', label: 'Được miễn', states: ['exempt'] },
];

function rate(value: number | null): string {
  return value === null ? '—' : `${formatNumberVi(value)}%`;
}

/** Opened from elsewhere ("Việc tuần này"): "#/bao-cao?ky=12&the=don-doc&don-vi=3,4" opens period 12's Đôn đốc tab, agencies 3 and 4 ticked. */
function openingFromParams(params: URLSearchParams) {
  const periodId = Number(params.get('ky'));
  const urge = params.get('the') === 'don-doc';
  const agencyIds = (params.get('don-vi') ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  return { periodId: Number.isInteger(periodId) && periodId > 0 ? periodId : null, tab: urge ? 'urging' : 'register', agencyIds: urge ? agencyIds : [] };
}

function Stat({ label, value, color }: { label: string; value: string | number; color?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={22} fw={700} c={color ?? 'indigo.8'}>
        {value}
      </Text>
    </Card>
  );
}

function periodOption(p: ReportingPeriodRow) {
  return { value: String(p.id), label: `${p.adHoc ? 'Đột xuất: ' : 'Báo cáo '}${p.label} (hạn ${formatDateVi(p.dueDate)})` };
}

export function ReportsScreen() {
  const { planId } = usePlan();
  const periods = useApi('reporting.periods', { planId });
  const duties = useApi('reporting.duties', { planId });
  const statistics = useApi('statistics.list', { planId });
  const requests = useApi('statistics.requests', { planId });
  const planAgencyRows = useApi('agencies.list', { planId });
  const { plan } = usePlan();
  const [editDuty, setEditDuty] = useState<ReportingDutyRow | 'new' | 'upward' | null>(null);
  const [deletingDuty, setDeletingDuty] = useState<ReportingDutyRow | null>(null);
  const [dutyError, setDutyError] = useState<string | null>(null);
  const [params] = useHashParams();
  const [opening] = useState(() => openingFromParams(params));
  const [periodId, setPeriodId] = useState<number | null>(opening.periodId);
  const [version, setVersion] = useState(0);
  // The chosen tab and the register's filter stay as the clerk left them in this plan when she comes
  // back; a link that names the tab ("Đôn đốc" from Việc tuần này) opens on it.
  const [tab, setTab] = useRemembered<string | null>(`bao-cao:${planId}:the`, opening.tab, (v): v is string => !params.has('the') && isTab(v));
  const [filter, setFilter] = useRemembered<Filter>(`bao-cao:${planId}:loc`, 'all', isFilter);
  const [open, setOpen] = useState<RegisterEntry | null>(null);
  const [editDue, setEditDue] = useState(false);
  const [newAdHoc, setNewAdHoc] = useState(false);
  const [exempting, setExempting] = useState<RegisterEntry | null>(null);

  // Another plan chosen in the header: start again on its current period.
  const shownPlan = useRef(planId);
  useEffect(() => {
    if (shownPlan.current === planId) return;
    shownPlan.current = planId;
    setPeriodId(null);
  }, [planId]);
  useEffect(() => {
    if (!periods.data || periods.data.length === 0 || periodId !== null) return;
    // Start on the period worked on today: the last one already due, or else the first.
    call('reporting.dashboard', { planId })
      .then((d) => setPeriodId(d.current?.period.id ?? periods.data![0]!.id))
      .catch(() => setPeriodId(periods.data![0]!.id));
  }, [periods.data, periodId, planId]);

  const register = useApi('reporting.register', periodId ? { periodId } : null);
  const changed = () => {
    register.reload();
    periods.reload();
    setVersion((v) => v + 1);
  };

  /** The statistics the plan asks of the agency whose report is open, offered first in its form. */
  const agencyStatistics = useMemo(
    () => (open ? (requests.data?.find((r) => r.agencyId === open.agency.id)?.codes ?? []) : []),
    [open, requests.data],
  );
  const dutiesChanged = () => {
    duties.reload();
    periods.reload();
    setPeriodId(null);
    setVersion((v) => v + 1);
  };
  async function deleteDuty() {
    if (!deletingDuty) return;
    try {
      await call('duties.delete', { dutyId: deletingDuty.id });
      setDeletingDuty(null);
      dutiesChanged();
    } catch (err) {
      setDutyError(err instanceof Error ? err.message : String(err));
    }
  }

  if (periods.error) return <ErrorAlert message={periods.error} />;
  if (!periods.data) return <Loading />;

  const reg = register.data && register.data.period.id === periodId ? register.data : null;
  const period = reg?.period ?? periods.data.find((p) => p.id === periodId) ?? null;
  const shown = reg ? reg.entries.filter((e) => FILTERS.find((f) => f.value === filter)!.states.includes(e.status.state)) : [];
  const agencies = (reg?.entries ?? []).map((e) => e.agency);
  const agencyRefs = (planAgencyRows.data ?? []).map((a) => ({ id: a.id, shortName: a.shortName, kind: a.kind }));
  const reportingAgencyIds = (planAgencyRows.data ?? []).filter((a) => a.reports && a.active).map((a) => a.id);
  const planAgencies =
    duties.data?.find((d) => d.periodType === 'ad_hoc')?.obliged ??
    duties.data?.find((d) => !d.upward)?.obliged ??
    agencyRefs.filter((a) => reportingAgencyIds.includes(a.id));

  return (
    <Stack>
      <ScreenTitle title="Báo cáo" subtitle="Sổ theo dõi báo cáo của các cơ quan, đơn vị theo từng kỳ">
        <Group className="no-print">
          <Button variant="light" onClick={() => setNewAdHoc(true)}>
            Yêu cầu báo cáo đột xuất
          </Button>
          {periodId && (
            <Button component="a" variant="default" href={printRoute('compliance', { 'ke-hoach': planId, ky: periodId })}>
              In tình hình báo cáo
            </Button>
          )}
          {periodId && <ExcelButton label="Xuất sổ ra Excel" request={{ kind: 'register', planId, periodId }} />}
        </Group>
      </ScreenTitle>

      {periods.data.length === 0 ? (
        <Alert color="blue">Kế hoạch này chưa có chế độ báo cáo định kỳ nào, nên chưa có kỳ báo cáo.</Alert>
      ) : (
        <Select
          label="Kỳ báo cáo"
          w={680}
          allowDeselect={false}
          data={periods.data.map(periodOption)}
          value={periodId ? String(periodId) : null}
          onChange={(v) => v && setPeriodId(Number(v))}
        />
      )}

      {period && (
        <Card withBorder padding="md">
          <Group justify="space-between" align="flex-start">
            <Stack gap={2}>
              <Text fw={600}>
                {period.adHoc ? 'Báo cáo đột xuất: ' : 'Báo cáo '}
                {period.label}
              </Text>
              {period.windowFrom && period.windowTo && (
                <Text size="sm">
                  Kỳ số liệu: từ {formatDateVi(period.windowFrom)} đến {formatDateVi(period.windowTo)}
                </Text>
              )}
              {period.requestNumber && (
                <Text size="sm">
                  Theo công văn số {period.requestNumber}
                  {period.requestDate ? ` ngày ${formatDateVi(period.requestDate)}` : ''}
                </Text>
              )}
              <Text size="sm">
                Hạn gửi: <b>{formatDateVi(period.dueDate)}</b> ({period.dueText}; {lastDayText(period)})
                {period.defaultDueDate && period.defaultDueDate !== period.dueDate && (
                  <Badge ml="xs" color="orange" variant="light" style={{ textTransform: 'none' }}>
                    Đã dời hạn từ {formatDateVi(period.defaultDueDate)}
                  </Badge>
                )}
              </Text>
            </Stack>
            <Group gap="xs">
              <Button variant="default" size="xs" onClick={() => setEditDue(true)}>
                Sửa hạn gửi
              </Button>
              {period.adHoc && (
                <DeleteAdHocButton
                  period={period}
                  onDeleted={() => {
                    setPeriodId(null);
                    changed();
                  }}
                />
              )}
            </Group>
          </Group>
          <SimpleGrid cols={{ base: 3, lg: 7 }} mt="sm" aria-label="Tình hình gửi báo cáo của kỳ">
            <Stat label="Phải gửi" value={period.summary.expected} />
            <Stat label="Đã gửi đúng hạn" value={period.summary.onTime} color="green.8" />
            <Stat label="Gửi chậm" value={period.summary.late} color="yellow.8" />
            <Stat label="Chưa gửi" value={period.summary.missing + period.summary.pending} color={period.summary.missing ? 'red.8' : undefined} />
            <Stat label="Được miễn" value={period.summary.exempt} color="gray.7" />
            <Stat label="Tỷ lệ đã gửi" value={rate(period.summary.reportingRate)} />
            <Stat label="Tỷ lệ đúng hạn" value={rate(period.summary.onTimeRate)} />
          </SimpleGrid>
        </Card>
      )}

      {register.error && <ErrorAlert message={register.error} />}
      {period && reg && (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="register">Tình hình gửi báo cáo</Tabs.Tab>
            <Tabs.Tab value="urging">Đôn đốc ({reg.entries.filter((e) => e.status.state === 'missing').length})</Tabs.Tab>
            <Tabs.Tab value="figures">Số liệu tổng hợp</Tabs.Tab>
            <Tabs.Tab value="history">Theo từng đơn vị</Tabs.Tab>
          </Tabs.List>

          <Tabs.Panel value="register" pt="sm">
            <SegmentedControl
              mb="sm"
              value={filter}
              onChange={(v) => setFilter(v as Filter)}
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
                          {e.report.attachments.length} tệp, {e.report.figures.length} số liệu
                        </Text>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-sm" w={84} variant={e.report ? 'default' : 'filled'} onClick={() => setOpen(e)} aria-label={`${e.report ? 'Mở' : 'Ghi nhận'} báo cáo của ${e.agency.shortName}`}>
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
                                  call('reporting.setExemption', { expectedReportId: e.expectedReportId, exempt: false }).then(changed)
                                }
                              >
                                Bỏ miễn báo cáo
                              </Menu.Item>
                            ) : (
                              <Menu.Item onClick={() => setExempting(e)}>Miễn báo cáo kỳ này…</Menu.Item>
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
          </Tabs.Panel>

          <Tabs.Panel value="urging" pt="sm">
            <UrgingPanel register={reg} onChanged={changed} preselected={reg.period.id === opening.periodId ? opening.agencyIds : []} />
          </Tabs.Panel>
          <Tabs.Panel value="figures" pt="sm">
            <FiguresPanel planId={planId} today={reg.today} periodId={period.id} version={version} onChanged={changed} />
          </Tabs.Panel>
          <Tabs.Panel value="history" pt="sm">
            <AgencyHistoryPanel planId={planId} agencies={agencies} version={version} />
          </Tabs.Panel>
        </Tabs>
      )}

      {/* Read again after each change in the register (key). */}
      <SimpleGrid cols={{ base: 1, lg: 2 }} className="chart-grid">
        <ReportingRatesChart key={`rates-${version}`} planId={planId} />
        <TargetProgressChart key={`targets-${version}`} planId={planId} />
      </SimpleGrid>

      {duties.data && (
        <Card withBorder>
          <Group justify="space-between" mb="xs">
            <Text fw={600}>Chế độ báo cáo của kế hoạch</Text>
            <Group gap="xs" className="no-print">
              <Button size="compact-sm" variant="light" onClick={() => setEditDuty('new')}>
                Thêm chế độ báo cáo
              </Button>
              <Button size="compact-sm" variant="subtle" onClick={() => setEditDuty('upward')}>
                Thêm báo cáo của cơ quan thường trực
              </Button>
            </Group>
          </Group>
          <Table verticalSpacing="xs" aria-label="Chế độ báo cáo">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={180}>Loại báo cáo</Table.Th>
                <Table.Th w={160}>Thời hạn</Table.Th>
                <Table.Th w={220}>Gửi về</Table.Th>
                <Table.Th>Đơn vị phải gửi</Table.Th>
                <Table.Th w={110} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {duties.data.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{d.title}</Table.Td>
                  <Table.Td>{d.dueText}</Table.Td>
                  <Table.Td className="cell-wrap">{d.upward ? d.recipientText : (d.recipient?.shortName ?? '—')}</Table.Td>
                  <Table.Td className="cell-wrap">
                    {d.upward ? `Cơ quan thường trực: ${agencyNames(d.obliged)}` : `${d.obliged.length} đơn vị: ${agencyNames(d.obliged)}`}
                  </Table.Td>
                  <Table.Td>
                    <RowActions
                      name={d.title}
                      className="no-print"
                      onEdit={() => setEditDuty(d)}
                      onDelete={() => {
                        setDutyError(null);
                        setDeletingDuty(d);
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
      {editDuty && (
        <DutyModal
          planId={planId}
          year={plan.year}
          duty={typeof editDuty === 'object' ? editDuty : null}
          upwardDefault={editDuty === 'upward'}
          agencies={agencyRefs}
          reportingAgencyIds={reportingAgencyIds}
          onClose={() => setEditDuty(null)}
          onSaved={dutiesChanged}
        />
      )}
      {deletingDuty && (
        <Modal opened onClose={() => setDeletingDuty(null)} title={`Xóa ${deletingDuty.title}?`} size="lg">
          <Stack gap="sm">
            <Text size="sm">
              Các kỳ báo cáo của chế độ này ({deletingDuty.dueText}) cũng bị xóa. Nội dung được lưu lại trong lịch sử thay đổi. Không xóa được khi đã nhận báo cáo của một kỳ.
            </Text>
            {dutyError && <Alert color="red">{dutyError}</Alert>}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeletingDuty(null)}>
                Không xóa
              </Button>
              <Button color="red" onClick={deleteDuty} disabled={!!dutyError}>
                Xóa chế độ báo cáo
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}

      {open && period && reg && statistics.data && (
        <ReportFormModal
          period={period}
          entry={open}
          statistics={statistics.data}
          agencyStatistics={agencyStatistics}
          today={reg.today}
          onClose={() => setOpen(null)}
          onChanged={changed}
        />
      )}
      {editDue && period && <DueDateModal period={period} onClose={() => setEditDue(false)} onSaved={changed} />}
      {newAdHoc && (
        <AdHocModal
          planId={planId}
          agencies={planAgencies}
          onClose={() => setNewAdHoc(false)}
          onCreated={(id) => {
            periods.reload();
            setPeriodId(id);
          }}
        />
      )}
      {exempting && <ExemptModal entry={exempting} onClose={() => setExempting(null)} onSaved={changed} />}
    </Stack>
  );
}

function ExemptModal({ entry, onClose, onSaved }: { entry: RegisterEntry; onClose: () => void; onSaved: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function save() {
    if (!reason.trim()) return setError('Hãy ghi lý do miễn báo cáo.');
    try {
      await call('reporting.setExemption', { expectedReportId: entry.expectedReportId, exempt: true, reason: reason.trim() });
      onSaved();
      onClose();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }
  return (
    <Modal opened onClose={onClose} title={`Miễn báo cáo kỳ này: ${entry.agency.shortName}`}>
      <Stack>
        <TextInput label="Lý do" withAsterisk value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={error} data-autofocus />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
          <Button onClick={save}>Miễn báo cáo</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
