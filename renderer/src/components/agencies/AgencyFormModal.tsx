// Creating or editing an agency: names, abbreviation, kind, contact person, and whether it owes the
// plan's periodic reports. Messages from the server show under the input they are about. The form's
// values, rule and request are in agency-form.ts (@mantine/form); it is filled afresh at each opening.
import { useState } from 'react';
import { Checkbox, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { AgencyRow } from '../../../../shared/api/models';
import { AGENCY_KINDS } from '../../../../shared/domain/types';
import { AGENCY_KIND_LABELS } from '../../../../shared/domain/labels';
import { AGENCY_LEVELS, AGENCY_LEVEL_LABELS, type AgencyLevel } from '../../../../shared/domain/plan-setup';
import { call } from '../../api/client';
import { agencyVersion } from '../../../../shared/domain/edit-version';
import { ErrorAlert } from '../status';
import { showApiError } from '../form-rules';
import { agencyFields, initialAgencyValues, shownAgencyLevel, validateAgency, type AgencyFormValues } from './agency-form';
import { FormButtons } from '../FormButtons';

interface Props {
  opened: boolean;
  planId: number;
  /** The agency to edit; null to create one. */
  agency: AgencyRow | null;
  onClose: () => void;
  onSaved: (agency: AgencyRow) => void;
}

export function AgencyFormModal({ opened, planId, agency, onClose, onSaved }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={agency ? `Sửa thông tin: ${agency.shortName}` : 'Thêm cơ quan, đơn vị'} size="lg">
      {/* The modal's content is mounted at each opening: the form starts from the agency as it is then. */}
      <AgencyForm planId={planId} agency={agency} onClose={onClose} onSaved={onSaved} />
    </Modal>
  );
}

function AgencyForm({ planId, agency, onClose, onSaved }: Omit<Props, 'opened'>) {
  // The agency as the form was opened on: its version guards the save against one made in another window since.
  const [opening] = useState(agency);
  const form = useForm<AgencyFormValues>({ initialValues: initialAgencyValues(opening), validate: validateAgency });
  const [formError, setFormError] = useState<string | null>(null);
  const input = form.getInputProps;

  const save = async (v: AgencyFormValues) => {
    setFormError(null);
    const values = agencyFields({ ...v, kind: v.kind! });
    try {
      const saved = opening
        ? await call('agencies.update', { agencyId: opening.id, planId, version: agencyVersion(opening), ...values })
        : await call('agencies.create', { planId, ...values });
      onSaved(saved);
    } catch (err) {
      setFormError(showApiError(form, err));
    }
  };

  return (
    <Stack gap="sm">
      <TextInput label="Tên đầy đủ" required placeholder="ví dụ: Sở Nội vụ" {...input('name')} />
      <TextInput
        label="Tên ngắn"
        description="Tên dùng trong danh sách và bảng phân công; để trống thì lấy tên đầy đủ."
        {...input('shortName')}
      />
      <Group grow align="flex-start">
        <TextInput label="Tên viết tắt" required placeholder="ví dụ: SNV" {...input('abbreviation')} />
        <Select label="Loại" required data={AGENCY_KINDS.map((k) => ({ value: k, label: AGENCY_KIND_LABELS[k] }))} {...input('kind')} />
        <Select
          label="Cấp"
          description="Tên chỉ cần khác các cơ quan cùng tỉnh (cơ quan Trung ương: khác các cơ quan Trung ương)."
          allowDeselect={false}
          data={AGENCY_LEVELS.map((l) => ({ value: l, label: AGENCY_LEVEL_LABELS[l] }))}
          {...input('level')}
          value={shownAgencyLevel(form.values)}
          onChange={(l) => form.setFieldValue('level', l as AgencyLevel)}
        />
      </Group>
      <TextInput label="Người liên hệ (đầu mối)" {...input('contactPerson')} />
      <Group grow align="flex-start">
        <TextInput label="Số điện thoại" {...input('phone')} />
        <TextInput label="Thư điện tử" {...input('email')} />
      </Group>
      <Checkbox label="Phải gửi báo cáo định kỳ của kế hoạch này" {...input('reports', { type: 'checkbox' })} />
      {formError && <ErrorAlert message={formError} />}
      <FormButtons
        submitLabel={agency ? 'Lưu thay đổi' : 'Thêm cơ quan'}
        onSubmit={() => form.onSubmit(save)()}
        loading={form.submitting}
        onCancel={onClose}
      />
    </Stack>
  );
}
