// "Chọn cơ quan có sẵn": a plan takes its participants from the agencies of its own province and the
// national bodies (the Ministry, the national committee); never from another province.
import { useEffect, useState } from 'react';
import { Button, Checkbox, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { AGENCY_LEVEL_LABELS } from '../../../../shared/domain/plan-setup';
import { call } from '../../api/client';
import { useApi } from '../../hooks/useApi';
import { ErrorAlert } from '../status';
import { viOptionsFilter } from '../vi-filter';

interface Props {
  opened: boolean;
  planId: number;
  onClose: () => void;
  onAdded: () => void;
}

export function AddExistingAgencyModal({ opened, planId, onClose, onAdded }: Props) {
  const available = useApi('agencies.available', opened ? { planId } : null);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [reports, setReports] = useState(true);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (opened) {
      setAgencyId(null);
      setError(null);
    }
  }, [opened]);
  const rows = available.data ?? [];
  const add = async () => {
    if (!agencyId) return setError('Cơ quan, đơn vị: chưa chọn cơ quan nào.');
    try {
      await call('agencies.addToPlan', { planId, agencyId: Number(agencyId), reports });
      onAdded();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Chọn cơ quan có sẵn" size="lg">
      <Stack gap="sm">
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            Không còn cơ quan nào của tỉnh này hoặc của Trung ương chưa tham gia kế hoạch. Hãy dùng “Thêm cơ quan, đơn vị”.
          </Text>
        ) : (
          <Select
            label="Cơ quan, đơn vị"
            searchable
            filter={viOptionsFilter}
            data={rows.map((a) => ({ value: String(a.id), label: `${a.shortName} (${AGENCY_LEVEL_LABELS[a.level]})` }))}
            value={agencyId}
            onChange={setAgencyId}
          />
        )}
        <Checkbox label="Phải gửi báo cáo định kỳ của kế hoạch này" checked={reports} onChange={(e) => setReports(e.currentTarget.checked)} />
        {error && <ErrorAlert message={error} />}
        <Group>
          <Button onClick={add} disabled={rows.length === 0}>
            Thêm vào kế hoạch
          </Button>
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
