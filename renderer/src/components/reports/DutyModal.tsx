// Adding or changing a reporting duty: which report, due when (in the plan's own words, with the
// dates they give for the plan year shown beside), the data window, who must send it and to whom;
// or the secretariat's own report upward.
import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { viOptionsFilter } from '../vi-filter';
import { call, ApiCallError } from '../../api/client';
import type { AgencyRef, ReportingDutyRow } from '../../../../shared/api/models';
import { WINDOW_RULES, type PeriodType, type WindowRule } from '../../../../shared/domain/types';
import { PERIOD_TYPE_LABELS, WINDOW_RULE_LABELS } from '../../../../shared/domain/labels';
import { parseDueRule } from '../../../../shared/domain/due-rule';
import { periodsOfDuty } from '../../../../shared/domain/periods';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';

const KINDS: PeriodType[] = ['six_month', 'annual', 'quarter', 'month', 'nine_month'];
const EXAMPLES: Partial<Record<PeriodType, string>> = {
  six_month: 'trước ngày 15/6',
  annual: 'trước ngày 15/12',
  quarter: 'trước ngày 20 tháng cuối quý',
  month: 'trước ngày 20 hằng tháng',
  nine_month: 'trước ngày 15/9',
};

export function DutyModal({
  planId,
  year,
  duty,
  agencies,
  reportingAgencyIds,
  upwardDefault,
  onClose,
  onSaved,
}: {
  planId: number;
  year: number;
  /** null: a new duty. */
  duty: ReportingDutyRow | null;
  agencies: AgencyRef[];
  /** Agencies that report under the plan: "Chọn các đơn vị phải báo cáo" picks them. */
  reportingAgencyIds: number[];
  upwardDefault?: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const adHoc = duty?.periodType === 'ad_hoc';
  const [periodType, setPeriodType] = useState<PeriodType>(duty?.periodType ?? 'six_month');
  const [title, setTitle] = useState(duty?.title ?? (upwardDefault ? 'Báo cáo 6 tháng của cơ quan thường trực' : 'Báo cáo 6 tháng'));
  const [dueText, setDueText] = useState(duty?.dueText ?? '');
  const [dueInclusive, setDueInclusive] = useState(duty?.dueInclusive ?? true);
  const [windowRule, setWindowRule] = useState<WindowRule>(duty?.windowRule ?? 'decree09');
  const [windowText, setWindowText] = useState(duty?.windowText ?? '');
  const [upward, setUpward] = useState(duty?.upward ?? upwardDefault ?? false);
  const [recipientText, setRecipientText] = useState(duty?.recipientText ?? '');
  const [recipientId, setRecipientId] = useState<string | null>(duty?.recipient ? String(duty.recipient.id) : null);
  const [obliged, setObliged] = useState<string[]>((duty?.obliged ?? []).map((a) => String(a.id)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const rule = dueText.trim() ? parseDueRule(dueText, periodType) : null;
  const preview =
    rule?.ok && !adHoc ? periodsOfDuty({ periodType, dueText, dueInclusive, windowRule, ...rule }, year) : [];

  async function save() {
    const fields = {
      periodType,
      title: title.trim(),
      dueText: dueText.trim(),
      dueInclusive,
      windowRule,
      windowText: windowText.trim() || null,
      upward,
      recipientAgencyId: upward || !recipientId ? null : Number(recipientId),
      recipientText: recipientText.trim() || null,
      obliged: upward ? [] : obliged.map(Number),
    };
    const found: Record<string, string> = {};
    if (!fields.title) found.title = 'Chưa nhập tên báo cáo.';
    if (!adHoc && rule && !rule.ok) found.dueText = `Chưa đọc được hạn gửi: ${rule.message}.`;
    if (!adHoc && !rule) found.dueText = `Chưa nhập hạn gửi, ví dụ "${EXAMPLES[periodType] ?? 'trước ngày 15/6'}".`;
    if (!upward && fields.obliged.length === 0) found.obliged = 'Chưa chọn đơn vị phải báo cáo.';
    if (upward && !fields.recipientText) found.recipientText = 'Chưa ghi nơi nhận báo cáo.';
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      if (duty) await call('duties.update', { dutyId: duty.id, ...fields });
      else await call('duties.create', { planId, ...fields });
      onSaved();
      onClose();
    } catch (err) {
      if (err instanceof ApiCallError && err.error.field && err.error.field !== 'dutyId') setErrors({ [err.error.field]: err.error.message });
      else setFormError(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <Modal opened onClose={onClose} title={duty ? `Sửa: ${duty.title}` : upward ? 'Thêm báo cáo của cơ quan thường trực' : 'Thêm chế độ báo cáo'} size="xl" closeOnClickOutside={false}>
      <Stack gap="sm">
        {formError && (
          <Alert color="red" title="Không lưu được">
            {formError}
          </Alert>
        )}
        <SimpleGrid cols={2}>
          <Select
            label="Kỳ báo cáo"
            allowDeselect={false}
            disabled={adHoc}
            data={(adHoc ? (['ad_hoc'] as PeriodType[]) : KINDS).map((k) => ({ value: k, label: PERIOD_TYPE_LABELS[k] }))}
            value={periodType}
            onChange={(v) => v && setPeriodType(v as PeriodType)}
          />
          <TextInput label="Tên báo cáo" value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} />
        </SimpleGrid>
        {!adHoc && (
          <>
            <TextInput
              label="Hạn gửi (ghi như trong kế hoạch)"
              placeholder={EXAMPLES[periodType]}
              value={dueText}
              onChange={(e) => {
                setDueText(e.currentTarget.value);
                setErrors(({ dueText: _old, ...rest }) => rest);
              }}
              error={errors.dueText ?? (rule && !rule.ok ? `Chưa đọc được: ${rule.message}` : undefined)}
            />
            <Checkbox
              label='Gửi đúng ngày ghi trong "trước ngày …" vẫn tính là đúng hạn'
              checked={dueInclusive}
              onChange={(e) => setDueInclusive(e.currentTarget.checked)}
            />
            <SimpleGrid cols={2}>
              <Select
                label="Kỳ số liệu"
                allowDeselect={false}
                data={WINDOW_RULES.map((r) => ({ value: r, label: WINDOW_RULE_LABELS[r] }))}
                value={windowRule}
                onChange={(v) => v && setWindowRule(v as WindowRule)}
              />
              <TextInput label="Diễn giải kỳ số liệu (nếu kế hoạch ghi)" value={windowText} onChange={(e) => setWindowText(e.currentTarget.value)} />
            </SimpleGrid>
            {preview.length > 0 && (
              <Stack gap={0} aria-label="Các kỳ trong năm">
                <Text size="xs" c="dimmed">
                  Các kỳ năm {year}:
                </Text>
                {preview.map((p) => (
                  <Text size="xs" key={p.index}>
                    {p.label}: số liệu từ {formatDateVi(p.window.from)} đến {formatDateVi(p.window.to)}, hạn gửi {formatDateVi(p.dueDate)}
                  </Text>
                ))}
              </Stack>
            )}
            <Checkbox
              label="Báo cáo của cơ quan thường trực gửi cấp trên (UBND tỉnh, Bộ, Ủy ban quốc gia)"
              checked={upward}
              onChange={(e) => setUpward(e.currentTarget.checked)}
            />
          </>
        )}
        {upward ? (
          <Textarea
            label="Nơi nhận báo cáo"
            placeholder="UBND tỉnh; Bộ Lao động - Thương binh và Xã hội; Ủy ban Quốc gia phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm"
            autosize
            minRows={2}
            value={recipientText}
            onChange={(e) => setRecipientText(e.currentTarget.value)}
            error={errors.recipientText}
          />
        ) : (
          <>
            <MultiSelect
              label="Đơn vị phải báo cáo"
              searchable
              filter={viOptionsFilter}
              data={agencies.map((a) => ({ value: String(a.id), label: a.shortName }))}
              value={obliged}
              onChange={(v) => {
                setObliged(v);
                setErrors(({ obliged: _old, ...rest }) => rest);
              }}
              error={errors.obliged}
              maxDropdownHeight={260}
            />
            <Group gap="xs">
              <Button size="compact-sm" variant="light" onClick={() => setObliged(reportingAgencyIds.map(String))}>
                Chọn các đơn vị phải báo cáo định kỳ ({reportingAgencyIds.length})
              </Button>
              <Button size="compact-sm" variant="subtle" onClick={() => setObliged([])}>
                Bỏ chọn tất cả
              </Button>
            </Group>
            <Select
              label="Gửi về"
              description="Để trống: cơ quan thường trực"
              clearable
              searchable
              filter={viOptionsFilter}
              data={agencies.map((a) => ({ value: String(a.id), label: a.shortName }))}
              value={recipientId}
              onChange={setRecipientId}
              error={errors.recipientAgencyId}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
          <Button onClick={save}>Lưu chế độ báo cáo</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
