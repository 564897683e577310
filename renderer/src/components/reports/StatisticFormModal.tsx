// "Nhập biểu mẫu đã điền…": the clerk chooses the filled statistics workbook; the app reads it and shows
// what it would record (agency, statistic, cell, new value beside the one recorded now) or every bad
// cell by sheet and address. "Ghi nhận số liệu" records it all in one step, and only when no cell is bad.
import { useState } from 'react';
import { Alert, Badge, Button, FileInput, Group, List, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import type { FormImportResult, FormPreview } from '../../../../shared/api/excel-contract';
import { formatNumberVi } from '../../../../shared/domain/target-format';
import { call } from '../../api/client';
import { DateField } from '../DateField';
import { ErrorAlert } from '../status';
import { useFormErrors } from '../form-errors';
import { toBase64 } from './files';

interface Props {
  opened: boolean;
  planId: number;
  /** Today (ISO): the arrival day offered for reports the import records new. */
  today: string;
  onClose: () => void;
  onImported: (result: FormImportResult) => void;
}

/** Workbooks larger than this are refused before reading (the backend says the same). */
const MAX_BYTES = 10 * 1024 * 1024;

export function StatisticFormModal({ opened, onClose, ...rest }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Nhập biểu mẫu số liệu đã điền" size="xl">
      {opened && <FormImportFlow onClose={onClose} {...rest} />}
    </Modal>
  );
}

/** Where a bad cell is, in the clerk's words: the sheet (the agency) and the cell address. */
function problemText(p: FormPreview['problems'][number]): string {
  if (!p.sheet) return p.message;
  return p.cell ? `Trang "${p.sheet}", ô ${p.cell}: ${p.message}` : `Trang "${p.sheet}": ${p.message}`;
}

function FormImportFlow({ planId, today, onClose, onImported }: Omit<Props, 'opened'>) {
  const [file, setFile] = useState<File | null>(null);
  const [contentBase64, setContentBase64] = useState<string | null>(null);
  const [preview, setPreview] = useState<FormPreview | null>(null);
  const [arrivalDate, setArrivalDate] = useState<string | null>(today);
  const [dateValid, setDateValid] = useState(true);
  const [busy, setBusy] = useState(false);
  const { errors, show, clear } = useFormErrors(['contentBase64', 'arrivalDate']);

  // Choosing a file reads it at once: the clerk sees the preview (or the bad cells) without another click.
  const choose = async (next: File | null) => {
    setFile(next);
    setPreview(null);
    setContentBase64(null);
    clear();
    if (!next) return;
    setBusy(true);
    try {
      if (next.size > MAX_BYTES) throw new Error(`Tệp "${next.name}" quá lớn: chỉ nhận biểu mẫu đến 10 MB.`);
      const base64 = toBase64(new Uint8Array(await next.arrayBuffer()));
      const p = await call('forms.preview', { planId, fileName: next.name, contentBase64: base64 });
      setContentBase64(base64);
      setPreview(p);
    } catch (err) {
      show(err);
    } finally {
      setBusy(false);
    }
  };

  const record = async () => {
    if (!file || !contentBase64) return;
    clear();
    setBusy(true);
    try {
      const result = await call('forms.import', {
        planId,
        fileName: file.name,
        contentBase64,
        ...(arrivalDate ? { arrivalDate } : {}),
      });
      onImported(result);
    } catch (err) {
      show(err);
    } finally {
      setBusy(false);
    }
  };

  const newReports = preview?.agencies.filter((a) => a.reportId === null).length ?? 0;
  const figureCount = preview?.agencies.reduce((n, a) => n + a.figures.length, 0) ?? 0;
  const canRecord = !!preview && preview.problems.length === 0 && figureCount > 0 && dateValid && !busy;

  return (
    <Stack>
      <Text size="sm">
        Chọn tệp biểu mẫu (.xlsx) các cơ quan, đơn vị đã điền. Ứng dụng đọc và cho xem trước số liệu sẽ ghi nhận; chưa lưu gì cho
        đến khi bấm "Ghi nhận số liệu".
      </Text>
      <FileInput
        label="Tệp biểu mẫu đã điền (.xlsx, đến 10 MB)"
        placeholder="Chọn tệp…"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        value={file}
        onChange={(f) => void choose(f)}
        clearable
        error={errors.fields.contentBase64}
      />
      {busy && !preview && <Text size="sm">Đang đọc biểu mẫu…</Text>}
      {errors.form && <ErrorAlert message={errors.form} />}
      {preview && preview.problems.length > 0 && (
        <Alert color="red" title={`Biểu mẫu có ${preview.problems.length} ô chưa đúng; chưa ghi nhận số liệu nào`}>
          <List size="sm">
            {preview.problems.map((p, i) => (
              <List.Item key={i}>{problemText(p)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {preview && preview.problems.length === 0 && (
        <>
          <Text size="sm">
            {preview.periodLabel}: {formatNumberVi(figureCount)} số liệu của {preview.agencies.length} cơ quan, đơn vị
            {newReports > 0 && (
              <>
                {' '}
                <Badge variant="light" color="blue">
                  {newReports} báo cáo đến mới
                </Badge>
              </>
            )}
          </Text>
          {newReports > 0 && (
            <DateField
              label="Ngày đến của báo cáo ghi nhận mới"
              description="Cơ quan, đơn vị chưa có báo cáo của kỳ: ghi nhận một báo cáo đến vào ngày này."
              value={arrivalDate}
              onChange={setArrivalDate}
              onValidityChange={setDateValid}
              error={errors.fields.arrivalDate}
              required
              maw={260}
            />
          )}
          <ScrollArea.Autosize mah={360}>
            <Table striped withTableBorder aria-label="Số liệu sẽ ghi nhận">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Cơ quan, đơn vị</Table.Th>
                  <Table.Th>Chỉ số</Table.Th>
                  <Table.Th>Ô</Table.Th>
                  <Table.Th ta="right">Số liệu mới</Table.Th>
                  <Table.Th ta="right">Đang ghi nhận</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.agencies.flatMap((a) =>
                  a.figures.map((f) => (
                    <Table.Tr key={`${a.sheet}-${f.cell}`}>
                      <Table.Td>{a.agency.shortName}</Table.Td>
                      <Table.Td>
                        {f.statisticCode}. {f.label}
                        {f.unit ? ` (${f.unit})` : ''}
                      </Table.Td>
                      <Table.Td>{f.cell}</Table.Td>
                      <Table.Td ta="right">{formatNumberVi(f.value)}</Table.Td>
                      <Table.Td ta="right">{f.previous === null ? '—' : formatNumberVi(f.previous)}</Table.Td>
                    </Table.Tr>
                  )),
                )}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </>
      )}
      <Group>
        <Button onClick={record} loading={busy && !!preview} disabled={!canRecord}>
          Ghi nhận số liệu
        </Button>
        <Button variant="default" onClick={onClose}>
          Hủy
        </Button>
      </Group>
    </Stack>
  );
}
