// Recording a received report, or opening one to change or delete it: arrival date, the sender's
// number and date, channel, "cần bổ sung", notes, figures and attached files.
import { useMemo, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  FileInput,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { call, ApiCallError } from '../../api/client';
import type { ReceivedReportRow, RegisterEntry, ReportingPeriodRow, StatisticRow } from '../../../../shared/api/models';
import { REPORT_CHANNELS, type ReportChannel } from '../../../../shared/domain/types';
import { REPORT_CHANNEL_LABELS } from '../../../../shared/domain/labels';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { reportTimeliness } from '../../../../shared/domain/report-status';
import { figureProblem, parseFigureVi } from '../../../../shared/domain/statistics';
import { ACCEPTED_EXTENSIONS, formatFileSize } from '../../../../shared/domain/attachments';
import { formatNumberVi } from '../../../../shared/domain/target-format';
import { reportVersion } from '../../../../shared/domain/edit-version';
import { DateField, useDateValue } from '../DateField';
import { viOptionsFilter } from '../vi-filter';
import { readUploads } from './files';
import { downloadFile } from '../../api/host';

interface FigureLine {
  key: number;
  code: string | null;
  text: string;
}

interface Props {
  period: ReportingPeriodRow;
  entry: RegisterEntry;
  statistics: StatisticRow[];
  /** The statistics the plan asks of this agency, offered first. */
  agencyStatistics: string[];
  today: string;
  onClose: () => void;
}

let lineKey = 1;

export function ReportFormModal({ period, entry, statistics, agencyStatistics, today, onClose }: Props) {
  const existing = entry.report;
  const arrival = useDateValue(existing?.arrivalDate ?? today);
  const [docNumber, setDocNumber] = useState(existing?.docNumber ?? '');
  const docDate = useDateValue(existing?.docDate ?? null);
  const [channel, setChannel] = useState<ReportChannel>(existing?.channel ?? 'paper');
  const [needsSupplement, setNeedsSupplement] = useState(existing?.needsSupplement ?? false);
  const [notes, setNotes] = useState(existing?.notes ?? '');
  const [figures, setFigures] = useState<FigureLine[]>(
    (existing?.figures ?? []).map((f) => ({ key: lineKey++, code: f.statisticCode, text: formatNumberVi(f.value) })),
  );
  const [files, setFiles] = useState<File[]>([]);
  const [attachments, setAttachments] = useState(existing?.attachments ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState<number | null>(null);

  const byCode = useMemo(() => new Map(statistics.map((s) => [s.code, s])), [statistics]);
  const options = useMemo(() => {
    const groups = new Map<string, { value: string; label: string }[]>();
    const first = statistics.filter((s) => agencyStatistics.includes(s.code));
    if (first.length) groups.set('Chỉ số đơn vị phải báo cáo', first.map((s) => ({ value: s.code, label: `${s.code}. ${s.label}` })));
    for (const s of statistics) {
      if (agencyStatistics.includes(s.code)) continue;
      const list = groups.get(s.group) ?? [];
      list.push({ value: s.code, label: `${s.code}. ${s.label}` });
      groups.set(s.group, list);
    }
    return [...groups.entries()].map(([group, items]) => ({ group, items }));
  }, [statistics, agencyStatistics]);

  const timeliness = arrival.iso && !arrival.typedError ? reportTimeliness(arrival.iso, period) : null;

  /** A field the clerk changes loses its old message. */
  const clear = (...fields: string[]) =>
    setErrors((e) => (fields.some((f) => f in e) ? Object.fromEntries(Object.entries(e).filter(([k]) => !fields.includes(k))) : e));
  const setFigure = (key: number, change: Partial<FigureLine>) => {
    const i = figures.findIndex((f) => f.key === key);
    clear(`figures.${i}.value`, `figures.${i}.statisticCode`);
    setFigures((list) => list.map((f) => (f.key === key ? { ...f, ...change } : f)));
  };
  const addTargetFigures = () =>
    setFigures((list) => [
      ...list,
      ...agencyStatistics.filter((c) => !list.some((f) => f.code === c)).map((code) => ({ key: lineKey++, code, text: '' })),
    ]);

  async function save() {
    const found: Record<string, string> = {};
    const arrivalError = arrival.check(true);
    if (arrivalError) found.arrivalDate = arrivalError;
    const docDateError = docDate.check(false);
    if (docDateError) found.docDate = docDateError;
    const seen = new Set<string>();
    const values: { statisticCode: string; value: number }[] = [];
    figures.forEach((f, i) => {
      if (!f.code) {
        if (f.text.trim()) found[`figures.${i}.statisticCode`] = 'Chưa chọn chỉ số.';
        return;
      }
      if (f.text.trim() === '') return; // a line left empty (e.g. offered for a target) gives no figure
      const stat = byCode.get(f.code)!;
      if (seen.has(f.code)) {
        found[`figures.${i}.statisticCode`] = 'Chỉ số này đã có ở dòng trên.';
        return;
      }
      seen.add(f.code);
      const value = parseFigureVi(f.text);
      const problem = figureProblem(value, stat.unit);
      if (problem) found[`figures.${i}.value`] = `Số liệu ${problem}.`;
      else values.push({ statisticCode: f.code, value });
    });
    const read = await readUploads(files);
    if (read.error) found.attachments = read.error;
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;

    const fields = {
      arrivalDate: arrival.iso!,
      docNumber: docNumber.trim() || null,
      docDate: docDate.iso,
      channel,
      needsSupplement,
      notes: notes.trim() || null,
      figures: values,
    };
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

  function showError(err: unknown) {
    if (err instanceof ApiCallError && err.error.field) {
      const field = err.error.field.replace(/^addAttachments/, 'attachments').replace(/^(attachments)\.\d+$/, '$1');
      const known = ['arrivalDate', 'docDate', 'docNumber', 'channel', 'notes', 'attachments'].includes(field) || field.startsWith('figures.');
      if (known) {
        setErrors({ [field]: err.error.message });
        return;
      }
    }
    setFormError(err instanceof Error ? err.message : String(err));
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

  async function removeAttachment(attachmentId: number) {
    try {
      const report: ReceivedReportRow = await call('reports.removeAttachment', { attachmentId });
      setAttachments(report.attachments);
      setConfirmRemove(null);
    } catch (err) {
      showError(err);
    }
  }

  const title = existing ? `Báo cáo của ${entry.agency.shortName}` : `Ghi nhận báo cáo: ${entry.agency.shortName}`;

  return (
    <Modal opened onClose={onClose} title={title} size="xl" closeOnClickOutside={false}>
      {confirmDelete ? (
        <Stack>
          <Alert color="red" title="Xóa báo cáo này?">
            Báo cáo {period.label} của {entry.agency.shortName}
            {existing?.docNumber ? ` (số ${existing.docNumber})` : ''}, ngày đến {formatDateVi(existing?.arrivalDate)}, cùng các
            số liệu và {attachments.length} tệp đính kèm sẽ bị xóa. Đơn vị sẽ trở lại danh sách chưa gửi. Các tệp chỉ bị xóa
            khỏi thư mục dữ liệu sau khi báo cáo đã được xóa xong.
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmDelete(false)}>
              Không xóa
            </Button>
            <Button color="red" loading={saving} onClick={remove}>
              Xóa báo cáo
            </Button>
          </Group>
        </Stack>
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
              {...arrival.field}
              onChange={(v) => {
                arrival.setIso(v);
                clear('arrivalDate');
              }}
              error={errors.arrivalDate}
              description={
                timeliness ? (timeliness.onTime ? 'Đúng hạn' : `Chậm ${timeliness.daysLate} ngày so với hạn`) : 'Ngày văn thư nhận'
              }
            />
            <TextInput label="Số văn bản" placeholder="215/BC-UBND" value={docNumber} onChange={(e) => setDocNumber(e.currentTarget.value)} error={errors.docNumber} />
            <DateField
              label="Ngày văn bản"
              {...docDate.field}
              onChange={(v) => {
                docDate.setIso(v);
                clear('docDate');
              }}
              error={errors.docDate}
            />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <Select
              label="Hình thức gửi"
              allowDeselect={false}
              data={REPORT_CHANNELS.map((c) => ({ value: c, label: REPORT_CHANNEL_LABELS[c] }))}
              value={channel}
              onChange={(v) => v && setChannel(v as ReportChannel)}
              error={errors.channel}
            />
            <Checkbox
              mt={30}
              label="Cần bổ sung (đã đề nghị đơn vị gửi thêm)"
              checked={needsSupplement}
              onChange={(e) => setNeedsSupplement(e.currentTarget.checked)}
            />
          </SimpleGrid>
          <Textarea label="Ghi chú" autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={errors.notes} />

          <Title order={5} mt="xs">
            Tệp đính kèm
          </Title>
          {attachments.length > 0 && (
            <Stack gap={4}>
              {attachments.map((f) => (
                <Group key={f.id} gap="xs" wrap="nowrap">
                  <Text size="sm" style={{ flex: 1 }}>
                    {f.fileName} <Text span size="xs" c="dimmed">({formatFileSize(f.size)})</Text>
                  </Text>
                  <Button size="compact-sm" variant="light" onClick={() => download(f.id)}>
                    Tải về
                  </Button>
                  {confirmRemove === f.id ? (
                    <>
                      <Button size="compact-sm" color="red" onClick={() => removeAttachment(f.id)}>
                        Gỡ tệp này
                      </Button>
                      <Button size="compact-sm" variant="default" onClick={() => setConfirmRemove(null)}>
                        Không
                      </Button>
                    </>
                  ) : (
                    <Button size="compact-sm" variant="subtle" color="red" onClick={() => setConfirmRemove(f.id)}>
                      Gỡ
                    </Button>
                  )}
                </Group>
              ))}
            </Stack>
          )}
          <FileInput
            label={existing ? 'Thêm tệp' : 'Chọn tệp'}
            description="PDF, Word, Excel, ảnh scan (JPEG, PNG, TIFF); mỗi tệp tối đa 20 MB. Tệp được chép vào thư mục dữ liệu."
            placeholder="Chưa chọn tệp"
            multiple
            clearable
            accept={ACCEPTED_EXTENSIONS}
            value={files}
            onChange={(f) => {
              setFiles(f);
              clear('attachments');
            }}
            error={errors.attachments}
          />

          <Group justify="space-between" mt="xs">
            <Title order={5}>Số liệu báo cáo</Title>
            <Group gap="xs">
              {agencyStatistics.length > 0 && (
                <Button size="compact-sm" variant="light" onClick={addTargetFigures}>
                  Thêm các chỉ số đơn vị phải báo cáo
                </Button>
              )}
              <Button size="compact-sm" variant="light" onClick={() => setFigures((l) => [...l, { key: lineKey++, code: null, text: '' }])}>
                Thêm số liệu
              </Button>
            </Group>
          </Group>
          {figures.length === 0 ? (
            <Text size="sm" c="dimmed">
              Báo cáo chưa có số liệu nào được nhập.
            </Text>
          ) : (
            <Table aria-label="Số liệu báo cáo" verticalSpacing={4}>
              <Table.Tbody>
                {figures.map((f, i) => {
                  const stat = f.code ? byCode.get(f.code) : undefined;
                  return (
                    <Table.Tr key={f.key}>
                      <Table.Td>
                        <Select
                          aria-label={`Chỉ số dòng ${i + 1}`}
                          placeholder="Chọn chỉ số"
                          searchable
                          filter={viOptionsFilter}
                          data={options}
                          value={f.code}
                          onChange={(v) => setFigure(f.key, { code: v })}
                          error={errors[`figures.${i}.statisticCode`]}
                          maxDropdownHeight={260}
                        />
                        {stat && (
                          <Text size="xs" c="dimmed" mt={2}>
                            {stat.kind === 'flow' ? 'Số phát sinh trong kỳ' : 'Số có tại ngày chốt số liệu'}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td w={200}>
                        <TextInput
                          aria-label={stat ? `Giá trị ${stat.code}` : `Giá trị dòng ${i + 1}`}
                          value={f.text}
                          onChange={(e) => setFigure(f.key, { text: e.currentTarget.value })}
                          rightSection={stat ? <Text size="xs" c="dimmed">{stat.unit}</Text> : null}
                          rightSectionWidth={stat ? Math.max(40, stat.unit.length * 8) : undefined}
                          error={errors[`figures.${i}.value`]}
                        />
                      </Table.Td>
                      <Table.Td w={40}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Bỏ dòng ${i + 1}`}
                          onClick={() => setFigures((l) => l.filter((x) => x.key !== f.key))}
                        >
                          ✕
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}

          <Group justify="space-between" mt="md">
            <div>
              {existing && (
                <Button variant="subtle" color="red" onClick={() => setConfirmDelete(true)}>
                  Xóa báo cáo
                </Button>
              )}
            </div>
            <Group>
              <Button variant="default" onClick={onClose}>
                Hủy
              </Button>
              <Button loading={saving} onClick={save}>
                {existing ? 'Lưu thay đổi' : 'Ghi nhận'}
              </Button>
            </Group>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
