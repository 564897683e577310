// Creating or editing an agency: names, abbreviation, kind, contact person, and whether it owes the
// plan's periodic reports. Messages from the server show under the input they are about.
import { useEffect, useState } from 'react';
import { Button, Checkbox, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import type { AgencyRow } from '../../../../shared/api/models';
import { AGENCY_KINDS, type AgencyKind } from '../../../../shared/domain/types';
import { AGENCY_KIND_LABELS } from '../../../../shared/domain/labels';
import { AGENCY_LEVELS, AGENCY_LEVEL_LABELS, defaultAgencyLevel, type AgencyLevel } from '../../../../shared/domain/plan-setup';
import { call } from '../../api/client';
import { agencyVersion } from '../../../../shared/domain/edit-version';
import { ErrorAlert } from '../status';
import { useFormErrors } from '../form-errors';

const FIELDS = ['name', 'shortName', 'abbreviation', 'kind', 'level', 'contactPerson', 'phone', 'email', 'reports'] as const;

interface Values {
  name: string;
  shortName: string;
  abbreviation: string;
  kind: AgencyKind | null;
  /** null: from the kind (huyện for a district People's Committee, else tỉnh). */
  level: AgencyLevel | null;
  contactPerson: string;
  phone: string;
  email: string;
  reports: boolean;
}

const EMPTY: Values = { name: '', shortName: '', abbreviation: '', kind: null, level: null, contactPerson: '', phone: '', email: '', reports: true };

interface Props {
  opened: boolean;
  planId: number;
  /** The agency to edit; null to create one. */
  agency: AgencyRow | null;
  onClose: () => void;
  onSaved: (agency: AgencyRow) => void;
}

export function AgencyFormModal({ opened, planId, agency, onClose, onSaved }: Props) {
  const [v, setV] = useState<Values>(EMPTY);
  const [saving, setSaving] = useState(false);
  const { errors, show, clear, setField, edited } = useFormErrors(FIELDS);
  const set = (changes: Partial<Values>) => {
    edited(Object.keys(changes));
    setV((old) => ({ ...old, ...changes }));
  };

  useEffect(() => {
    if (!opened) return;
    clear();
    setV(
      agency
        ? {
            name: agency.name,
            shortName: agency.shortName,
            abbreviation: agency.abbreviation,
            kind: agency.kind,
            level: agency.level,
            contactPerson: agency.contactPerson ?? '',
            phone: agency.phone ?? '',
            email: agency.email ?? '',
            reports: agency.reports,
          }
        : EMPTY,
    );
  }, [opened, agency, clear]);

  const save = async () => {
    clear();
    if (!v.kind) {
      setField('kind', 'Chưa chọn loại cơ quan.');
      return;
    }
    setSaving(true);
    const values = {
      name: v.name,
      shortName: v.shortName.trim() || v.name,
      abbreviation: v.abbreviation,
      kind: v.kind,
      level: v.level ?? defaultAgencyLevel(v.kind),
      contactPerson: v.contactPerson,
      phone: v.phone,
      email: v.email.trim(),
      reports: v.reports,
    };
    try {
      const saved = agency
        ? // With the version the form was opened on: a save in another window since is not overwritten.
          await call('agencies.update', { agencyId: agency.id, planId, version: agencyVersion(agency), ...values })
        : await call('agencies.create', { planId, ...values });
      onSaved(saved);
    } catch (err) {
      show(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={agency ? `Sửa thông tin: ${agency.shortName}` : 'Thêm cơ quan, đơn vị'} size="lg">
      <Stack gap="sm">
        <TextInput
          label="Tên đầy đủ"
          required
          placeholder="ví dụ: Sở Nội vụ"
          value={v.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
          error={errors.fields.name}
        />
        <TextInput
          label="Tên ngắn"
          description="Tên dùng trong danh sách và bảng phân công; để trống thì lấy tên đầy đủ."
          value={v.shortName}
          onChange={(e) => set({ shortName: e.currentTarget.value })}
          error={errors.fields.shortName}
        />
        <Group grow align="flex-start">
          <TextInput
            label="Tên viết tắt"
            required
            placeholder="ví dụ: SNV"
            value={v.abbreviation}
            onChange={(e) => set({ abbreviation: e.currentTarget.value })}
            error={errors.fields.abbreviation}
          />
          <Select
            label="Loại"
            required
            data={AGENCY_KINDS.map((k) => ({ value: k, label: AGENCY_KIND_LABELS[k] }))}
            value={v.kind}
            onChange={(k) => set({ kind: k as AgencyKind | null })}
            error={errors.fields.kind}
          />
          <Select
            label="Cấp"
            description="Tên chỉ cần khác các cơ quan cùng tỉnh (cơ quan Trung ương: khác các cơ quan Trung ương)."
            allowDeselect={false}
            data={AGENCY_LEVELS.map((l) => ({ value: l, label: AGENCY_LEVEL_LABELS[l] }))}
            value={v.level ?? (v.kind ? defaultAgencyLevel(v.kind) : 'province')}
            onChange={(l) => set({ level: l as AgencyLevel })}
            error={errors.fields.level}
          />
        </Group>
        <TextInput
          label="Người liên hệ (đầu mối)"
          value={v.contactPerson}
          onChange={(e) => set({ contactPerson: e.currentTarget.value })}
          error={errors.fields.contactPerson}
        />
        <Group grow align="flex-start">
          <TextInput label="Số điện thoại" value={v.phone} onChange={(e) => set({ phone: e.currentTarget.value })} error={errors.fields.phone} />
          <TextInput label="Thư điện tử" value={v.email} onChange={(e) => set({ email: e.currentTarget.value })} error={errors.fields.email} />
        </Group>
        <Checkbox
          label="Phải gửi báo cáo định kỳ của kế hoạch này"
          checked={v.reports}
          onChange={(e) => set({ reports: e.currentTarget.checked })}
        />
        {errors.form && <ErrorAlert message={errors.form} />}
        <Group>
          <Button onClick={save} loading={saving}>
            {agency ? 'Lưu thay đổi' : 'Thêm cơ quan'}
          </Button>
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
