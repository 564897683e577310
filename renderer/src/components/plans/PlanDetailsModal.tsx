// "Thông tin kế hoạch": the plan's own details (title, issuing body, symbol, căn cứ, years, standing
// body, signer, recipients) and "Ban hành", which records the number and signing date once the plan
// is signed. Every document cites them from then on. Opened from the header, Tổng quan and Cài đặt.
import { useEffect, useState } from 'react';
import { Alert, Button, Divider, Group, Modal, NumberInput, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { PlanDetail } from '../../../../shared/api/models';
import { planReference, SIGNING_AUTHORITIES } from '../../../../shared/domain/plan-setup';
import { call } from '../../api/client';
import { useApi } from '../../hooks/useApi';
import { useFormErrors } from '../form-errors';
import { DateField } from '../DateField';
import { ErrorAlert, Loading } from '../status';

const FIELDS = [
  'title',
  'province',
  'issuer',
  'parentBodyLine',
  'issuingBodyLines',
  'symbol',
  'placeName',
  'parentProgramme',
  'legalBases',
  'yearFrom',
  'yearTo',
  'standingAgencyId',
  'signerAuthority',
  'signerPosition',
  'signerName',
  'recipients',
] as const;
const ISSUE_FIELDS = ['number', 'issuedDate'] as const;

interface Values {
  title: string;
  province: string;
  issuer: string;
  parentBodyLine: string;
  issuingBodyLines: string;
  symbol: string;
  placeName: string;
  parentProgramme: string;
  legalBases: string;
  yearFrom: number | string;
  yearTo: number | string;
  standingAgencyId: string | null;
  authority: string;
  authorityOf: string;
  signerPosition: string;
  signerName: string;
  recipients: string;
}

const PREFIX = /^(TM|KT|Q|TL|TUQ)\.\s*(.*)$/u;

function valuesOf(p: PlanDetail): Values {
  const m = PREFIX.exec(p.signerAuthority.trim());
  return {
    title: p.title,
    province: p.locality?.name ?? '',
    issuer: p.issuer,
    parentBodyLine: p.parentBodyLine,
    issuingBodyLines: p.issuingBodyLines.join('\n'),
    symbol: p.symbol,
    placeName: p.placeName,
    parentProgramme: p.parentProgramme,
    legalBases: p.legalBases.join('\n'),
    yearFrom: p.yearFrom ?? p.year,
    yearTo: p.yearTo ?? p.year,
    standingAgencyId: p.standingAgency ? String(p.standingAgency.id) : null,
    authority: m ? `${m[1]}.` : '',
    authorityOf: m ? m[2]! : p.signerAuthority,
    signerPosition: p.signerPosition,
    signerName: p.signerName,
    recipients: p.recipients.join('\n'),
  };
}

const splitLines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const yearOrNull = (v: number | string) => (v === '' ? null : Number(v));

interface Props {
  opened: boolean;
  planId: number;
  onClose: () => void;
  /** After a save or an issue: the plan as now stored. */
  onSaved: (plan: PlanDetail) => void;
}

export function PlanDetailsModal({ opened, planId, onClose, onSaved }: Props) {
  const plan = useApi('plans.get', opened ? { planId } : null);
  const agencies = useApi('agencies.list', opened ? { planId } : null);
  const [v, setV] = useState<Values | null>(null);
  const [number, setNumber] = useState('');
  const [issuedDate, setIssuedDate] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useFormErrors(FIELDS);
  const issue = useFormErrors(ISSUE_FIELDS);

  // Each opening fills the form once, from the plan as read for this opening: the cached answer kept
  // since the last opening is shown by the query while it is read again, and filling from it would
  // replace the form under the clerk's typing when the fresh one arrives.
  useEffect(() => {
    if (!opened) return;
    setV(null);
    setNotice(null);
    form.clear();
    issue.clear();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset the form only when the modal opens
  }, [opened]);
  useEffect(() => {
    if (opened && v === null && plan.data && !plan.loading) {
      setV(valuesOf(plan.data));
      setNumber(plan.data.number ?? '');
      setIssuedDate(plan.data.issuedDate);
    }
  }, [plan.data, plan.loading, opened, v]);

  const set = (changes: Partial<Values>) => {
    form.edited(Object.keys(changes));
    setV((old) => (old ? { ...old, ...changes } : old));
  };

  const save = async () => {
    if (!v) return;
    form.clear();
    setNotice(null);
    setSaving(true);
    try {
      const saved = await call('plans.update', {
        planId,
        title: v.title,
        province: v.province,
        issuer: v.issuer,
        parentBodyLine: v.parentBodyLine,
        issuingBodyLines: splitLines(v.issuingBodyLines),
        symbol: v.symbol,
        placeName: v.placeName,
        parentProgramme: v.parentProgramme,
        legalBases: splitLines(v.legalBases),
        yearFrom: yearOrNull(v.yearFrom),
        yearTo: yearOrNull(v.yearTo),
        standingAgencyId: v.standingAgencyId ? Number(v.standingAgencyId) : null,
        signerAuthority: `${v.authority} ${v.authorityOf}`.trim(),
        signerPosition: v.signerPosition,
        signerName: v.signerName,
        recipients: splitLines(v.recipients),
      });
      setNotice('Đã lưu thông tin kế hoạch.');
      onSaved(saved);
    } catch (err) {
      form.show(err);
    } finally {
      setSaving(false);
    }
  };

  const doIssue = async () => {
    issue.clear();
    setNotice(null);
    if (!number.trim()) return issue.setField('number', 'Chưa nhập số của kế hoạch.');
    if (!issuedDate) return issue.setField('issuedDate', 'Chưa nhập ngày ký.');
    setSaving(true);
    try {
      const saved = await call('plans.issue', { planId, number, issuedDate });
      setNotice(`Đã ban hành: ${planReference(saved)}.`);
      onSaved(saved);
    } catch (err) {
      issue.show(err);
    } finally {
      setSaving(false);
    }
  };

  const p = plan.data;
  return (
    <Modal opened={opened} onClose={onClose} title="Thông tin kế hoạch" size="xl">
      {plan.error && <ErrorAlert message={plan.error} />}
      {(!p || !v) && !plan.error && <Loading />}
      {p && v && (
        <Stack gap="sm">
          <Textarea label="Tên kế hoạch" required autosize minRows={1} value={v.title} onChange={(e) => set({ title: e.currentTarget.value })} error={form.errors.fields.title} />
          <Group grow align="flex-start">
            <TextInput
              label="Tỉnh, thành phố"
              value={v.province}
              onChange={(e) => set({ province: e.currentTarget.value })}
              description="Cơ quan, đơn vị của kế hoạch thuộc tỉnh này; chỉ đổi được khi kế hoạch chưa có cơ quan nào của tỉnh."
              error={form.errors.fields.province}
            />
            <NumberInput label="Từ năm" min={2000} max={2100} value={v.yearFrom} onChange={(x) => set({ yearFrom: x })} error={form.errors.fields.yearFrom} />
            <NumberInput label="Đến năm" min={2000} max={2100} value={v.yearTo} onChange={(x) => set({ yearTo: x })} error={form.errors.fields.yearTo} />
          </Group>
          <TextInput
            label="Cơ quan ban hành"
            required
            description="Tên đầy đủ, dùng trong câu trích dẫn: “… của Ban Chỉ đạo 138 tỉnh …”."
            value={v.issuer}
            onChange={(e) => set({ issuer: e.currentTarget.value })}
            error={form.errors.fields.issuer}
          />
          <Group grow align="flex-start">
            <TextInput
              label="Cơ quan chủ quản (dòng trên)"
              placeholder="ví dụ: UBND TỈNH NINH BÌNH"
              value={v.parentBodyLine}
              onChange={(e) => set({ parentBodyLine: e.currentTarget.value })}
              error={form.errors.fields.parentBodyLine}
            />
            <Textarea
              label="Tên cơ quan ban hành (dòng in hoa)"
              description="Mỗi dòng một dòng in; để trống thì lấy từ tên cơ quan ban hành."
              autosize
              minRows={1}
              placeholder="ví dụ: BAN CHỈ ĐẠO 138"
              value={v.issuingBodyLines}
              onChange={(e) => set({ issuingBodyLines: e.currentTarget.value })}
              error={form.errors.fields.issuingBodyLines}
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput label="Ký hiệu" required placeholder="ví dụ: KH-BCĐ138" value={v.symbol} onChange={(e) => set({ symbol: e.currentTarget.value })} error={form.errors.fields.symbol} />
            <TextInput label="Địa danh" required value={v.placeName} onChange={(e) => set({ placeName: e.currentTarget.value })} error={form.errors.fields.placeName} />
            <Select
              label="Cơ quan thường trực"
              placeholder="Chọn trong các cơ quan của kế hoạch"
              clearable
              data={(agencies.data ?? []).map((a) => ({ value: String(a.id), label: a.shortName }))}
              value={v.standingAgencyId}
              onChange={(x) => set({ standingAgencyId: x })}
              error={form.errors.fields.standingAgencyId}
            />
          </Group>
          <Textarea
            label="Căn cứ"
            description="Mỗi dòng một căn cứ."
            autosize
            minRows={2}
            value={v.legalBases}
            onChange={(e) => set({ legalBases: e.currentTarget.value })}
            error={form.errors.fields.legalBases}
          />
          <Textarea
            label="Chương trình, kế hoạch cấp trên được thực hiện"
            autosize
            minRows={1}
            value={v.parentProgramme}
            onChange={(e) => set({ parentProgramme: e.currentTarget.value })}
            error={form.errors.fields.parentProgramme}
          />
          <Group grow align="flex-start">
            <Select
              label="Thẩm quyền ký"
              allowDeselect={false}
              data={SIGNING_AUTHORITIES.map((a) => ({ value: a, label: a || 'Ký trực tiếp' }))}
              value={v.authority}
              onChange={(x) => set({ authority: x ?? '' })}
              error={form.errors.fields.signerAuthority}
            />
            <TextInput
              label={v.authority ? `${v.authority} (thay mặt, ký thay cho)` : 'Chức danh ký'}
              placeholder={v.authority === 'TM.' ? 'ví dụ: BAN CHỈ ĐẠO' : 'ví dụ: TRƯỞNG BAN'}
              value={v.authorityOf}
              onChange={(e) => set({ authorityOf: e.currentTarget.value })}
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput label="Chức vụ người ký" value={v.signerPosition} onChange={(e) => set({ signerPosition: e.currentTarget.value })} error={form.errors.fields.signerPosition} />
            <TextInput label="Họ tên người ký" value={v.signerName} onChange={(e) => set({ signerName: e.currentTarget.value })} error={form.errors.fields.signerName} />
          </Group>
          <Textarea label="Nơi nhận" description="Mỗi dòng một nơi nhận." autosize minRows={2} maxRows={8} value={v.recipients} onChange={(e) => set({ recipients: e.currentTarget.value })} />
          {form.errors.form && <ErrorAlert message={form.errors.form} />}
          <Group>
            <Button onClick={save} loading={saving}>
              Lưu thông tin
            </Button>
            <Button variant="default" onClick={onClose}>
              Đóng
            </Button>
          </Group>

          <Divider my="xs" />
          <Title order={5}>Ban hành</Title>
          <Text size="sm" c="dimmed">
            Khi kế hoạch đã ký, ghi số và ngày ký: mọi văn bản sẽ trích dẫn “{planReference(p)}”.
          </Text>
          <Group align="flex-start">
            <TextInput
              label="Số"
              placeholder="ví dụ: 15"
              w={140}
              value={number}
              onChange={(e) => {
                issue.edited(['number']);
                setNumber(e.currentTarget.value);
              }}
              error={issue.errors.fields.number}
              rightSection={<Text size="xs" c="dimmed">/{p.symbol}</Text>}
              rightSectionWidth={110}
            />
            <DateField label="Ngày ký" w={160} value={issuedDate} onChange={setIssuedDate} error={issue.errors.fields.issuedDate} />
            <Button mt={25} color="teal" onClick={doIssue} loading={saving}>
              {p.number ? 'Sửa số, ngày ban hành' : 'Ban hành'}
            </Button>
          </Group>
          {issue.errors.form && <ErrorAlert message={issue.errors.form} />}
          {notice && (
            <Alert color="teal" role="status">
              {notice}
            </Alert>
          )}
        </Stack>
      )}
    </Modal>
  );
}
