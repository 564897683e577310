// Exempting an agency from one period's report, with the reason.
import { useState } from 'react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import type { RegisterEntry } from '../../../../shared/api/models';
import { call } from '../../api/client';

export function ExemptModal({ entry, onClose }: { entry: RegisterEntry; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function save() {
    if (!reason.trim()) return setError('Hãy ghi lý do miễn báo cáo.');
    try {
      await call('reporting.setExemption', { expectedReportId: entry.expectedReportId, exempt: true, reason: reason.trim() });
      onClose();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }
  return (
    <Modal opened onClose={onClose} title={`Miễn báo cáo kỳ này: ${entry.agency.shortName}`}>
      <Stack>
        <TextInput label="Lý do" withAsterisk value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={error} data-autofocus />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
          <Button onClick={save}>Miễn báo cáo</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
