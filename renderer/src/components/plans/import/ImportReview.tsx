// The review of an imported plan before anything is saved: the plan's details, what was recognised
// (tasks, targets, agencies, the source text) in tabs, each corrected here; "Tạo kế hoạch" saves it all
// in one step, "Hủy" leaves no trace. The plan as corrected and its year are one form (@mantine/form);
// a refusal naming the title or the year goes under it.
import { useMemo, useState } from 'react';
import { useForm } from '@mantine/form';
import { Alert, Badge, Group, List, NumberInput, Select, SimpleGrid, Stack, Tabs, Text, TextInput } from '@mantine/core';
import type { PlanImportPreview } from '../../../../../shared/api/plan-import-contract';
import type { PlanDataset } from '../../../../../shared/domain/plan-dataset';
import { call } from '../../../api/client';
import { showApiError } from '../../form-rules';
import { ErrorAlert } from '../../status';
import { createRequest, REVIEW_ALIASES, reviewValues, yearNote, type ReviewValues } from './import-form';
import { ReviewTasksTab } from './ReviewTasksTab';
import { ReviewTargetsTab } from './ReviewTargetsTab';
import { ReviewAgenciesTab } from './ReviewAgenciesTab';
import { ReviewSourceTab } from './ReviewSourceTab';
import { useDutyLinks } from './use-duty-links';
import { useReviewEdits } from './use-review-edits';
import { FormButtons } from '../../FormButtons';

interface Props {
  preview: PlanImportPreview;
  onCreated: (planId: number) => void;
  onCancel: () => void;
}

export function ImportReview({ preview, onCreated, onCancel }: Props) {
  const form = useForm<ReviewValues>({ initialValues: reviewValues(preview) });
  const [failure, setFailure] = useState<string | null>(null);
  const ds = form.values.dataset;
  const setDs = (next: PlanDataset) => form.setFieldValue('dataset', next);

  const create = async (values: ReviewValues) => {
    setFailure(null);
    try {
      const plan = await call('plans.importCreate', createRequest(values));
      onCreated(plan.id);
    } catch (err) {
      setFailure(showApiError(form, err, REVIEW_ALIASES));
    }
  };

  const agencyOptions = useMemo(() => {
    const inPlan = new Set(ds.agencies.map((a) => a.code));
    return preview.choices
      .filter((c) => !c.isNew || inPlan.has(c.code))
      .map((c) => ({ value: c.code, label: c.isNew ? `${c.shortName} (mới)` : c.shortName }));
  }, [preview.choices, ds.agencies]);
  const names = useMemo(() => new Map(agencyOptions.map((o) => [o.value, o.label])), [agencyOptions]);
  const agencyName = (code: string) => names.get(code) ?? code;
  const edits = useReviewEdits(preview, ds, setDs);
  const links = useDutyLinks(preview, ds, setDs, agencyName);
  const newAgencies = preview.agencies.filter((a) => a.isNew && ds.agencies.some((x) => x.code === a.code));

  return (
    <Stack gap="sm" role="region" aria-label="Rà soát kế hoạch nhập">
      <Text size="sm" c="dimmed">
        {preview.source}; đọc trong {preview.elapsedMs} ms. Chưa lưu gì: rà soát, sửa rồi bấm "Tạo kế hoạch".
      </Text>
      <SimpleGrid cols={{ base: 1, md: 4 }} spacing="xs">
        <TextInput label="Tên kế hoạch" {...form.getInputProps('dataset.plan.title')} />
        <NumberInput
          label="Năm kế hoạch"
          description={yearNote(form.values)}
          min={2000}
          max={2100}
          allowDecimal={false}
          {...form.getInputProps('year')}
        />
        <TextInput label="Cơ quan ban hành" {...form.getInputProps('dataset.plan.issuer')} />
        <Select
          label="Cơ quan thường trực (nhận báo cáo)"
          data={agencyOptions}
          value={ds.plan.standingAgency || null}
          onChange={(v) => v && edits.setStanding(v)}
          searchable
          allowDeselect={false}
        />
      </SimpleGrid>
      <Group gap="xs">
        <Badge variant="light" tt="none" size="lg">Số, ký hiệu: {ds.plan.number ?? '…'}/{ds.plan.symbol || '…'}</Badge>
        <Badge variant="light" tt="none" size="lg">{ds.plan.issuedDateText || 'Chưa rõ ngày ban hành'}</Badge>
        <Badge variant="light" tt="none" size="lg">Nhóm nhiệm vụ: {ds.taskGroups.length}</Badge>
        <Badge variant="light" tt="none" size="lg">Nhiệm vụ: {ds.tasks.length}</Badge>
        <Badge variant="light" tt="none" size="lg">Chỉ tiêu: {ds.targets.length}</Badge>
        <Badge variant="light" tt="none" size="lg">Cơ quan: {ds.agencies.length}</Badge>
      </Group>
      <Text size="sm" aria-label="Chế độ báo cáo nhận ra">
        <b>Chế độ báo cáo:</b>{' '}
        {ds.reportingDuties.map((d) => `${d.title} (${d.dueText})${d.upward ? ` gửi ${d.recipientText ?? ''}` : ''}`).join(' · ') || 'chưa nhận ra'}
      </Text>
      {preview.warnings.length > 0 && (
        <Alert color="orange" title="Cần xem lại" aria-label="Cần xem lại">
          <List size="sm">
            {preview.warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Tabs defaultValue="tasks" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="tasks">Nhiệm vụ ({ds.tasks.length})</Tabs.Tab>
          <Tabs.Tab value="targets">Chỉ tiêu ({ds.targets.length})</Tabs.Tab>
          <Tabs.Tab value="agencies">Cơ quan ({ds.agencies.length}{newAgencies.length ? `, ${newAgencies.length} mới` : ''})</Tabs.Tab>
          <Tabs.Tab value="source">
            Văn bản gốc ({preview.blocks.length} đoạn{preview.unplaced.length ? `, ${preview.unplaced.length} chưa xếp` : ''})
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="tasks" pt="xs">
          <ReviewTasksTab preview={preview} ds={ds} links={links} agencyOptions={agencyOptions} agencyName={agencyName} setTask={edits.setTask} />
        </Tabs.Panel>
        <Tabs.Panel value="targets" pt="xs">
          <ReviewTargetsTab targets={ds.targets} setTarget={edits.setTarget} />
        </Tabs.Panel>
        <Tabs.Panel value="agencies" pt="xs">
          <ReviewAgenciesTab agencies={ds.agencies} preview={preview} setAgencyName={edits.setAgencyName} mergeAgency={edits.mergeAgency} />
        </Tabs.Panel>
        <Tabs.Panel value="source" pt="xs">
          <ReviewSourceTab blocks={preview.blocks} />
        </Tabs.Panel>
      </Tabs>
      {failure && <ErrorAlert message={failure} />}
      <FormButtons submitLabel="Tạo kế hoạch" onSubmit={() => form.onSubmit(create)()} loading={form.submitting} onCancel={onCancel} />
    </Stack>
  );
}
