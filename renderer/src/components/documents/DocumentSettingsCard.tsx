// "Văn bản" in Cài đặt: who issues and signs the plan's documents, their symbols and recipients.
// Defaults come from the plan; a refused value is shown under its field and nothing is saved.
import { useEffect, useRef, useState } from 'react';
import { documentSettingsTab } from '../../app/routes';
import { Alert, Button, Card, Group, Select, SimpleGrid, Stack, Tabs, Text, TextInput, Textarea, Title } from '@mantine/core';
import { usePlan } from '../../app/plan-context';
import { useApi } from '../../hooks/useApi';
import { ApiCallError, call } from '../../api/client';
import { ErrorAlert, Loading } from '../status';
import type { DocumentSettingsValues, IssuerProfile } from '../../../../shared/api/documents-models';
import { SIGNING_AUTHORITIES } from '../../../../shared/api/documents-models';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';

const AUTHORITY_LABELS: Record<string, string> = {
  '': 'Ký trực tiếp (không ghi)',
  'TM.': 'TM. (thay mặt tập thể)',
  'KT.': 'KT. (ký thay người đứng đầu)',
  'Q.': 'Q. (quyền)',
  'TL.': 'TL. (thừa lệnh)',
  'TUQ.': 'TUQ. (thừa ủy quyền)',
};

const lines = (items: string[]) => items.join('\n');
const fromLines = (text: string) => text.split('\n');

type Errors = Record<string, string>;

function ProfileFields({
  profile,
  prefix,
  errors,
  onChange,
}: {
  profile: IssuerProfile;
  prefix: 'standing' | 'planIssuer';
  errors: Errors;
  onChange: (p: IssuerProfile) => void;
}) {
  const set = <K extends keyof IssuerProfile>(key: K, value: IssuerProfile[K]) => onChange({ ...profile, [key]: value });
  const err = (key: string) => errors[`${prefix}.${key}`];
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2}>
        <TextInput
          label="Cơ quan chủ quản"
          description="Dòng trên tên cơ quan, để trống nếu không có"
          value={profile.parentAgencyLine}
          onChange={(e) => set('parentAgencyLine', e.currentTarget.value)}
          error={err('parentAgencyLine')}
        />
        <Textarea
          label="Tên cơ quan ban hành"
          description="In hoa, đậm; mỗi dòng in thành một dòng"
          autosize
          minRows={2}
          value={lines(profile.issuingBody)}
          onChange={(e) => set('issuingBody', fromLines(e.currentTarget.value))}
          error={err('issuingBody')}
        />
        <TextInput
          label="Tên cơ quan trong nội dung văn bản"
          value={profile.issuerName}
          onChange={(e) => set('issuerName', e.currentTarget.value)}
          error={err('issuerName')}
        />
        <TextInput label="Địa danh" value={profile.placeName} onChange={(e) => set('placeName', e.currentTarget.value)} error={err('placeName')} />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <Select
          label="Thẩm quyền ký"
          allowDeselect={false}
          data={SIGNING_AUTHORITIES.map((a) => ({ value: a, label: AUTHORITY_LABELS[a]! }))}
          value={profile.signerAuthority}
          onChange={(v) => set('signerAuthority', (v ?? '') as IssuerProfile['signerAuthority'])}
          error={err('signerAuthority')}
        />
        <TextInput
          label="Ký thay, thừa lệnh cho"
          description='Ví dụ "GIÁM ĐỐC" trong "KT. GIÁM ĐỐC"'
          value={profile.signerAuthorityOf}
          onChange={(e) => set('signerAuthorityOf', e.currentTarget.value)}
          error={err('signerAuthorityOf')}
          disabled={!profile.signerAuthority}
        />
        <TextInput
          label="Chức vụ người ký"
          value={profile.signerPosition}
          onChange={(e) => set('signerPosition', e.currentTarget.value)}
          error={err('signerPosition')}
        />
        <TextInput
          label="Chức vụ khác (in trên họ tên)"
          description='Ví dụ "PHÓ CHỦ TỊCH UBND TỈNH"'
          value={profile.signerOtherPosition}
          onChange={(e) => set('signerOtherPosition', e.currentTarget.value)}
          error={err('signerOtherPosition')}
        />
        <TextInput
          label="Họ tên người ký"
          value={profile.signerName}
          onChange={(e) => set('signerName', e.currentTarget.value)}
          error={err('signerName')}
        />
        <TextInput
          label="Dòng lưu"
          description='Ví dụ "Lưu: VT, PCTNXH."'
          value={profile.archiveLine}
          onChange={(e) => set('archiveLine', e.currentTarget.value)}
          error={err('archiveLine')}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** `openOn`: the field a "Mở Cài đặt" link named; the card opens on its tab and scrolls into view. */
