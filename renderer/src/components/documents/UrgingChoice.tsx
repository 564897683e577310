// "Công văn đôn đốc": the period chased, the new deadline, and the agencies still missing or not yet
// due, each with how late it is; everyone missing is ticked when a period is opened.
import { useEffect, useMemo, useRef } from 'react';
import { Alert, Button, Checkbox, Group, Select, SimpleGrid } from '@mantine/core';
import { useApi } from '../../hooks/useApi';
import { DateField } from '../DateField';
import { typedDateProps, type TypedDates } from '../form-rules';
import type { RegisterEntry, ReportingPeriodRow } from '../../../../shared/api/models';
import { periodOptions, type DocumentForm } from './document-form';

function outstandingText(e: RegisterEntry): string {
  if (e.status.state === 'missing') return `quá hạn ${e.status.daysOverdue} ngày`;
  if (e.status.state === 'pending') return 'chưa đến hạn';
  return '';
}

/**
 * The register of the period chased, and the agencies a letter can go to. Everyone still missing is
 * chosen when a period is opened; a reload of the same period (after the urging is recorded, or when
 * coming back to this document) keeps the clerk's own choice.
 */
export function useUrgingRegister(form: DocumentForm) {
  const { kind, urgingPeriodId } = form.values;
  const register = useApi('reporting.register', kind === 'urging' && urgingPeriodId ? { periodId: Number(urgingPeriodId) } : null);
  const outstanding = useMemo(
    () => (register.data?.entries ?? []).filter((e) => e.status.state === 'missing' || e.status.state === 'pending'),
    [register.data],
  );
  const selectionFor = useRef<number | null>(null);
  const { setFieldValue } = form;
  useEffect(() => {
    if (!register.data || selectionFor.current === register.data.period.id) return;
    selectionFor.current = register.data.period.id;
    setFieldValue(
      'agencyIds',
      register.data.entries.filter((e) => e.status.state === 'missing').map((e) => e.agency.id),
    );
  }, [register.data, setFieldValue]);
  return { loaded: !!register.data, outstanding };
}

export type UrgingRegister = ReturnType<typeof useUrgingRegister>;

export function UrgingChoice({
  form,
  dates,
  periods,
  register,
}: {
  form: DocumentForm;
  dates: TypedDates;
  periods: ReportingPeriodRow[];
  register: UrgingRegister;
}) {
  const { outstanding } = register;
  const chosen = form.values.agencyIds;
  return (
    <>
      <Group align="flex-start">
        <Select label="Kỳ báo cáo" w={360} allowDeselect={false} data={periodOptions(periods)} {...form.getInputProps('urgingPeriodId')} />
        <DateField label="Hạn gửi mới" description="Để trống: đề nghị gửi sớm nhất" {...typedDateProps(form, dates, 'newDeadline')} w={220} />
      </Group>
      {register.loaded && outstanding.length === 0 && (
        <Alert color="green">Tất cả cơ quan, đơn vị đã gửi báo cáo kỳ này: không cần đôn đốc.</Alert>
      )}
      {outstanding.length > 0 && (
        <>
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => form.setFieldValue('agencyIds', outstanding.map((e) => e.agency.id))}>
              Chọn tất cả
            </Button>
            <Button size="xs" variant="default" onClick={() => form.setFieldValue('agencyIds', [])}>
              Bỏ chọn tất cả
            </Button>
            <Checkbox
              ml="md"
              label="Ghi nhận đôn đốc vào sổ theo dõi báo cáo sau khi lưu"
              {...form.getInputProps('recordUrging', { type: 'checkbox' })}
            />
          </Group>
          <Checkbox.Group
            label={`Gửi đến các cơ quan, đơn vị chưa gửi báo cáo (đã chọn ${chosen.length})`}
            value={chosen.map(String)}
            onChange={(v) => form.setFieldValue('agencyIds', v.map(Number))}
          >
            <SimpleGrid cols={2} mt="xs" spacing={4}>
              {outstanding.map((e) => (
                <Checkbox key={e.agency.id} value={String(e.agency.id)} label={`${e.agency.shortName} (${outstandingText(e)})`} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </>
      )}
    </>
  );
}
