// "Chỉ số giao cho từng đơn vị": which statistics each agency is asked for in its reports. Choosing an
// agency fills the form with the statistics asked of it directly (statistic-form.ts).
import { useState } from 'react';
import { Button, Card, Group, MultiSelect, Select, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { viOptionsFilter } from '../vi-filter';
import { call } from '../../api/client';
import { useApi } from '../../hooks/useApi';
import { showApiError } from '../form-rules';
import { notifySuccess } from '../notify';
import type { AgencyRef, StatisticRow } from '../../../../shared/api/models';
import { askedDirectly } from './statistic-form';

interface Values {
  agencyId: string | null;
  codes: string[];
}

export function StatisticRequestsCard({ planId, statistics, agencies }: { planId: number; statistics: StatisticRow[]; agencies: AgencyRef[] }) {
  const requests = useApi('statistics.requests', { planId });
  const form = useForm<Values>({ initialValues: { agencyId: null, codes: [] } });
  const [formError, setFormError] = useState<string | null>(null);
  const { agencyId } = form.values;

  const choose = (id: string | null) => {
    setFormError(null);
    form.setValues({ agencyId: id, codes: id ? askedDirectly(requests.data ?? [], Number(id), statistics) : [] });
  };

  async function save({ agencyId: id, codes }: Values) {
    if (!id) return;
    setFormError(null);
    try {
      await call('statistics.setRequests', { planId, agencyId: Number(id), codes });
      notifySuccess('Đã lưu các chỉ số giao cho đơn vị.');
    } catch (err) {
      setFormError(showApiError(form, err));
    }
  }

  return (
    <Card withBorder>
      <Title order={5}>Chỉ số giao cho từng đơn vị</Title>
      <Text size="sm" c="dimmed" mb="xs">
        Khi ghi nhận báo cáo, mỗi đơn vị được gợi ý đúng các chỉ số của mình. Đơn vị thực hiện một chỉ tiêu được giao chỉ số đo của chỉ tiêu đó.
      </Text>
      <Group align="flex-end" wrap="nowrap">
        <Select
          label="Đơn vị"
          searchable
          filter={viOptionsFilter}
          w={320}
          data={agencies.map((a) => ({ value: String(a.id), label: `${a.shortName} (${requests.data?.find((r) => r.agencyId === a.id)?.codes.length ?? 0} chỉ số)` }))}
          {...form.getInputProps('agencyId')}
          onChange={choose}
        />
        <MultiSelect
          label="Các chỉ số"
          searchable
          filter={viOptionsFilter}
          style={{ flex: 1 }}
          disabled={!agencyId}
          data={statistics.map((s) => ({ value: s.code, label: `${s.code}. ${s.label}` }))}
          {...form.getInputProps('codes')}
          maxDropdownHeight={260}
        />
        <Button onClick={() => form.onSubmit(save)()} disabled={!agencyId} loading={form.submitting}>
          Lưu
        </Button>
      </Group>
      {formError && (
        <Text size="sm" mt="xs" c="red.8">
          {formError}
        </Text>
      )}
    </Card>
  );
}