export function DocumentSettingsCard({ openOn }: { openOn?: string | null }) {
  const { planId, plan } = usePlan();
  const loaded = useApi('documents.settings', { planId });
  const [values, setValues] = useState<DocumentSettingsValues | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [tab, setTab] = useState<string | null>(() => documentSettingsTab(openOn));
  const section = useRef<HTMLElement | null>(null);
  const shown = !!(loaded.data && values);
  useEffect(() => {
    if (openOn !== undefined && shown) section.current?.scrollIntoView({ block: 'start' });
  }, [openOn, shown]);

  useEffect(() => {
    if (loaded.data) setValues(loaded.data.values);
  }, [loaded.data]);

  if (loaded.error) return <ErrorAlert message={loaded.error} />;
  if (!loaded.data || !values) return <Loading />;
  const view = loaded.data;

  const set = <K extends keyof DocumentSettingsValues>(key: K, value: DocumentSettingsValues[K]) => setValues({ ...values, [key]: value });

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      await action();
      setMessage({ ok: true, text: done });
    } catch (err) {
      const field = err instanceof ApiCallError ? err.error.field?.replace(/^values\./, '') : undefined;
      if (field) {
        setErrors({ [field]: (err as Error).message });
        setTab(documentSettingsTab(field));
      }
      setMessage({ ok: false, text: (err as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    run(async () => {
      const cleaned: DocumentSettingsValues = {
        ...values,
        reportAddressees: values.reportAddressees.filter((l) => l.trim()),
        reportRecipients: values.reportRecipients.filter((l) => l.trim()),
        letterRecipients: values.letterRecipients.filter((l) => l.trim()),
        planRecipients: values.planRecipients.filter((l) => l.trim()),
      };
      await call('documents.updateSettings', { planId, values: cleaned });
    }, 'Đã lưu cài đặt văn bản.');

  const reset = () => run(() => call('documents.resetSettings', { planId }), 'Đã khôi phục cài đặt văn bản mặc định lấy từ kế hoạch.');

  const listField = (key: 'reportAddressees' | 'reportRecipients' | 'letterRecipients' | 'planRecipients', label: string, description: string) => (
    <Textarea
      label={label}
      description={description}
      autosize
      minRows={2}
      maxRows={10}
      value={lines(values[key])}
      onChange={(e) => set(key, fromLines(e.currentTarget.value))}
      error={errors[key]}
    />
  );

  return (
    <Card withBorder component="section" aria-label="Văn bản" ref={section} style={{ scrollMarginTop: 72 }}>
      <Title order={4}>Văn bản</Title>
      <Text size="sm" c="dimmed" mb="sm">
        Thể thức văn bản của kế hoạch “{plan.title}”. Số và ngày ký để trống cho văn thư điền sau khi ký; tháng và
        năm được ghi sẵn.{' '}
        {view.saved
          ? `Lưu lần cuối ${formatDateVi(view.updatedAt?.slice(0, 10))} bởi ${view.updatedBy}.`
          : 'Đang dùng giá trị mặc định lấy từ kế hoạch.'}
      </Text>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="standing">Báo cáo, công văn (cơ quan thường trực)</Tabs.Tab>
          <Tabs.Tab value="plan">Kế hoạch, bảng phân công</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="standing" pt="sm">
          <Stack gap="sm">
            <ProfileFields profile={values.standing} prefix="standing" errors={errors} onChange={(p) => set('standing', p)} />
            <SimpleGrid cols={2}>
              <TextInput
                label="Ký hiệu báo cáo"
                description="Ví dụ BC-SLĐTBXH"
                value={values.reportSymbol}
                onChange={(e) => set('reportSymbol', e.currentTarget.value)}
                error={errors.reportSymbol}
              />
              <TextInput
                label="Ký hiệu công văn"
                description="Viết tắt tên cơ quan, ví dụ SLĐTBXH (đơn vị soạn thảo tự thêm vào sau)"
                value={values.letterSymbol}
                onChange={(e) => set('letterSymbol', e.currentTarget.value)}
                error={errors.letterSymbol}
              />
              <TextInput
                label="Đơn vị soạn thảo"
                description="Viết tắt, ví dụ PCTNXH: công văn in SLĐTBXH-PCTNXH, dòng lưu “Lưu: VT, PCTNXH.”"
                value={values.draftingUnit}
                onChange={(e) => set('draftingUnit', e.currentTarget.value)}
                error={errors.draftingUnit}
              />
              {listField('reportAddressees', 'Kính gửi (báo cáo)', 'Mỗi dòng một nơi nhận')}
              {listField('reportRecipients', 'Nơi nhận (báo cáo)', 'Sau “Như trên”; dòng Lưu tự thêm')}
              {listField('letterRecipients', 'Nơi nhận (công văn đôn đốc)', 'Sau “Như trên”; dòng Lưu tự thêm')}
            </SimpleGrid>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="plan" pt="sm">
          <Stack gap="sm">
            <ProfileFields profile={values.planIssuer} prefix="planIssuer" errors={errors} onChange={(p) => set('planIssuer', p)} />
            <SimpleGrid cols={2}>
              <TextInput
                label="Ký hiệu kế hoạch"
                description="Ví dụ KH-BCĐ138"
                value={values.planSymbol}
                onChange={(e) => set('planSymbol', e.currentTarget.value)}
                error={errors.planSymbol}
              />
              {listField('planRecipients', 'Nơi nhận (kế hoạch)', 'Mỗi dòng một nơi nhận; dòng Lưu tự thêm')}
            </SimpleGrid>
          </Stack>
        </Tabs.Panel>
      </Tabs>
      {message && (
        <Alert mt="sm" color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      )}
      <Group mt="md">
        <Button onClick={save} loading={busy}>
          Lưu cài đặt văn bản
        </Button>
        <Button variant="subtle" color="gray" onClick={reset} disabled={busy || !view.saved}>
          Khôi phục mặc định
        </Button>
      </Group>
    </Card>
  );
}
