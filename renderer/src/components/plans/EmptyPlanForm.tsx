// "Kế hoạch trống": the new plan's title, year, symbol, province and issuing body, and the plan whose
// agencies it starts with (none when it is for another province).
import { useEffect, useState } from 'react';
import { Autocomplete, Group, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { PlanSummary } from '../../../../shared/api/models';
import { localityKey } from '../../../../shared/domain/plan-setup';
import { call } from '../../api/client';
import { useApi } from '../../hooks/useApi';
import { showApiError } from '../form-rules';
import { ErrorAlert } from '../status';
import { PlanIssuerField, planOptions, PlanSymbolField, PlanTitleField, PlanYearField } from './PlanFields';
import { FormButtons } from '../FormButtons';

interface Props {
  plans: PlanSummary[];
  planId: number;
  onClose: () => void;
  onCreated: (planId: number) => void;
}

interface EmptyPlanValues {
  title: string;
  year: number | string;
  symbol: string;
  issuer: string;
  placeName: string;
  agenciesFromPlanId: string | null;
}

export function EmptyPlanForm({ plans, planId, onCreated, onClose }: Props) {
  const current = plans.find((p) => p.id === planId);
  const localities = useApi('localities.list', {});
  const [formError, setFormError] = useState<string | null>(null);
  const [currentLocality, setCurrentLocality] = useState<string | null>(null);
  const form = useForm<EmptyPlanValues>({
    initialValues: {
      title: '',
      year: (current?.year ?? new Date().getFullYear()) + 1,
      symbol: current?.symbol ?? 'KH',
      issuer: current?.issuer ?? '',
      placeName: '',
      agenciesFromPlanId: String(planId),
    },
    validate: { year: (v) => (typeof v === 'number' ? null : 'Chưa nhập năm.') },
  });
  const { setFieldValue } = form;

  useEffect(() => {
    // The place and the standing agency of the current plan are a good start.
    call('plans.get', { planId })
      .then((p) => {
        setFieldValue('placeName', (old) => old || (p.locality?.name ?? p.placeName));
        setCurrentLocality(p.locality?.name ?? null);
      })
      .catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the form's setter changes identity each render; the start is read once per plan
  }, [planId]);
  // Another province: its plan starts with no agencies (none of the current plan's province fit).
  const placeName = form.values.placeName;
  useEffect(() => {
    if (currentLocality && placeName.trim() && localityKey(placeName) !== localityKey(currentLocality)) setFieldValue('agenciesFromPlanId', null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- follows the typed province, not the form's setter's identity
  }, [placeName, currentLocality]);

  const save = async (v: EmptyPlanValues) => {
    setFormError(null);
    try {
      // The source plan's standing agency only when the new plan is for the same province.
      let standingAgencyId: number | null = null;
      if (v.agenciesFromPlanId) {
        const source = await call('plans.get', { planId: Number(v.agenciesFromPlanId) });
        if (source.locality && localityKey(source.locality.name) === localityKey(v.placeName)) standingAgencyId = source.standingAgency?.id ?? null;
      }
      const plan = await call('plans.create', {
        title: v.title,
        year: Number(v.year),
        symbol: v.symbol,
        issuer: v.issuer,
        placeName: v.placeName,
        agenciesFromPlanId: v.agenciesFromPlanId ? Number(v.agenciesFromPlanId) : null,
        standingAgencyId,
      });
      onCreated(plan.id);
    } catch (err) {
      setFormError(showApiError(form, err));
    }
  };

  return (
    <Stack gap="sm">
      <PlanTitleField placeholder="ví dụ: Phòng, chống mại dâm trên địa bàn tỉnh năm 2023" {...form.getInputProps('title')} />
      <Group grow align="flex-start">
        <PlanYearField required {...form.getInputProps('year')} />
        <PlanSymbolField {...form.getInputProps('symbol')} />
        <Autocomplete
          label="Tỉnh, thành phố"
          description="Tỉnh mới: kế hoạch bắt đầu chưa có cơ quan nào."
          required
          data={(localities.data ?? []).map((l) => l.name)}
          {...form.getInputProps('placeName')}
        />
      </Group>
      <PlanIssuerField {...form.getInputProps('issuer')} />
      <Select
        label="Lấy danh sách cơ quan, đơn vị từ kế hoạch"
        description="Chỉ lấy các cơ quan cùng tỉnh và cơ quan Trung ương. Để trống nếu muốn tự thêm từng cơ quan."
        clearable
        data={planOptions(plans)}
        {...form.getInputProps('agenciesFromPlanId')}
      />
      {formError && <ErrorAlert message={formError} />}
      <FormButtons submitLabel="Tạo kế hoạch trống" onSubmit={() => form.onSubmit(save)()} loading={form.submitting} onCancel={onClose} />
    </Stack>
  );
}
