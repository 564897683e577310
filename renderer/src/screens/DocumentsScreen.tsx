// "Văn bản": the clerk chooses a document, sees what will be in it, edits the report's or the plan's
// text, and exports the Word file built from the data (save dialog on the desktop, a download in the
// browser). Also the print views (A4 landscape) and the log of exported documents.
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { ScreenTitle } from '../components/ScreenTitle';
import { ErrorAlert, Loading } from '../components/status';
import { usePlan } from '../app/plan-context';
import { useApi } from '../hooks/useApi';
import { call } from '../api/client';
import { hostAbilities, saveDocument } from '../api/host';
import { ExportLog } from '../components/documents/ExportLog';
import { PreviewCard } from '../components/documents/PreviewCard';
import { TextsEditor } from '../components/documents/TextsEditor';
import { PlanTextEditor } from '../components/documents/PlanTextEditor';
import { DateField, useDateValue } from '../components/DateField';
import { printRoute } from '../print/print-routes';
import type { DocumentKind, DocumentPreview } from '../../../shared/api/documents-models';
import type { MethodInput } from '../../../shared/api/contract';
import type { RegisterEntry, ReportingPeriodRow } from '../../../shared/api/models';
import { formatDateVi } from '../../../shared/dates/vietnamese-dates';

type Request = MethodInput<'documents.export'>;

const KINDS: { value: DocumentKind; label: string }[] = [
  { value: 'report', label: 'Báo cáo kết quả' },
  { value: 'urging', label: 'Công văn đôn đốc' },
  { value: 'assignment', label: 'Bảng phân công nhiệm vụ' },
  { value: 'plan', label: 'Kế hoạch' },
];

const isReportPeriod = (p: ReportingPeriodRow) => p.periodType === 'six_month' || p.periodType === 'annual';

function outstandingText(e: RegisterEntry): string {
  if (e.status.state === 'missing') return `quá hạn ${e.status.daysOverdue} ngày`;
  if (e.status.state === 'pending') return 'chưa đến hạn';
  return '';
}

