// The plan's own text, paragraph by paragraph as signed: the clerk edits the wording of a paragraph
// here; a paragraph that is a task or a target shows its wording and is edited on the task or target
// (so the plan text and the task never differ). Saved in one step, with its history.
import { useEffect, useMemo, useState } from 'react';
import { Alert, Badge, Button, Group, Modal, ScrollArea, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { call } from '../../api/client';
import { notifySuccess } from '../notify';
import type { PlanTextBlock } from '../../../../shared/domain/plan-text';

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
  const [draft, setDraft] = useState<Record<number, { numbering: string; text: string }>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!opened) return;
    setFailure(null);
    call('planText.list', { planId }).then(
      (b) => {
        setBlocks(b);
        setDraft({});
      },
      (err: Error) => setFailure(err.message),
    );
  }, [opened, planId]);

  const changed = useMemo(
    () => (blocks ?? []).filter((b) => draft[b.id] && (draft[b.id]!.text !== b.text || draft[b.id]!.numbering !== b.numbering)),
    [blocks, draft],
  );

  const save = async () => {
    setBusy(true);
    try {
      const saved = await call('planText.update', { planId, blocks: changed.map((b) => ({ id: b.id, ...draft[b.id]! })) });
      setBlocks(saved);
      setDraft({});
      setFailure(null);
      notifySuccess(`Đã lưu ${changed.length} đoạn. Kế hoạch xuất ra dùng nội dung này.`);
      onSaved();
    } catch (err) {
      setFailure((err as Error).message);
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
          {blocks.map((b) => {
            const linked = b.taskCode ?? b.targetCode;
            const heading = b.kind === 'heading' || b.kind === 'group_heading';
            const value = draft[b.id] ?? { numbering: b.numbering, text: b.text };
            if (linked && !heading) {
              return (
                <Group key={b.id} gap="xs" wrap="nowrap" align="flex-start" pl={b.level >= 3 ? 24 : 0}>
                  <Badge variant="light" size="sm" style={{ flexShrink: 0, textTransform: 'none' }}>
                    {linked}
                  </Badge>
                  <Text size="sm">
                    {b.numbering} {b.text}
                  </Text>
                </Group>
              );
            }
            return (
              <Group key={b.id} gap="xs" wrap="nowrap" align="flex-start" pl={heading ? 0 : 24}>
                <TextInput
                  aria-label={`Số thứ tự đoạn ${b.sortOrder + 1}`}
                  w={64}
                  value={value.numbering}
                  onChange={(e) => setDraft({ ...draft, [b.id]: { ...value, numbering: e.currentTarget.value } })}
                />
                <Textarea
                  aria-label={`Đoạn ${b.sortOrder + 1}`}
                  style={{ flex: 1 }}
                  autosize
                  minRows={1}
                  styles={{ input: { fontWeight: b.bold ? 700 : 400, fontStyle: b.italics ? 'italic' : 'normal' } }}
                  value={value.text}
                  onChange={(e) => setDraft({ ...draft, [b.id]: { ...value, text: e.currentTarget.value } })}
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
      <Group mt="md" justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Đóng
        </Button>
        <Button onClick={save} loading={busy} disabled={changed.length === 0}>
          Lưu nội dung
        </Button>
      </Group>
    </Modal>
  );
}
