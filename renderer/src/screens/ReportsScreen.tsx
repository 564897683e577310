// "Báo cáo": the register of received reports, period by period. Who owes the report, what came
// in when (on time or late), who is missing and for how long, who is exempt; the period's figures;
// urging the missing agencies; and each agency's record across periods.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Group, Select, SimpleGrid, Stack, Tabs } from '@mantine/core';
import { usePlan } from '../app/plan-context';
import { useApi } from '../hooks/useApi';
import { call } from '../api/client';
import { ErrorAlert, Loading } from '../components/status';
import { ScreenTitle } from '../components/ScreenTitle';
import { printRoute } from '../print/print-routes';
import type { RegisterEntry, ReportingPeriodRow } from '../../../shared/api/models';
import { formatDateVi } from '../../../shared/dates/vietnamese-dates';
import { ReportFormModal } from '../components/reports/ReportFormModal';
import { AdHocModal, DueDateModal } from '../components/reports/PeriodModals';
import { UrgingPanel } from '../components/reports/UrgingPanel';
import { FiguresPanel } from '../components/reports/FiguresPanel';
import { ExcelButton } from '../components/ExcelButton';
import { AgencyHistoryPanel } from '../components/reports/AgencyHistoryPanel';
import { useHashParams } from '../hooks/useHashParams';
import { useRemembered } from '../hooks/useRemembered';
import { PeriodCard } from '../components/reports/PeriodCard';
import { FILTERS, RegisterTable, type Filter } from '../components/reports/RegisterTable';
import { DutiesCard } from '../components/reports/DutiesCard';
import { ExemptModal } from '../components/reports/ExemptModal';
import { ReportingRatesChart, TargetProgressChart } from '../components/charts/LazyCharts';

const isFilter = (v: unknown): v is Filter => FILTERS.some((f) => f.value === v);
const REPORT_TABS = ['register', 'urging', 'figures', 'history'];
const isTab = (v: unknown): v is string => typeof v === 'string' && REPORT_TABS.includes(v);

/** Opened from elsewhere ("Việc tuần này"): "#/bao-cao?ky=12&the=don-doc&don-vi=3,4" opens period 12's Đôn đốc tab, agencies 3 and 4 ticked. */
function openingFromParams(params: URLSearchParams) {
  const periodId = Number(params.get('ky'));
  const urge = params.get('the') === 'don-doc';
  const agencyIds = (params.get('don-vi') ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  return { periodId: Number.isInteger(periodId) && periodId > 0 ? periodId : null, tab: urge ? 'urging' : 'register', agencyIds: urge ? agencyIds : [] };
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
  const [params] = useHashParams();
  const [opening] = useState(() => openingFromParams(params));
  const [periodId, setPeriodId] = useState<number | null>(opening.periodId);
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

  /** The statistics the plan asks of the agency whose report is open, offered first in its form. */
  const agencyStatistics = useMemo(
    () => (open ? (requests.data?.find((r) => r.agencyId === open.agency.id)?.codes ?? []) : []),
    [open, requests.data],
  );
  // The periods follow the duties: start again on the period worked on today.
  const dutiesChanged = () => setPeriodId(null);

  if (periods.error) return <ErrorAlert message={periods.error} />;
  if (!periods.data) return <Loading />;

  const reg = register.data && register.data.period.id === periodId ? register.data : null;
  const period = reg?.period ?? periods.data.find((p) => p.id === periodId) ?? null;
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

      {period && <PeriodCard period={period} onEditDue={() => setEditDue(true)} onDeleted={() => setPeriodId(null)} />}

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
            <RegisterTable entries={reg.entries} filter={filter} onFilter={setFilter} onOpen={setOpen} onExempt={setExempting} />
          </Tabs.Panel>

          <Tabs.Panel value="urging" pt="sm">
            <UrgingPanel register={reg} preselected={reg.period.id === opening.periodId ? opening.agencyIds : []} />
          </Tabs.Panel>
          <Tabs.Panel value="figures" pt="sm">
            <FiguresPanel planId={planId} today={reg.today} periodId={period.id} />
          </Tabs.Panel>
          <Tabs.Panel value="history" pt="sm">
            <AgencyHistoryPanel planId={planId} agencies={agencies} />
          </Tabs.Panel>
        </Tabs>
      )}

      <SimpleGrid cols={{ base: 1, lg: 2 }} className="chart-grid">
        <ReportingRatesChart planId={planId} />
        <TargetProgressChart planId={planId} />
      </SimpleGrid>

      <DutiesCard
        planId={planId}
        year={plan.year}
        duties={duties.data}
        agencies={agencyRefs}
        reportingAgencyIds={reportingAgencyIds}
        onChanged={dutiesChanged}
      />

      {open && period && reg && statistics.data && (
        <ReportFormModal
          period={period}
          entry={open}
          statistics={statistics.data}
          agencyStatistics={agencyStatistics}
          today={reg.today}
          onClose={() => setOpen(null)}
        />
      )}
      {editDue && period && <DueDateModal period={period} onClose={() => setEditDue(false)} />}
      {newAdHoc && (
        <AdHocModal
          planId={planId}
          agencies={planAgencies}
          onClose={() => setNewAdHoc(false)}
          onCreated={(id) => setPeriodId(id)}
        />
      )}
      {exempting && <ExemptModal entry={exempting} onClose={() => setExempting(null)} />}
    </Stack>
  );
}