export function DocumentsScreen() {
  const { planId, plan } = usePlan();
  const periods = useApi('reporting.periods', { planId });
  const agencies = useApi('agencies.list', { planId });
  const tasks = useApi('tasks.list', { planId });
  const log = useApi('documents.exports', { planId });
  const planText = useApi('planText.list', { planId });
  const hasPlanText = (planText.data?.length ?? 0) > 0;
  const info = useApi('app.info', {});
  const abilities = hostAbilities();

  const [kind, setKind] = useState<DocumentKind>('report');
  const [reportPeriodId, setReportPeriodId] = useState<string | null>(null);
  const [urgingPeriodId, setUrgingPeriodId] = useState<string | null>(null);
  const [chosen, setChosen] = useState<number[]>([]);
  const newDeadline = useDateValue(null);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [groupId, setGroupId] = useState<string | null>(null);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [number, setNumber] = useState('');
  const issuedOn = useDateValue(null);
  const [openAfter, setOpenAfter] = useState(false);
  const [recordUrging, setRecordUrging] = useState(true);
  const [compliancePeriodId, setCompliancePeriodId] = useState<string | null>(null);

  const [preview, setPreview] = useState<DocumentPreview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState(false);
  const [previewVersion, setPreviewVersion] = useState(0);

  // Sensible first choices: the latest report period due, the period being chased.
  useEffect(() => {
    if (!periods.data || !info.data) return;
    const today = info.data.today;
    const reportable = periods.data.filter(isReportPeriod);
    const due = reportable.filter((p) => p.dueDate <= today);
    const report = due[due.length - 1] ?? reportable[0];
    setReportPeriodId((v) => v ?? (report ? String(report.id) : null));
    const chasing = periods.data.find((p) => p.summary.missing > 0) ?? periods.data[0];
    setUrgingPeriodId((v) => v ?? (chasing ? String(chasing.id) : null));
    setCompliancePeriodId((v) => v ?? (chasing ? String(chasing.id) : null));
  }, [periods.data, info.data]);

  const register = useApi('reporting.register', kind === 'urging' && urgingPeriodId ? { periodId: Number(urgingPeriodId) } : null);
  const outstanding = useMemo(
    () => (register.data?.entries ?? []).filter((e) => e.status.state === 'missing' || e.status.state === 'pending'),
    [register.data],
  );
  // Everyone still missing is chosen when a period is opened; a reload of the same period (after the
  // urging is recorded) keeps the clerk's own choice, and with it the message about what was saved.
  const selectionFor = useRef<number | null>(null);
  useEffect(() => {
    if (!register.data || selectionFor.current === register.data.period.id) return;
    selectionFor.current = register.data.period.id;
    setChosen(register.data.entries.filter((e) => e.status.state === 'missing').map((e) => e.agency.id));
  }, [register.data]);

  const groups = useMemo(() => {
    const seen = new Map<number, { id: number; code: string; title: string }>();
    for (const t of tasks.data ?? []) seen.set(t.group.id, t.group);
    return [...seen.values()];
  }, [tasks.data]);

  const numberValue = number.trim() ? Number(number.trim()) : null;
  const numberError = number.trim() && !(Number.isInteger(numberValue) && numberValue! > 0) ? 'Số văn bản là số nguyên dương, ví dụ 125.' : null;
  const issued = { iso: issuedOn.iso, error: issuedOn.typedError };
  const deadline = { iso: newDeadline.iso, error: newDeadline.typedError };

  const request: Request | null = useMemo(() => {
    if (numberError || issued.error) return null;
    const issue = { ...(numberValue ? { number: numberValue } : {}), ...(issued.iso ? { issuedOn: issued.iso } : {}) };
    switch (kind) {
      case 'report':
        return reportPeriodId ? { kind, planId, periodId: Number(reportPeriodId), ...issue } : null;
      case 'urging':
        if (!urgingPeriodId || chosen.length === 0 || deadline.error) return null;
        return { kind, planId, periodId: Number(urgingPeriodId), agencyIds: chosen, ...(deadline.iso ? { newDeadline: deadline.iso } : {}), ...issue };
      case 'assignment':
        return {
          kind,
          planId,
          ...(agencyId ? { agencyId: Number(agencyId) } : {}),
          ...(groupId ? { groupId: Number(groupId) } : {}),
          ...(overdueOnly ? { overdueOnly: true } : {}),
        };
      case 'plan':
        return { kind, planId, ...issue };
    }
  }, [kind, planId, reportPeriodId, urgingPeriodId, chosen, deadline.iso, deadline.error, agencyId, groupId, overdueOnly, numberValue, numberError, issued.iso, issued.error]);

  const requestKey = JSON.stringify(request);
  useEffect(() => {
    setResult(null);
    if (!request) {
      setPreview(null);
      setPreviewError(null);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      call('documents.preview', request).then(
        (p) => {
          if (cancelled) return;
          setPreview(p);
          setPreviewError(null);
        },
        (err: Error) => {
          if (cancelled) return;
          setPreview(null);
          setPreviewError(err.message);
        },
      );
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- requestKey is the request as JSON: it changes exactly when the request does
  }, [requestKey, previewVersion]);

  if (periods.error || agencies.error || tasks.error) return <ErrorAlert message={(periods.error ?? agencies.error ?? tasks.error)!} />;
  if (!periods.data || !agencies.data || !tasks.data) return <Loading />;

  const reportPeriods = periods.data.filter(isReportPeriod);
  const periodOptions = (list: ReportingPeriodRow[]) =>
    list.map((p) => ({ value: String(p.id), label: `${p.label} (hạn ${formatDateVi(p.dueDate)})` }));

  const exportNow = async () => {
    if (!request) return;
    setBusy(true);
    setResult(null);
    try {
      const file = await call('documents.export', request);
      const saved = await saveDocument(file, { openAfter });
      if (!saved.done) {
        setResult({ ok: false, text: 'Chưa lưu: đã đóng hộp thoại lưu tệp.' });
        return;
      }
      await call('documents.recordExport', {
        planId,
        kind: file.kind,
        periodId: file.periodId,
        title: file.title,
        fileName: saved.path ? saved.path.split(/[\\/]/).pop()! : file.fileName,
        savedTo: saved.path,
      });
      let text = saved.path ? `Đã lưu ${saved.path}.${saved.note ? ` ${saved.note}` : ''}` : `Đã tải xuống tệp ${file.fileName}.`;
      // The letter is also written in the register's urging record, as the clerk asked.
      if (request.kind === 'urging' && recordUrging) {
        try {
          const symbol = preview?.numberLine.replace(/^Số:\s*/, '').trim() ?? '';
          await call('urging.record', {
            periodId: request.periodId,
            agencyIds: request.agencyIds,
            urgedOn: request.issuedOn ?? info.data!.today,
            letterNumber: request.number ? symbol : null,
            note: file.title,
          });
          text += ` Đã ghi nhận đôn đốc ${request.agencyIds.length} cơ quan, đơn vị vào sổ theo dõi báo cáo.`;
        } catch (err) {
          setResult({ ok: false, text: `${text} Chưa ghi được vào sổ theo dõi: ${(err as Error).message}` });
          return;
        }
      }
      setResult({ ok: true, text });
    } catch (err) {
      setResult({ ok: false, text: (err as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const assignmentPrint = printRoute('assignment', {
    'ke-hoach': planId,
    'co-quan': agencyId,
    nhom: groupId,
    'qua-han': overdueOnly,
  });

  const issueFields = kind !== 'assignment' && (
    <Group align="flex-start">
      <TextInput
        label="Số văn bản"
        description="Để trống cho văn thư điền sau khi ký"
        placeholder="(để trống)"
        value={number}
        onChange={(e) => setNumber(e.currentTarget.value)}
        error={numberError}
        w={220}
      />
      <DateField label="Ngày ký" description="Để trống: chỉ ghi tháng, năm" placeholder="(để trống)" {...issuedOn.field} w={220} />
    </Group>
  );

  return (
    <Stack>
      <ScreenTitle title="Văn bản" subtitle="Lập văn bản trình ký đúng thể thức Nghị định 30/2020/NĐ-CP, từ dữ liệu của kế hoạch" />

      <Card withBorder component="section" aria-label="Chọn văn bản">
        <Title order={4} mb="sm">
          Chọn văn bản
        </Title>
        <SegmentedControl
          aria-label="Loại văn bản"
          fullWidth
          data={KINDS}
          value={kind}
          onChange={(v) => setKind(v as DocumentKind)}
        />
        <Stack mt="md">
          {kind === 'report' && (
            <>
              <Group align="flex-end">
                <Select
                  label="Kỳ báo cáo"
                  w={360}
                  allowDeselect={false}
                  data={periodOptions(reportPeriods)}
                  value={reportPeriodId}
                  onChange={setReportPeriodId}
                  nothingFoundMessage="Kế hoạch chưa có kỳ báo cáo 6 tháng hoặc năm"
                />
                <Button variant="light" onClick={() => setEditing(true)} disabled={!reportPeriodId}>
                  Soạn nội dung báo cáo
                </Button>
              </Group>
              <Text size="sm" c="dimmed">
                Báo cáo gồm bảng kết quả các chỉ tiêu (từ số liệu đã nhận), Phụ lục biểu tổng hợp số liệu và Phụ lục
                tình hình gửi báo cáo của các cơ quan, đơn vị.
              </Text>
            </>
          )}
          {kind === 'urging' && (
            <>
              <Group align="flex-start">
                <Select
                  label="Kỳ báo cáo"
                  w={360}
                  allowDeselect={false}
                  data={periodOptions(periods.data)}
                  value={urgingPeriodId}
                  onChange={setUrgingPeriodId}
                />
                <DateField label="Hạn gửi mới" description="Để trống: đề nghị gửi sớm nhất" {...newDeadline.field} w={220} />
              </Group>
              {register.data && outstanding.length === 0 && (
                <Alert color="green">Tất cả cơ quan, đơn vị đã gửi báo cáo kỳ này: không cần đôn đốc.</Alert>
              )}
              {outstanding.length > 0 && (
                <Group gap="xs">
                  <Button size="xs" variant="default" onClick={() => setChosen(outstanding.map((e) => e.agency.id))}>
                    Chọn tất cả
                  </Button>
                  <Button size="xs" variant="default" onClick={() => setChosen([])}>
                    Bỏ chọn tất cả
                  </Button>
                  <Checkbox
                    ml="md"
                    label="Ghi nhận đôn đốc vào sổ theo dõi báo cáo sau khi lưu"
                    checked={recordUrging}
                    onChange={(e) => setRecordUrging(e.currentTarget.checked)}
                  />
                </Group>
              )}
              {outstanding.length > 0 && (
                <Checkbox.Group
                  label={`Gửi đến các cơ quan, đơn vị chưa gửi báo cáo (đã chọn ${chosen.length})`}
                  value={chosen.map(String)}
                  onChange={(v) => setChosen(v.map(Number))}
                >
                  <SimpleGrid cols={2} mt="xs" spacing={4}>
                    {outstanding.map((e) => (
                      <Checkbox key={e.agency.id} value={String(e.agency.id)} label={`${e.agency.shortName} (${outstandingText(e)})`} />
                    ))}
                  </SimpleGrid>
                </Checkbox.Group>
              )}
            </>
          )}
          {kind === 'assignment' && (
            <>
              <Group align="flex-end">
                <Select
                  label="Cơ quan (chủ trì hoặc phối hợp)"
                  placeholder="Tất cả cơ quan"
                  clearable
                  searchable
                  w={340}
                  data={agencies.data.map((a) => ({ value: String(a.id), label: a.shortName }))}
                  value={agencyId}
                  onChange={setAgencyId}
                />
                <Select
                  label="Nhóm nhiệm vụ"
                  placeholder="Tất cả nhóm"
                  clearable
                  searchable
                  w={420}
                  data={groups.map((g) => ({ value: String(g.id), label: `${g.code}. ${g.title}` }))}
                  value={groupId}
                  onChange={setGroupId}
                />
                <Checkbox label="Chỉ nhiệm vụ quá hạn" checked={overdueOnly} onChange={(e) => setOverdueOnly(e.currentTarget.checked)} mb={8} />
              </Group>
              <Group>
                <Button component="a" href={assignmentPrint} variant="light">
                  Xem bản in (A4 ngang)
                </Button>
              </Group>
            </>
          )}
          {kind === 'plan' && (
            <Group>
              <Button variant="light" onClick={() => setEditing(true)}>
                {hasPlanText ? 'Sửa nội dung kế hoạch' : 'Soạn nội dung kế hoạch'}
              </Button>
              <Text size="sm" c="dimmed">
                {hasPlanText
                  ? `Nguyên văn kế hoạch (${planText.data!.length} đoạn), kèm Phụ lục bảng phân công nhiệm vụ.`
                  : 'Kế hoạch dựng lại từ dữ liệu (chỉ tiêu, nhiệm vụ, chế độ báo cáo), kèm Phụ lục bảng phân công nhiệm vụ.'}
              </Text>
            </Group>
          )}
          {issueFields}
        </Stack>
      </Card>

      {previewError && <ErrorAlert message={previewError} />}
      {preview && (
        <PreviewCard
          preview={preview}
          onAccept={
            request?.kind === 'report' && request.periodId
              ? async (rule) => {
                  await call('documents.acceptFigureCheck', { planId, periodId: request.periodId!, rule });
                  setPreviewVersion((v) => v + 1);
                }
              : undefined
          }
        />
      )}

      <Card withBorder>
        <Group justify="space-between">
          <Group>
            <Button onClick={exportNow} loading={busy} disabled={!request || !preview || !!preview.problem}>
              Xuất văn bản Word
            </Button>
            {abilities.openAfterSave && (
              <Checkbox label="Mở tệp sau khi lưu" checked={openAfter} onChange={(e) => setOpenAfter(e.currentTarget.checked)} />
            )}
          </Group>
          {preview && (
            <Text size="sm" c="dimmed">
              Tệp: {preview.fileName}
            </Text>
          )}
        </Group>
        {result && (
          <Alert mt="sm" color={result.ok ? 'green' : 'red'} role={result.ok ? 'status' : 'alert'}>
            {result.text}
          </Alert>
        )}
      </Card>

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
                data={periodOptions(periods.data)}
                value={compliancePeriodId}
                onChange={setCompliancePeriodId}
              />
            </Group>
            <Button
              component="a"
              href={printRoute('compliance', { 'ke-hoach': planId, ky: compliancePeriodId })}
              variant="default"
              disabled={!compliancePeriodId}
            >
              Xem và in tình hình gửi báo cáo
            </Button>
          </Group>
        </Stack>
      </Card>

      {log.data && <ExportLog rows={log.data} />}

      {editing && kind === 'plan' && hasPlanText && (
        <PlanTextEditor
          planId={planId}
          opened={editing}
          onClose={() => setEditing(false)}
          title={`Nội dung Kế hoạch ${plan.title}`}
          onSaved={() => setPreviewVersion((v) => v + 1)}
        />
      )}
      {editing && !(kind === 'plan' && hasPlanText) && (
        <TextsEditor
          opened={editing}
          onClose={() => setEditing(false)}
          scope={{ planId, kind: kind === 'plan' ? 'plan' : 'report', periodId: kind === 'plan' ? null : Number(reportPeriodId) }}
          title={
            kind === 'plan'
              ? `Nội dung Kế hoạch ${plan.title}`
              : `Nội dung báo cáo ${reportPeriods.find((p) => String(p.id) === reportPeriodId)?.label ?? ''}`
          }
          onSaved={() => setPreviewVersion((v) => v + 1)}
        />
      )}
    </Stack>
  );
}
