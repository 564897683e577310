// Editing the texts of a report (per period) or of the plan before export: căn cứ lines, the opening
// paragraph, and each section's paragraphs (one paragraph per line). Stored by the API, so the clerk's
// text is kept for the next export; "Khôi phục mặc định" goes back to the outline built from the data.
import { useEffect, useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { call } from '../../api/client';
import { notifySuccess } from '../notify';
import type { DocumentTexts, DocumentTextsView } from '../../../../shared/api/documents-models';
import type { BodySection } from '../../../../shared/documents/types';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';

const toLines = (items: string[]) => items.join('\n');
const fromLines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

function SectionEditor({
  section,
  depth,
  path,
  onChange,
}: {
  section: BodySection;
  depth: number;
  path: string;
  onChange: (s: BodySection) => void;
}) {
  return (
    <Stack gap={6} pl={depth * 16} style={depth === 0 ? { borderTop: '1px solid var(--mantine-color-gray-3)', paddingTop: 8 } : undefined}>
      <TextInput
        aria-label={`Tiêu đề mục ${path}`}
        placeholder="(không có tiêu đề)"
        value={section.heading}
        onChange={(e) => onChange({ ...section, heading: e.currentTarget.value })}
        styles={{ input: { fontWeight: depth < 2 ? 700 : 400 } }}
      />
      <Textarea
        aria-label={`Nội dung mục ${section.heading || path}`}
        placeholder="Nội dung của mục này; mỗi dòng là một đoạn văn. Để trống nếu chưa có."
        autosize
        minRows={depth === 0 && section.subsections?.length ? 1 : 2}
        value={toLines(section.paragraphs)}
        onChange={(e) => onChange({ ...section, paragraphs: e.currentTarget.value.split('\n') })}
      />
      {section.targetsTable && (
        <Text size="xs" c="dimmed">
          Bảng kết quả thực hiện các chỉ tiêu (từ số liệu đã nhận) được chèn sau mục này.
        </Text>
      )}
      {section.subsections?.map((sub, i) => (
        <SectionEditor
          key={i}
          section={sub}
          depth={depth + 1}
          path={`${path}.${i + 1}`}
          onChange={(next) => {
            const subsections = [...(section.subsections ?? [])];
            subsections[i] = next;
            onChange({ ...section, subsections });
          }}
        />
      ))}
    </Stack>
  );
}

/** Trailing spaces and empty lines are dropped only when saving, so typing feels normal. */
function cleanSections(sections: BodySection[]): BodySection[] {
  return sections.map((s) => ({
    ...s,
    paragraphs: s.paragraphs.map((p) => p.trim()).filter(Boolean),
    ...(s.subsections ? { subsections: cleanSections(s.subsections) } : {}),
  }));
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
  scope: { planId: number; kind: 'report' | 'plan'; periodId: number | null };
  title: string;
  onSaved: () => void;
}) {
  const [view, setView] = useState<DocumentTextsView | null>(null);
  const [texts, setTexts] = useState<DocumentTexts | null>(null);
  const [basis, setBasis] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const show = (v: DocumentTextsView) => {
    setView(v);
    setTexts(v.texts);
    setBasis(toLines(v.texts.legalBasis));
  };

  useEffect(() => {
    if (!opened) return;
    setFailure(null);
    setView(null);
    call('documents.texts', scope).then(show, (err: Error) => setFailure(err.message));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load when the modal opens or the scope changes, not for a new scope object
  }, [opened, scope.planId, scope.kind, scope.periodId]);

  const save = async () => {
    if (!texts) return;
    setBusy(true);
    try {
      const saved = await call('documents.saveTexts', {
        ...scope,
        legalBasis: fromLines(basis),
        opening: texts.opening,
        sections: cleanSections(texts.sections),
      });
      show(saved);
      setFailure(null);
      notifySuccess('Đã lưu nội dung. Nội dung này được dùng mỗi lần xuất văn bản.');
      onSaved();
    } catch (err) {
      setFailure((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const reset = async () => {
    setBusy(true);
    try {
      show(await call('documents.resetTexts', scope));
      setFailure(null);
      notifySuccess('Đã khôi phục nội dung mặc định.');
      onSaved();
    } catch (err) {
      setFailure((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={<Title order={4}>{title}</Title>} size="xl">
      {!texts && !failure && <Text>Đang tải…</Text>}
      {texts && view && (
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
              value={basis}
              onChange={(e) => setBasis(e.currentTarget.value)}
            />
          )}
          <Textarea
            label="Đoạn mở đầu"
            autosize
            minRows={2}
            value={texts.opening}
            onChange={(e) => setTexts({ ...texts, opening: e.currentTarget.value })}
          />
          {texts.sections.map((s, i) => (
            <SectionEditor
              key={i}
              section={s}
              depth={0}
              path={String(i + 1)}
              onChange={(next) => {
                const sections = [...texts.sections];
                sections[i] = next;
                setTexts({ ...texts, sections });
              }}
            />
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
        <Group>
          <Button variant="default" onClick={onClose}>
            Đóng
          </Button>
          <Button onClick={save} loading={busy} disabled={!texts}>
            Lưu nội dung
          </Button>
        </Group>
      </Group>
    </Modal>
  );
}
