// Urging (đôn đốc): choose the agencies still missing, record the date and letter number, and see
// what the urging letter will say (the letter itself is made on the Văn bản screen).
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Checkbox, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { call, ApiCallError } from '../../api/client';
import { useApi } from '../../hooks/useApi';
import type { PeriodRegister, UrgingLetterData, UrgingRow } from '../../../../shared/api/models';
import { ConfirmDelete } from '../ConfirmDelete';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { DateField, useDateValue } from '../DateField';
import { ReportStatusBadge } from './ReportStatusBadge';
import { alreadyUrgedOn } from '../../../../shared/domain/urging-rules';
import { notifySuccess } from '../notify';

/** `preselected`: agencies ticked on opening (the screen was opened to urge them). */
export function UrgingPanel({ register, preselected = [] }: { register: PeriodRegister; preselected?: number[] }) {
  const { period, entries, today } = register;
  const missing = entries.filter((e) => e.status.state === 'missing');
  const [chosen, setChosen] = useState<number[]>(() => preselected.filter((id) => missing.some((e) => e.agency.id === id)));
  const urgedOn = useDateValue(today);
  const [letterNumber, setLetterNumber] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [letter, setLetter] = useState<UrgingLetterData | null>(null);
  const history = useApi('urging.list', { periodId: period.id });
  const [deleting, setDeleting] = useState<UrgingRow | null>(null);
  // Agencies already urged on the chosen day: recording them again waits for the clerk's yes.
  const [again, setAgain] = useState<{ name: string }[] | null>(null);

  useEffect(() => {
    setChosen((c) => c.filter((id) => missing.some((e) => e.agency.id === id)));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- prune the choice when the register reloads; missing is derived from it
  }, [register]);

  useEffect(() => {
    if (chosen.length === 0) return setLetter(null);
    let cancelled = false;
    call('urging.letterData', { periodId: period.id, agencyIds: chosen })
      .then((data) => !cancelled && setLetter(data))
      .catch(() => !cancelled && setLetter(null));
    return () => {
      cancelled = true;
    };
  }, [chosen, period.id]);

  const toggle = (id: number, on: boolean) => setChosen((l) => (on ? [...l, id] : l.filter((x) => x !== id)));
  const allChosen = missing.length > 0 && chosen.length === missing.length;

  async function record(confirmed = false) {
    const dateError = urgedOn.check(true);
    const found: Record<string, string> = {};
    if (dateError) found.urgedOn = dateError;
    if (chosen.length === 0) found.agencyIds = 'Chưa chọn đơn vị nào để đôn đốc.';
    setErrors(found);
    if (Object.keys(found).length) return;
    if (!confirmed) {
      const twice = alreadyUrgedOn(history.data ?? [], chosen, urgedOn.iso!);
      if (twice.length > 0) return setAgain(twice.map((a) => ({ name: a.shortName })));
    }
    setAgain(null);
    try {
      const u = await call('urging.record', {
        periodId: period.id,
        agencyIds: chosen,
        urgedOn: urgedOn.iso!,
        letterNumber: letterNumber.trim() || null,
      });
      notifySuccess(`Đã ghi nhận đôn đốc ${u.agencies.length} đơn vị ngày ${formatDateVi(u.urgedOn)}${u.letterNumber ? ` (công văn số ${u.letterNumber})` : ''}.`);
      setChosen([]);
      setLetterNumber('');
    } catch (err) {
      if (err instanceof ApiCallError && err.error.field) setErrors({ [err.error.field]: err.error.message });
      else setErrors({ form: err instanceof Error ? err.message : String(err) });
    }
  }

  return (
    <Stack>
      <Card withBorder>
        <Title order={5} mb="xs">
          Ghi nhận đã đôn đốc {chosen.length > 0 ? `${chosen.length} đơn vị đã chọn` : ''}
        </Title>
        {errors.form && <Alert color="red">{errors.form}</Alert>}
        {errors.agencyIds && (
          <Text c="red" size="sm" mb="xs" role="alert">
            {errors.agencyIds}
          </Text>
        )}
        <Group align="flex-start">
          <DateField label="Ngày đôn đốc" {...urgedOn.field} error={errors.urgedOn} w={170} />
          <TextInput
            label="Số công văn đôn đốc"
            placeholder="850/SLĐTBXH-PCTNXH"
            value={letterNumber}
            onChange={(e) => setLetterNumber(e.currentTarget.value)}
            error={errors.letterNumber}
            w={260}
          />
          <Button mt={25} onClick={() => record()} disabled={missing.length === 0}>
            Ghi nhận đôn đốc
          </Button>
        </Group>
        {letter && (
          <Stack gap={2} mt="sm" aria-label="Nội dung công văn đôn đốc">
            <Text size="sm" c="dimmed">
              Công văn đôn đốc (lập ở màn hình Văn bản) sẽ gửi:
            </Text>
            <Text size="sm">
              <b>Kính gửi:</b> {letter.agencies.map((a) => a.name).join('; ')}
            </Text>
            <Text size="sm">
              V/v đôn đốc gửi báo cáo kết quả thực hiện Kế hoạch {letter.periodLabel}; hạn đã quy định: {letter.dueText}.
            </Text>
          </Stack>
        )}
      </Card>

      {missing.length === 0 ? (
        <Alert color="green">Không có đơn vị nào chưa gửi báo cáo đã quá hạn.</Alert>
      ) : (
        <Table withTableBorder verticalSpacing={4} aria-label="Đơn vị chưa gửi báo cáo">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>
                <Checkbox
                  aria-label="Chọn tất cả đơn vị chưa gửi"
                  checked={allChosen}
                  indeterminate={chosen.length > 0 && !allChosen}
                  onChange={(e) => setChosen(e.currentTarget.checked ? missing.map((m) => m.agency.id) : [])}
                />
              </Table.Th>
              <Table.Th>Đơn vị chưa gửi</Table.Th>
              <Table.Th w={160}>Tình trạng</Table.Th>
              <Table.Th w={240}>Đã đôn đốc</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {missing.map((e) => (
              <Table.Tr key={e.expectedReportId}>
                <Table.Td>
                  <Checkbox
                    aria-label={`Chọn ${e.agency.shortName}`}
                    checked={chosen.includes(e.agency.id)}
                    onChange={(ev) => toggle(e.agency.id, ev.currentTarget.checked)}
                  />
                </Table.Td>
                <Table.Td>{e.agency.shortName}</Table.Td>
                <Table.Td>
                  <ReportStatusBadge status={e.status} />
                </Table.Td>
                <Table.Td>
                  {e.urgings.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      Chưa
                    </Text>
                  ) : (
                    <Text size="sm">
                      {e.urgings.length} lần, gần nhất {formatDateVi(e.urgings[0]!.urgedOn)}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}


      <Title order={5}>Các lần đôn đốc kỳ này</Title>
      {history.data && history.data.length === 0 && (
        <Text size="sm" c="dimmed">
          Chưa đôn đốc lần nào.
        </Text>
      )}
      {history.data && history.data.length > 0 && (
        <Table withTableBorder aria-label="Các lần đôn đốc">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={120}>Ngày</Table.Th>
              <Table.Th w={200}>Số công văn</Table.Th>
              <Table.Th>Đơn vị được đôn đốc</Table.Th>
              <Table.Th w={160}>Người ghi</Table.Th>
              <Table.Th w={70} className="no-print">
                Xóa
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.data.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>{formatDateVi(u.urgedOn)}</Table.Td>
                <Table.Td>{u.letterNumber ?? '—'}</Table.Td>
                <Table.Td className="cell-wrap">{u.agencies.map((a) => a.shortName).join('; ')}</Table.Td>
                <Table.Td>{u.createdBy}</Table.Td>
                <Table.Td className="no-print">
                  <Button size="compact-xs" variant="subtle" color="red" aria-label={`Xóa lần đôn đốc ngày ${formatDateVi(u.urgedOn)}`} onClick={() => setDeleting(u)}>
                    Xóa
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={again !== null} onClose={() => setAgain(null)} title="Đã đôn đốc trong ngày này" size="lg">
        {again && (
          <Stack>
            <Text size="sm">
              Ngày {formatDateVi(urgedOn.iso)} đã ghi nhận đôn đốc {again.length === chosen.length ? 'tất cả' : `${again.length} trong ${chosen.length}`} đơn vị
              đã chọn: {again.map((a) => a.name).join('; ')}.
            </Text>
            <Text size="sm">Ghi nhận thêm một lần đôn đốc nữa cho kỳ này?</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAgain(null)}>
                Không ghi nhận
              </Button>
              <Button onClick={() => record(true)}>Vẫn ghi nhận</Button>
            </Group>
          </Stack>
        )}
      </Modal>
      <ConfirmDelete
        opened={deleting !== null}
        title="Xóa lần đôn đốc?"
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          await call('urging.delete', { urgingId: deleting!.id });
          setDeleting(null);
        }}
      >
        {deleting && (
          <Text size="sm">
            Đôn đốc ngày {formatDateVi(deleting.urgedOn)}
            {deleting.letterNumber ? `, công văn số ${deleting.letterNumber}` : ''}: {deleting.agencies.map((a) => a.shortName).join('; ')}.
          </Text>
        )}
      </ConfirmDelete>
    </Stack>
  );
}
