// "Nhập biểu mẫu đã điền…": the statistics form an agency filled in comes back. The file is read at
// once (forms.preview): every bad cell is named and nothing can be recorded while one is listed;
// otherwise the figures are shown beside what is recorded now, with the arrival day of the reports
// the import records for agencies with none yet (@mantine/form). "Ghi nhận số liệu" records them
// (forms.import; when it can, and what it sends: statistic-form-import.ts).
import { FileInput, Modal, Stack, Table, Text } from '@mantine/core';
import type { FormImportResult } from '../../../../shared/api/excel-contract';
import { formatNumberVi } from '../../../../shared/domain/target-format';
import { useForm } from '@mantine/form';
import { call } from '../../api/client';
import { useExcelUpload } from '../../hooks/useExcelUpload';
import { DateField } from '../DateField';
import { ErrorAlert } from '../status';
import { CellProblemsAlert } from '../CellProblemsAlert';
import { fieldError, showApiError, typedDateProps, useTypedDates } from '../form-rules';
import { canRecordForm, formImportRequest, newReportsOf, type FormImportValues } from './statistic-form-import';
import { FormButtons } from '../FormButtons';

interface Props {
  opened: boolean;
  planId: number;
  /** Today (ISO): the arrival day offered for reports recorded with the import. */
  today: string;
  onClose: () => void;
  onImported: (result: FormImportResult) => void;
}

export function StatisticFormModal({ opened, onClose, ...rest }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Nhập biểu mẫu số liệu đã điền" size="xl">
      {opened && <FormFlow onClose={onClose} {...rest} />}
    </Modal>
  );
}

function FormFlow({ planId, today, onClose, onImported }: Omit<Props, 'opened'>) {
  const { file, upload, preview, busy, error, choose, submit } = useExcelUpload(
    (read) => call('forms.preview', { planId, ...read }),
    'biểu mẫu Excel',
  );
  const dates = useTypedDates();
  const form = useForm<FormImportValues>({ initialValues: { arrivalDate: today } });

  // A refusal naming the arrival day goes under it; any other is the flow's message.
  const record = () =>
    submit(async (read) => {
      try {
        onImported(await call('forms.import', formImportRequest(planId, read, form.getValues())));
      } catch (err) {
        const message = showApiError(form, err);
        if (message) throw new Error(message, { cause: err });
      }
    });

  const newReports = newReportsOf(preview);
  const canRecord = canRecordForm(preview, !!upload, form.values, dates.typed.arrivalDate ?? null);

  return (
    <Stack gap="md">
      <FileInput
        label="Biểu mẫu đã điền (.xlsx)"
        placeholder="Chọn tệp Excel…"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        value={file}
        onChange={(f) => void choose(f)}
        disabled={busy}
        clearable
      />
      {busy && !preview && <Text size="sm">Đang đọc biểu mẫu…</Text>}
      {error && <ErrorAlert message={error} />}
      {preview && preview.problems.length > 0 && (
        <CellProblemsAlert title="Biểu mẫu có ô chưa đúng: chưa ghi nhận số liệu nào" problems={preview.problems} />
      )}
      {preview && preview.problems.length === 0 && (
        <>
          <Text size="sm">
            Kỳ báo cáo: <b>{preview.periodLabel}</b>
          </Text>
          <Table withTableBorder verticalSpacing="xs" aria-label="Số liệu sẽ ghi nhận">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Cơ quan, đơn vị</Table.Th>
                <Table.Th>Chỉ số</Table.Th>
                <Table.Th w={60}>Ô</Table.Th>
                <Table.Th w={120} style={{ textAlign: 'right' }}>
                  Số liệu
                </Table.Th>
                <Table.Th w={120} style={{ textAlign: 'right' }}>
                  Đang ghi nhận
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.agencies.flatMap((a) =>
                a.figures.map((f) => (
                  <Table.Tr key={`${a.agency.id}|${f.statisticCode}`}>
                    <Table.Td className="cell-wrap">{a.agency.name}</Table.Td>
                    <Table.Td className="cell-wrap">
                      {f.statisticCode}. {f.label}
                      {f.note ? <Text size="xs" c="dimmed">{f.note}</Text> : null}
                    </Table.Td>
                    <Table.Td>{f.cell}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>
                      {formatNumberVi(f.value)} {f.unit}
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{f.previous === null ? '—' : formatNumberVi(f.previous)}</Table.Td>
                  </Table.Tr>
                )),
              )}
            </Table.Tbody>
          </Table>
          {newReports > 0 && (
            <>
              <Text size="sm">
                {newReports} cơ quan, đơn vị chưa có báo cáo của kỳ này: ghi nhận sẽ tạo {newReports} báo cáo đến mới.
              </Text>
              <DateField
                label="Ngày đến của báo cáo ghi nhận mới"
                {...typedDateProps(form, dates, 'arrivalDate')}
                error={fieldError(form, 'arrivalDate')}
                w={220}
              />
            </>
          )}
        </>
      )}
      <FormButtons
        placement="end"
        submitLabel="Ghi nhận số liệu"
        onSubmit={() => void record()}
        disabled={!canRecord}
        loading={busy && !!preview}
        onCancel={onClose}
        cancelDisabled={busy}
      />
    </Stack>
  );
}
