// The plan's own text, paragraph by paragraph as signed: the clerk edits the wording of a paragraph
// here; a paragraph that is a task or a target shows its wording and is edited on the task or target
// (so the plan text and the task never differ). Saved in one step, with its history. The paragraphs
// are one @mantine/form form (plan-text-form.ts); an emptied or refused paragraph is named under it.
import { useEffect, useRef, useState } from 'react';
import { useForm } from '@mantine/form';
import { Alert, Badge, Group, Modal, ScrollArea, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { ApiCallError, call } from '../../api/client';
import { notifySuccess } from '../notify';
import type { PlanTextBlock } from '../../../../shared/domain/plan-text';
import {
  changedParagraphs,
  isEditable,
  planTextErrors,
  planTextPathOfRefusal,
  planTextRequest,
  planTextValues,
  type PlanTextValues,
} from './plan-text-form';
import { FormButtons } from '../FormButtons';

export function PlanTextEditor({
  planId,
  opened,
  title,
  onClose,
  onSaved,
}: {
  planId: number;
  opened: boolean;
  title: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [blocks, setBlocks] = useState<PlanTextBlock[] | null>(null);
  const form = useForm<PlanTextValues>({ initialValues: { paragraphs: [] } });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // The form positions of the paragraphs last sent, so a refused one is named where the clerk sees it.
  const sent = useRef<number[]>([]);

  const { setValues, clearErrors } = form;
  useEffect(() => {
    if (!opened) return;
    setFailure(null);
    call('planText.list', { planId }).then(
      (b) => {
        setBlocks(b);
        setValues(planTextValues(b));
        clearErrors();
      },
      (err: Error) => setFailure(err.message),
    );
  }, [opened, planId, setValues, clearErrors]);

  const changed = blocks ? changedParagraphs(blocks, form.values) : [];

  const save = async () => {
    if (!blocks) return;
    const values = form.getValues();
    const errors = planTextErrors(blocks, values);
    form.setErrors(errors);
    const first = Object.keys(errors)[0];
    if (first) {
      // The paragraph named may be far up the list: brought into view and focused.
      form.getInputNode(first)?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    sent.current = changedParagraphs(blocks, values);
    try {
      const saved = await call('planText.update', planTextRequest(planId, blocks, values));
      setBlocks(saved);
      setValues(planTextValues(saved));
      notifySuccess(`Đã lưu ${sent.current.length} đoạn. Kế hoạch xuất ra dùng nội dung này.`);
      onSaved();
    } catch (err) {
      const path = err instanceof ApiCallError && err.error.field ? planTextPathOfRefusal(err.error.field, sent.current) : null;
      if (path) form.setErrors({ [path]: (err as Error).message });
      else setFailure((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={<Title order={4}>{title}</Title>} size="xl" scrollAreaComponent={ScrollArea.Autosize}>
      {!blocks && !failure && <Text>Đang tải…</Text>}
      {blocks && (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            Nguyên văn kế hoạch, {blocks.length} đoạn theo thứ tự. Đoạn là nhiệm vụ hoặc chỉ tiêu được sửa ở bảng Nhiệm vụ hoặc màn
            hình Chỉ tiêu.
          </Text>
          {blocks.map((b, i) => {
            const heading = b.kind === 'heading' || b.kind === 'group_heading';
            if (!isEditable(b)) {
              return (
                <Group key={b.id} gap="xs" wrap="nowrap" align="flex-start" pl={b.level >= 3 ? 24 : 0}>
                  <Badge variant="light" size="sm" style={{ flexShrink: 0, textTransform: 'none' }}>
                    {b.taskCode ?? b.targetCode}
                  </Badge>
                  <Text size="sm">
                    {b.numbering} {b.text}
                  </Text>
                </Group>
              );
            }
            return (
              <Group key={b.id} gap="xs" wrap="nowrap" align="flex-start" pl={heading ? 0 : 24}>
                <TextInput aria-label={`Số thứ tự đoạn ${b.sortOrder + 1}`} w={64} {...form.getInputProps(`paragraphs.${i}.numbering`)} />
                <Textarea
                  aria-label={`Đoạn ${b.sortOrder + 1}`}
                  style={{ flex: 1 }}
                  autosize
                  minRows={1}
                  styles={{ input: { fontWeight: b.bold ? 700 : 400, fontStyle: b.italics ? 'italic' : 'normal' } }}
                  {...form.getInputProps(`paragraphs.${i}.text`)}
                />
              </Group>
            );
          })}
        </Stack>
      )}
      {failure && (
        <Alert mt="md" color="red" role="alert">
          {failure}
        </Alert>
      )}
      <FormButtons
        placement="end"
        mt="md"
        submitLabel="Lưu nội dung"
        onSubmit={save}
        loading={busy}
        disabled={changed.length === 0}
        cancelLabel="Đóng"
        onCancel={onClose}
      />
    </Modal>
  );
}
