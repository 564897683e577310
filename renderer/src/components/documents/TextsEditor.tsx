// Editing the texts of a report (per period) or of the plan before export: căn cứ lines, the opening
// paragraph, and each section's paragraphs (one paragraph per line), held in one @mantine/form form
// (texts-form.ts). Stored by the API, so the clerk's text is kept for the next export; "Khôi phục mặc
// định" goes back to the outline built from the data. A refusal naming an input is shown under it.
import { useEffect, useState } from 'react';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { Alert, Button, Group, Modal, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { ApiCallError, call } from '../../api/client';
import { notifySuccess } from '../notify';
import type { DocumentTextsView } from '../../../../shared/api/documents-models';
import type { BodySection } from '../../../../shared/documents/types';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { paragraphsProps, textsPathOfRefusal, textsRequest, textsValues, type TextsScope, type TextsValues } from './texts-form';
import { FormButtons } from '../FormButtons';

type TextsForm = UseFormReturnType<TextsValues>;

function SectionEditor({ form, section, depth, path, number }: { form: TextsForm; section: BodySection; depth: number; path: string; number: string }) {
  return (
    <Stack gap={6} pl={depth * 16} style={depth === 0 ? { borderTop: '1px solid var(--mantine-color-gray-3)', paddingTop: 8 } : undefined}>
      <TextInput
        aria-label={`Tiêu đề mục ${number}`}
        placeholder="(không có tiêu đề)"
        {...form.getInputProps(`${path}.heading`)}
        styles={{ input: { fontWeight: depth < 2 ? 700 : 400 } }}
      />
      <Textarea
        aria-label={`Nội dung mục ${section.heading || number}`}
        placeholder="Nội dung của mục này; mỗi dòng là một đoạn văn. Để trống nếu chưa có."
        autosize
        minRows={depth === 0 && section.subsections?.length ? 1 : 2}
        {...paragraphsProps(form, `${path}.paragraphs`)}
      />
      {section.targetsTable && (
        <Text size="xs" c="dimmed">
          Bảng kết quả thực hiện các chỉ tiêu (từ số liệu đã nhận) được chèn sau mục này.
        </Text>
      )}
      {section.subsections?.map((sub, i) => (
        <SectionEditor key={i} form={form} section={sub} depth={depth + 1} path={`${path}.subsections.${i}`} number={`${number}.${i + 1}`} />
      ))}
    </Stack>
  );
}

export function TextsEditor({
  opened,
  onClose,
  scope,
  title,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  scope: TextsScope;
  title: string;
  onSaved: () => void;
}) {
  const [view, setView] = useState<DocumentTextsView | null>(null);
  const form = useForm<TextsValues>({ initialValues: { legalBasis: '', opening: '', sections: [] } });
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const { setValues, clearErrors } = form;
  const show = (v: DocumentTextsView) => {
    setView(v);
    setValues(textsValues(v));
    clearErrors();
  };

  useEffect(() => {
    if (!opened) return;
    setFailure(null);
    setView(null);
    call('documents.texts', scope).then(show, (err: Error) => setFailure(err.message));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load when the modal opens or the scope changes, not for a new scope object
  }, [opened, scope.planId, scope.kind, scope.periodId]);

  const run = async (action: () => Promise<DocumentTextsView>, done: string) => {
    setBusy(true);
    setFailure(null);
    try {
      show(await action());
      notifySuccess(done);
      onSaved();
    } catch (err) {
      const path = err instanceof ApiCallError && err.error.field ? textsPathOfRefusal(err.error.field) : null;
      if (path) form.setErrors({ [path]: (err as Error).message });
      else setFailure((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const save = () => run(() => call('documents.saveTexts', textsRequest(scope, form.getValues())), 'Đã lưu nội dung. Nội dung này được dùng mỗi lần xuất văn bản.');
  const reset = () => run(() => call('documents.resetTexts', scope), 'Đã khôi phục nội dung mặc định.');

  return (
    <Modal opened={opened} onClose={onClose} title={<Title order={4}>{title}</Title>} size="xl">
      {!view && !failure && <Text>Đang tải…</Text>}
      {view && (
        <Stack>
          <Text size="sm" c="dimmed">
            {view.saved
              ? `Đã soạn, lưu lần cuối ${formatDateVi(view.updatedAt?.slice(0, 10))} bởi ${view.updatedBy}.`
              : 'Chưa soạn: đang hiện dàn ý mặc định.'}{' '}
            Mỗi dòng là một đoạn văn; dòng bắt đầu bằng "- " là gạch đầu dòng.
          </Text>
          {scope.kind === 'report' && (
            <Textarea
              label="Căn cứ"
              description="Mỗi dòng một căn cứ (in nghiêng, cuối dòng tự thêm dấu ; hoặc .)."
              autosize
              minRows={2}
              {...form.getInputProps('legalBasis')}
            />
          )}
          <Textarea label="Đoạn mở đầu" autosize minRows={2} {...form.getInputProps('opening')} />
          {form.values.sections.map((s, i) => (
            <SectionEditor key={i} form={form} section={s} depth={0} path={`sections.${i}`} number={String(i + 1)} />
          ))}
        </Stack>
      )}
      {failure && (
        <Alert mt="md" color="red" role="alert">
          {failure}
        </Alert>
      )}
      <Group mt="md" justify="space-between">
        <Button variant="subtle" color="gray" onClick={reset} disabled={busy || !view?.saved}>
          Khôi phục mặc định
        </Button>
        <FormButtons placement="end" submitLabel="Lưu nội dung" onSubmit={save} loading={busy} disabled={!view} cancelLabel="Đóng" onCancel={onClose} />
      </Group>
    </Modal>
  );
}
