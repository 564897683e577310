// "Văn bản": the clerk chooses a document, sees what will be in it, edits the report's or the plan's
// text, and exports the Word file built from the data (save dialog on the desktop, a download in the
// browser). Also the print views (A4 landscape) and the log of exported documents. The parts are in
// components/documents/: the choice (a @mantine/form form), the preview, the export bar, the print card.
import { useMemo, useState } from 'react';
import { Stack } from '@mantine/core';
import { ScreenTitle } from '../components/ScreenTitle';
import { ErrorAlert, Loading } from '../components/status';
import { usePlan } from '../app/plan-context';
import { useApi } from '../hooks/useApi';
import { call } from '../api/client';
import { DocumentChoiceCard } from '../components/documents/DocumentChoiceCard';
import { documentRequest, useDocumentForm, useFirstChoices } from '../components/documents/document-form';
import { ExportCard } from '../components/documents/ExportCard';
import { ExportLog } from '../components/documents/ExportLog';
import { PlanTextEditor } from '../components/documents/PlanTextEditor';
import { PreviewCard } from '../components/documents/PreviewCard';
import { PrintCard } from '../components/documents/PrintCard';
import { TextsEditor } from '../components/documents/TextsEditor';
import { useUrgingRegister } from '../components/documents/UrgingChoice';
import { useDocumentPreview } from '../components/documents/useDocumentPreview';
import { useTypedDates } from '../components/form-rules';

export function DocumentsScreen() {
  const { planId, plan } = usePlan();
  const periods = useApi('reporting.periods', { planId });
  const agencies = useApi('agencies.list', { planId });
  const tasks = useApi('tasks.list', { planId });
  const log = useApi('documents.exports', { planId });
  const planText = useApi('planText.list', { planId });
  const info = useApi('app.info', {});

  const form = useDocumentForm();
  const dates = useTypedDates();
  useFirstChoices(form, periods.data, info.data?.today);
  const register = useUrgingRegister(form);
  const request = useMemo(() => documentRequest(form.values, dates.typed, planId), [form.values, dates.typed, planId]);
  const { preview, error: previewError, refresh } = useDocumentPreview(request);
  const [editing, setEditing] = useState(false);

  if (periods.error || agencies.error || tasks.error) return <ErrorAlert message={(periods.error ?? agencies.error ?? tasks.error)!} />;
  if (!periods.data || !agencies.data || !tasks.data || !info.data) return <Loading />;

  const { kind, reportPeriodId } = form.values;
  const planTextBlocks = planText.data?.length ?? 0;
  const reportPeriod = periods.data.find((p) => String(p.id) === reportPeriodId);

  return (
    <Stack>
      <ScreenTitle title="Văn bản" subtitle="Lập văn bản trình ký đúng thể thức Nghị định 30/2020/NĐ-CP, từ dữ liệu của kế hoạch" />
      <DocumentChoiceCard
        form={form}
        dates={dates}
        planId={planId}
        periods={periods.data}
        agencies={agencies.data}
        tasks={tasks.data}
        register={register}
        planTextBlocks={planTextBlocks}
        onEdit={() => setEditing(true)}
      />
      {previewError && <ErrorAlert message={previewError} />}
      {preview && (
        <PreviewCard
          preview={preview}
          onAccept={
            request?.kind === 'report' && request.periodId
              ? async (rule) => {
                  await call('documents.acceptFigureCheck', { planId, periodId: request.periodId!, rule });
                  refresh();
                }
              : undefined
          }
        />
      )}
      <ExportCard form={form} request={request} preview={preview} planId={planId} today={info.data.today} />
      <PrintCard planId={planId} periods={periods.data} />
      {log.data && <ExportLog rows={log.data} />}

      {editing && kind === 'plan' && planTextBlocks > 0 && (
        <PlanTextEditor planId={planId} opened onClose={() => setEditing(false)} title={`Nội dung Kế hoạch ${plan.title}`} onSaved={refresh} />
      )}
      {editing && !(kind === 'plan' && planTextBlocks > 0) && (
        <TextsEditor
          opened
          onClose={() => setEditing(false)}
          scope={{ planId, kind: kind === 'plan' ? 'plan' : 'report', periodId: kind === 'plan' ? null : Number(reportPeriodId) }}
          title={kind === 'plan' ? `Nội dung Kế hoạch ${plan.title}` : `Nội dung báo cáo ${reportPeriod?.label ?? ''}`}
          onSaved={refresh}
        />
      )}
    </Stack>
  );
}
