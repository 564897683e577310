// "Văn bản" in Cài đặt: who issues and signs the plan's documents, their symbols and recipients.
// Defaults come from the plan; a refused value is shown under its field (its tab opened) and nothing is
// saved. Saved, a notification says so.
import { useEffect, useRef, useState } from 'react';
import { useForm } from '@mantine/form';
import { Alert, Button, Card, Group, SimpleGrid, Stack, Tabs, Text, TextInput, Textarea, Title } from '@mantine/core';
import { documentSettingsTab } from '../../app/routes';
import { usePlan } from '../../app/plan-context';
import { useApi } from '../../hooks/useApi';
import { ApiCallError, call } from '../../api/client';
import { ErrorAlert, Loading } from '../status';
import { notifySuccess } from '../notify';
import type { DocumentSettingsView } from '../../../../shared/api/documents-models';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { linesProps, withoutBlankLines } from './document-settings-form';
import { IssuerProfileFields } from './IssuerProfileFields';

/** `openOn`: the field a "Mở Cài đặt" link named; the card opens on its tab and scrolls into view. */
export function DocumentSettingsCard({ openOn }: { openOn?: string | null }) {
  const { planId } = usePlan();
  const loaded = useApi('documents.settings', { planId });
  if (loaded.error) return <ErrorAlert message={loaded.error} />;
  if (!loaded.data) return <Loading />;
  return <DocumentSettingsFormCard view={loaded.data} openOn={openOn} />;
}

function DocumentSettingsFormCard({ view, openOn }: { view: DocumentSettingsView; openOn?: string | null }) {
  const { planId, plan } = usePlan();
  const form = useForm({ initialValues: view.values });
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [tab, setTab] = useState<string | null>(() => documentSettingsTab(openOn));
  const section = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (openOn !== undefined) section.current?.scrollIntoView({ block: 'start' });
  }, [openOn]);

  // The values as stored, again after each save or reset (trimmed, or the plan's defaults).
  const { setValues } = form;
  useEffect(() => setValues(view.values), [view.values, setValues]);

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    form.clearErrors();
    setFailure(null);
    try {
      await action();
      notifySuccess(done);
    } catch (err) {
      const field = err instanceof ApiCallError ? err.error.field?.replace(/^values\./, '') : undefined;
      if (field) {
        form.setFieldError(field, (err as Error).message);
        setTab(documentSettingsTab(field));
      }
      setFailure((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const save = () => run(() => call('documents.updateSettings', { planId, values: withoutBlankLines(form.getValues()) }), 'Đã lưu cài đặt văn bản.');
  const reset = () => run(() => call('documents.resetSettings', { planId }), 'Đã khôi phục cài đặt văn bản mặc định lấy từ kế hoạch.');

  const listField = (key: string, label: string, description: string) => (
    <Textarea label={label} description={description} autosize minRows={2} maxRows={10} {...linesProps(form, key)} />
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
            <IssuerProfileFields form={form} prefix="standing" />
            <SimpleGrid cols={2}>
              <TextInput label="Ký hiệu báo cáo" description="Ví dụ BC-SLĐTBXH" {...form.getInputProps('reportSymbol')} />
              <TextInput
                label="Ký hiệu công văn"
                description="Viết tắt tên cơ quan, ví dụ SLĐTBXH (đơn vị soạn thảo tự thêm vào sau)"
                {...form.getInputProps('letterSymbol')}
              />
              <TextInput
                label="Đơn vị soạn thảo"
                description="Viết tắt, ví dụ PCTNXH: công văn in SLĐTBXH-PCTNXH, dòng lưu “Lưu: VT, PCTNXH.”"
                {...form.getInputProps('draftingUnit')}
              />
              {listField('reportAddressees', 'Kính gửi (báo cáo)', 'Mỗi dòng một nơi nhận')}
              {listField('reportRecipients', 'Nơi nhận (báo cáo)', 'Sau “Như trên”; dòng Lưu tự thêm')}
              {listField('letterRecipients', 'Nơi nhận (công văn đôn đốc)', 'Sau “Như trên”; dòng Lưu tự thêm')}
            </SimpleGrid>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="plan" pt="sm">
          <Stack gap="sm">
            <IssuerProfileFields form={form} prefix="planIssuer" />
            <SimpleGrid cols={2}>
              <TextInput label="Ký hiệu kế hoạch" description="Ví dụ KH-BCĐ138" {...form.getInputProps('planSymbol')} />
              {listField('planRecipients', 'Nơi nhận (kế hoạch)', 'Mỗi dòng một nơi nhận; dòng Lưu tự thêm')}
            </SimpleGrid>
          </Stack>
        </Tabs.Panel>
      </Tabs>
      {failure && (
        <Alert mt="sm" color="red" role="alert">
          {failure}
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
