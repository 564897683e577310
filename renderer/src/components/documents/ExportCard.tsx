// The export bar of "Văn bản": "Xuất văn bản Word", on the desktop "Mở tệp sau khi lưu", and the name
// the file will have. Done, a notification says where the file went (and that the urging was
// recorded); a failure stays here under the button until the document shown changes.
import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Group, Text } from '@mantine/core';
import { hostAbilities } from '../../api/host';
import { notifySuccess } from '../notify';
import type { DocumentPreview } from '../../../../shared/api/documents-models';
import type { DocumentForm, DocumentRequest } from './document-form';
import { exportDocument } from './export-document';

interface Props {
  form: DocumentForm;
  request: DocumentRequest | null;
  preview: DocumentPreview | null;
  planId: number;
  today: string;
}

export function ExportCard({ form, request, preview, planId, today }: Props) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ text: string; about: DocumentPreview | null } | null>(null);
  const abilities = hostAbilities();

  const exportNow = async () => {
    if (!request) return;
    setBusy(true);
    setFailure(null);
    const { openAfter, recordUrging } = form.getValues();
    try {
      const outcome = await exportDocument({ request, preview, planId, openAfter, recordUrging, today });
      if (outcome.ok) notifySuccess(outcome.text);
      else setFailure({ text: outcome.text, about: preview });
    } catch (err) {
      setFailure({ text: (err as Error).message, about: preview });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder>
      <Group justify="space-between">
        <Group>
          <Button onClick={exportNow} loading={busy} disabled={!request || !preview || !!preview.problem}>
            Xuất văn bản Word
          </Button>
          {abilities.openAfterSave && <Checkbox label="Mở tệp sau khi lưu" {...form.getInputProps('openAfter', { type: 'checkbox' })} />}
        </Group>
        {preview && (
          <Text size="sm" c="dimmed">
            Tệp: {preview.fileName}
          </Text>
        )}
      </Group>
      {failure && failure.about === preview && (
        <Alert mt="sm" color="red" role="alert">
          {failure.text}
        </Alert>
      )}
    </Card>
  );
}
