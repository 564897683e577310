// Recording a received report, or opening one to change or delete it: arrival date, the sender's
// number and date, channel, "cần bổ sung", notes (here), files (ReportAttachments) and figures
// (ReportFigures). The form's values and rules are in report-form.ts (@mantine/form). The register
// lists a report's figures as a count: the form reads its report whole (reports.get) before it opens.
import { useMemo, useRef, useState } from 'react';
import { Alert, Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { call, ApiCallError } from '../../api/client';
import { downloadFile } from '../../api/host';
import type { ReceivedReportRow, RegisterEntry, ReportingPeriodRow, StatisticRow } from '../../../../shared/api/models';
import { REPORT_CHANNELS, type ReportChannel } from '../../../../shared/domain/types';
import { REPORT_CHANNEL_LABELS } from '../../../../shared/domain/labels';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { reportTimeliness } from '../../../../shared/domain/report-status';
import { reportVersion } from '../../../../shared/domain/edit-version';
import { DateField } from '../DateField';
import { useTypedDates } from '../form-rules';
import { readUploads } from './files';
import { formPathOfRefusal, initialReportValues, readFigures, reportFields, type ReportFormValues } from './report-form';
import { ReportFigures } from './ReportFigures';
import { ReportAttachments } from './ReportAttachments';
import { ReportDeleteConfirm } from './ReportDeleteConfirm';
import { FormButtons } from '../FormButtons';
import { ErrorAlert, Loading } from '../status';
import { useApi } from '../../hooks/useApi';

interface Props {
  period: ReportingPeriodRow;
  entry: RegisterEntry;
  statistics: StatisticRow[];
  /** The statistics the plan asks of this agency, offered first. */
  agencyStatistics: string[];
  today: string;
  onClose: () => void;
}

const asText = (error: unknown) => (typeof error === 'string' ? error : null);

export function ReportFormModal(props: Props) {
  const { entry, onClose } = props;
  const recorded = entry.report;
  const loaded = useApi('reports.get', recorded ? { reportId: recorded.id } : null);
  // While another report's answer is still shown (the cache keeps it until this one arrives), wait.
  const report = recorded && loaded.data?.id === recorded.id ? loaded.data : null;
  const title = recorded ? `Báo cáo của ${entry.agency.shortName}` : `Ghi nhận báo cáo: ${entry.agency.shortName}`;
  return (
    <Modal opened onClose={onClose} title={title} size="xl" closeOnClickOutside={false}>
      {!recorded || report ? (
        <ReportForm key={report?.id ?? 'new'} {...props} existing={report} />
      ) : loaded.error ? (
        <ErrorAlert message={loaded.error} />
      ) : (
        <Loading />
      )}
    </Modal>
  );
}

function ReportForm({ period, entry, statistics, agencyStatistics, today, onClose, existing }: Props & { existing: ReceivedReportRow | null }) {
  const byCode = useMemo(() => new Map(statistics.map((s) => [s.code, s])), [statistics]);
  const dates = useTypedDates();
  const form = useForm<ReportFormValues>({
    initialValues: initialReportValues(existing, today),
    validate: (values) => ({
      arrivalDate: dates.check('arrivalDate', values.arrivalDate, true),
      docDate: dates.check('docDate', values.docDate, false),
      ...readFigures(values.figures, byCode).errors,
    }),
  });
  const [attachments, setAttachments] = useState(existing?.attachments ?? []);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  /** The form lines of the figures last sent, to show a refusal of one on its line. */
  const sentLines = useRef<number[]>([]);

  const { arrivalDate } = form.values;
  const timeliness = arrivalDate && !dates.typed.arrivalDate ? reportTimeliness(arrivalDate, period) : null;

  async function save() {
    setFormError(null);
    const checked = form.validate();
    const read = await readUploads(form.values.files);
    if (read.error) form.setFieldError('files', read.error);
    if (checked.hasErrors || read.error) return;

    const figures = readFigures(form.values.figures, byCode);
    sentLines.current = figures.lines;
    const fields = reportFields(form.values, figures.figures);
    const uploads = read.uploads.map(({ fileName, contentBase64 }) => ({ fileName, contentBase64 }));
    setSaving(true);
    try {
      // With the version the form was opened on: a save in another window since is not overwritten.
      if (existing) await call('reports.update', { reportId: existing.id, version: reportVersion(existing), ...fields, addAttachments: uploads });
      else await call('reports.create', { periodId: period.id, agencyId: entry.agency.id, ...fields, attachments: uploads });
      onClose();
    } catch (err) {
      showError(err);
    } finally {
      setSaving(false);
    }
  }

  /** A refusal naming a field of the form is shown under it; any other above the form. */
  function showError(err: unknown) {
    const path = err instanceof ApiCallError && err.error.field ? formPathOfRefusal(err.error.field, sentLines.current) : null;
    if (path) form.setErrors({ [path]: (err as ApiCallError).error.message });
    else setFormError(err instanceof Error ? err.message : String(err));
  }

  async function remove() {
    if (!existing) return;
    setSaving(true);
    try {
      await call('reports.delete', { reportId: existing.id });
      onClose();
    } catch (err) {
      setConfirmDelete(false);
      showError(err);
    } finally {
      setSaving(false);
    }
  }

  async function download(attachmentId: number) {
    try {
      const file = await call('reports.attachment', { attachmentId });
      downloadFile(file.fileName, file.mediaType, file.contentBase64);
    } catch (err) {
      showError(err);
    }
  }

  async function removeAttachment(attachmentId: number): Promise<boolean> {
    try {
      const report = await call('reports.removeAttachment', { attachmentId });
      setAttachments(report.attachments);
      return true;
    } catch (err) {
      showError(err);
      return false;
    }
  }

  return (
    <>
      {confirmDelete && existing ? (
        <ReportDeleteConfirm
          period={period}
          entry={entry}
          report={existing}
          attachmentCount={attachments.length}
          deleting={saving}
          onCancel={() => setConfirmDelete(false)}
          onConfirm={remove}
        />
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {period.label} · hạn {formatDateVi(period.dueDate)} ({period.dueText})
          </Text>
          {formError && (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          )}
          <SimpleGrid cols={3}>
            <DateField
              label="Ngày đến"
              withAsterisk
              value={arrivalDate}
              onChange={(v) => form.setFieldValue('arrivalDate', v)}
              {...dates.watch('arrivalDate')}
              error={asText(form.errors.arrivalDate)}
              description={
                timeliness ? (timeliness.onTime ? 'Đúng hạn' : `Chậm ${timeliness.daysLate} ngày so với hạn`) : 'Ngày văn thư nhận'
              }
            />
            <TextInput label="Số văn bản" placeholder="215/BC-UBND" {...form.getInputProps('docNumber')} />
            <DateField
              label="Ngày văn bản"
              value={form.values.docDate}
              onChange={(v) => form.setFieldValue('docDate', v)}
              {...dates.watch('docDate')}
              error={asText(form.errors.docDate)}
            />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <Select
              label="Hình thức gửi"
              allowDeselect={false}
              data={REPORT_CHANNELS.map((c) => ({ value: c, label: REPORT_CHANNEL_LABELS[c] }))}
              value={form.values.channel}
              onChange={(v) => v && form.setFieldValue('channel', v as ReportChannel)}
              error={form.errors.channel}
            />
            <Checkbox mt={30} label="Cần bổ sung (đã đề nghị đơn vị gửi thêm)" {...form.getInputProps('needsSupplement', { type: 'checkbox' })} />
          </SimpleGrid>
          <Textarea label="Ghi chú" autosize minRows={2} {...form.getInputProps('notes')} />

          <ReportAttachments
            recorded={!!existing}
            attachments={attachments}
            onDownload={(id) => void download(id)}
            onRemove={removeAttachment}
            files={form.values.files}
            onFilesChange={(files) => form.setFieldValue('files', files)}
            error={form.errors.files}
          />
          <ReportFigures form={form} statistics={statistics} byCode={byCode} agencyStatistics={agencyStatistics} />

          <Group justify="space-between" mt="md">
            <div>
              {existing && (
                <Button variant="subtle" color="red" onClick={() => setConfirmDelete(true)}>
                  Xóa báo cáo
                </Button>
              )}
            </div>
            <FormButtons placement="end" submitLabel={existing ? 'Lưu thay đổi' : 'Ghi nhận'} onSubmit={save} loading={saving} onCancel={onClose} />
          </Group>
        </Stack>
      )}
    </>
  );
}
