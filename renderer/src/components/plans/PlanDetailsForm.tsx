// The plan's own details in "Thông tin kế hoạch": title, province, years, issuing body and its
// heading lines, symbol, place, standing body, căn cứ, the parent programme, the signer and the
// recipients. Mounted once per opening of the modal, filled from the plan as read for it.
import { useState } from 'react';
import { Group, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { PlanDetail } from '../../../../shared/api/models';
import { SIGNING_AUTHORITIES } from '../../../../shared/domain/plan-setup';
import { call } from '../../api/client';
import { useApi } from '../../hooks/useApi';
import { showApiError } from '../form-rules';
import { notifySuccess } from '../notify';
import { ErrorAlert } from '../status';
import { PlanIssuerField, PlanSymbolField, PlanTitleField, PlanYearField } from './PlanFields';
import { detailsValuesOf, planUpdateOf, type PlanDetailsValues } from './plan-details-values';
import { FormButtons } from '../FormButtons';

interface Props {
  /** The plan as read for this opening of the modal. */
  plan: PlanDetail;
  onClose: () => void;
  onSaved: (plan: PlanDetail) => void;
}

export function PlanDetailsForm({ plan, onClose, onSaved }: Props) {
  const agencies = useApi('agencies.list', { planId: plan.id });
  const form = useForm<PlanDetailsValues>({ initialValues: detailsValuesOf(plan) });
  const [formError, setFormError] = useState<string | null>(null);
  const input = form.getInputProps;
  const authority = form.values.authority;

  const save = async (v: PlanDetailsValues) => {
    setFormError(null);
    try {
      const saved = await call('plans.update', planUpdateOf(plan.id, v));
      notifySuccess('Đã lưu thông tin kế hoạch.');
      onSaved(saved);
    } catch (err) {
      setFormError(showApiError(form, err, { signerAuthority: 'authority' }));
    }
  };

  return (
    <Stack gap="sm">
      <PlanTitleField {...input('title')} />
      <Group grow align="flex-start">
        <TextInput
          label="Tỉnh, thành phố"
          description="Cơ quan, đơn vị của kế hoạch thuộc tỉnh này; chỉ đổi được khi kế hoạch chưa có cơ quan nào của tỉnh."
          {...input('province')}
        />
        <PlanYearField label="Từ năm" {...input('yearFrom')} />
        <PlanYearField label="Đến năm" {...input('yearTo')} />
      </Group>
      <PlanIssuerField {...input('issuer')} />
      <Group grow align="flex-start">
        <TextInput label="Cơ quan chủ quản (dòng trên)" placeholder="ví dụ: UBND TỈNH NINH BÌNH" {...input('parentBodyLine')} />
        <Textarea
          label="Tên cơ quan ban hành (dòng in hoa)"
          description="Mỗi dòng một dòng in; để trống thì lấy từ tên cơ quan ban hành."
          autosize
          minRows={1}
          placeholder="ví dụ: BAN CHỈ ĐẠO 138"
          {...input('issuingBodyLines')}
        />
      </Group>
      <Group grow align="flex-start">
        <PlanSymbolField {...input('symbol')} />
        <TextInput label="Địa danh" required {...input('placeName')} />
        <Select
          label="Cơ quan thường trực"
          placeholder="Chọn trong các cơ quan của kế hoạch"
          clearable
          data={(agencies.data ?? []).map((a) => ({ value: String(a.id), label: a.shortName }))}
          {...input('standingAgencyId')}
        />
      </Group>
      <Textarea label="Căn cứ" description="Mỗi dòng một căn cứ." autosize minRows={2} {...input('legalBases')} />
      <Textarea label="Chương trình, kế hoạch cấp trên được thực hiện" autosize minRows={1} {...input('parentProgramme')} />
      <Group grow align="flex-start">
        <Select
          label="Thẩm quyền ký"
          allowDeselect={false}
          data={SIGNING_AUTHORITIES.map((a) => ({ value: a, label: a || 'Ký trực tiếp' }))}
          {...input('authority')}
          onChange={(x) => form.setFieldValue('authority', x ?? '')}
        />
        <TextInput
          label={authority ? `${authority} (thay mặt, ký thay cho)` : 'Chức danh ký'}
          placeholder={authority === 'TM.' ? 'ví dụ: BAN CHỈ ĐẠO' : 'ví dụ: TRƯỞNG BAN'}
          {...input('authorityOf')}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput label="Chức vụ người ký" {...input('signerPosition')} />
        <TextInput label="Họ tên người ký" {...input('signerName')} />
      </Group>
      <Textarea label="Nơi nhận" description="Mỗi dòng một nơi nhận." autosize minRows={2} maxRows={8} {...input('recipients')} />
      {formError && <ErrorAlert message={formError} />}
      <FormButtons submitLabel="Lưu thông tin" onSubmit={() => form.onSubmit(save)()} loading={form.submitting} cancelLabel="Đóng" onCancel={onClose} />
    </Stack>
  );
}
