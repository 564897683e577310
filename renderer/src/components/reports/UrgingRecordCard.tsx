// "Ghi nhận đã đôn đốc": the day and the letter number of an urging of the agencies ticked below
// (@mantine/form), what the urging letter will say, and a question first when one of them was
// already urged that day.
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { call, ApiCallError } from '../../api/client';
import type { ReportingPeriodRow, UrgingLetterData, UrgingRow } from '../../../../shared/api/models';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { alreadyUrgedOn } from '../../../../shared/domain/urging-rules';
import { DateField } from '../DateField';
import { useTypedDates } from '../form-rules';
import { notifySuccess } from '../notify';
import { FormButtons } from '../FormButtons';

interface Props {
  period: ReportingPeriodRow;
  today: string;
  /** The agencies ticked in the list of those missing. */
  chosen: number[];
  /** Unticks them all once the urging is recorded. */
  onRecorded: () => void;
  /** No agency is missing: nothing to urge. */
  nothingMissing: boolean;
  /** The period's urgings so far (to ask before urging an agency twice the same day). */
  history: UrgingRow[];
}

interface UrgingValues {
  urgedOn: string | null;
  letterNumber: string;
}

const asText = (error: unknown) => (typeof error === 'string' ? error : null);

export function UrgingRecordCard({ period, today, chosen, onRecorded, nothingMissing, history }: Props) {
  const dates = useTypedDates();
  const form = useForm<UrgingValues>({
    initialValues: { urgedOn: today, letterNumber: '' },
    validate: (values) => ({
      urgedOn: dates.check('urgedOn', values.urgedOn, true),
      agencyIds: chosen.length === 0 ? 'Chưa chọn đơn vị nào để đôn đốc.' : null,
    }),
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [letter, setLetter] = useState<UrgingLetterData | null>(null);
  // Agencies already urged on the chosen day: recording them again waits for the clerk's yes.
  const [again, setAgain] = useState<{ name: string }[] | null>(null);

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

  async function record(confirmed = false) {
    setFormError(null);
    if (form.validate().hasErrors) return;
    const urgedOn = form.values.urgedOn!;
    if (!confirmed) {
      const twice = alreadyUrgedOn(history, chosen, urgedOn);
      if (twice.length > 0) return setAgain(twice.map((a) => ({ name: a.shortName })));
    }
    setAgain(null);
    try {
      const u = await call('urging.record', {
        periodId: period.id,
        agencyIds: chosen,
        urgedOn,
        letterNumber: form.values.letterNumber.trim() || null,
      });
      notifySuccess(`Đã ghi nhận đôn đốc ${u.agencies.length} đơn vị ngày ${formatDateVi(u.urgedOn)}${u.letterNumber ? ` (công văn số ${u.letterNumber})` : ''}.`);
      onRecorded();
      form.setFieldValue('letterNumber', '');
    } catch (err) {
      if (err instanceof ApiCallError && err.error.field) form.setErrors({ [err.error.field]: err.error.message });
      else setFormError(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <Card withBorder>
      <Title order={5} mb="xs">
        Ghi nhận đã đôn đốc {chosen.length > 0 ? `${chosen.length} đơn vị đã chọn` : ''}
      </Title>
      {formError && <Alert color="red">{formError}</Alert>}
      {form.errors.agencyIds && (
        <Text c="red" size="sm" mb="xs" role="alert">
          {form.errors.agencyIds}
        </Text>
      )}
      <Group align="flex-start">
        <DateField
          label="Ngày đôn đốc"
          value={form.values.urgedOn}
          onChange={(v) => form.setFieldValue('urgedOn', v)}
          {...dates.watch('urgedOn')}
          error={asText(form.errors.urgedOn)}
          w={170}
        />
        <TextInput label="Số công văn đôn đốc" placeholder="850/SLĐTBXH-PCTNXH" {...form.getInputProps('letterNumber')} w={260} />
        <Button mt={25} onClick={() => record()} disabled={nothingMissing}>
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
      <Modal opened={again !== null} onClose={() => setAgain(null)} title="Đã đôn đốc trong ngày này" size="lg">
        {again && (
          <Stack>
            <Text size="sm">
              Ngày {formatDateVi(form.values.urgedOn)} đã ghi nhận đôn đốc {again.length === chosen.length ? 'tất cả' : `${again.length} trong ${chosen.length}`} đơn vị
              đã chọn: {again.map((a) => a.name).join('; ')}.
            </Text>
            <Text size="sm">Ghi nhận thêm một lần đôn đốc nữa cho kỳ này?</Text>
            <FormButtons
              placement="end"
              submitLabel="Vẫn ghi nhận"
              onSubmit={() => record(true)}
              cancelLabel="Không ghi nhận"
              onCancel={() => setAgain(null)}
            />
          </Stack>
        )}
      </Modal>
    </Card>
  );
}
