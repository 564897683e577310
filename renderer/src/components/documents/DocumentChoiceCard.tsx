// "Chọn văn bản": which document, and what it is about (the period reported on, the agencies chased,
// whose tasks are listed), with the number and signing date the report, the letter and the plan carry.
import { useMemo } from 'react';
import { Button, Card, Checkbox, Group, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateField } from '../DateField';
import { typedDateProps, type TypedDates } from '../form-rules';
import { printRoute } from '../../print/print-routes';
import type { DocumentKind } from '../../../../shared/api/documents-models';
import type { AgencyRow, ReportingPeriodRow, TaskRow } from '../../../../shared/api/models';
import { DOCUMENT_KINDS, isReportPeriod, periodOptions, type DocumentForm } from './document-form';
import { UrgingChoice, type UrgingRegister } from './UrgingChoice';

interface Props {
  form: DocumentForm;
  dates: TypedDates;
  planId: number;
  periods: ReportingPeriodRow[];
  agencies: AgencyRow[];
  tasks: TaskRow[];
  register: UrgingRegister;
  /** Paragraphs of the plan's own text, when it was imported (0: the plan is rebuilt from the data). */
  planTextBlocks: number;
  /** Opens the editor of the report's or the plan's text. */
  onEdit: () => void;
}

export function DocumentChoiceCard({ form, dates, planId, periods, agencies, tasks, register, planTextBlocks, onEdit }: Props) {
  const { kind } = form.values;
  return (
    <Card withBorder component="section" aria-label="Chọn văn bản">
      <Title order={4} mb="sm">
        Chọn văn bản
      </Title>
      <SegmentedControl
        aria-label="Loại văn bản"
        fullWidth
        data={DOCUMENT_KINDS}
        value={kind}
        onChange={(v) => form.setFieldValue('kind', v as DocumentKind)}
      />
      <Stack mt="md">
        {kind === 'report' && <ReportChoice form={form} periods={periods} onEdit={onEdit} />}
        {kind === 'urging' && <UrgingChoice form={form} dates={dates} periods={periods} register={register} />}
        {kind === 'assignment' && <AssignmentChoice form={form} planId={planId} agencies={agencies} tasks={tasks} />}
        {kind === 'plan' && <PlanChoice planTextBlocks={planTextBlocks} onEdit={onEdit} />}
        {kind !== 'assignment' && <IssueFields form={form} dates={dates} />}
      </Stack>
    </Card>
  );
}

function ReportChoice({ form, periods, onEdit }: { form: DocumentForm; periods: ReportingPeriodRow[]; onEdit: () => void }) {
  return (
    <>
      <Group align="flex-end">
        <Select
          label="Kỳ báo cáo"
          w={360}
          allowDeselect={false}
          data={periodOptions(periods.filter(isReportPeriod))}
          {...form.getInputProps('reportPeriodId')}
          nothingFoundMessage="Kế hoạch chưa có kỳ báo cáo 6 tháng hoặc năm"
        />
        <Button variant="light" onClick={onEdit} disabled={!form.values.reportPeriodId}>
          Soạn nội dung báo cáo
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        Báo cáo gồm bảng kết quả các chỉ tiêu (từ số liệu đã nhận), Phụ lục biểu tổng hợp số liệu và Phụ lục tình
        hình gửi báo cáo của các cơ quan, đơn vị.
      </Text>
    </>
  );
}

function AssignmentChoice({ form, planId, agencies, tasks }: { form: DocumentForm; planId: number; agencies: AgencyRow[]; tasks: TaskRow[] }) {
  const groups = useMemo(() => {
    const seen = new Map<number, { id: number; code: string; title: string }>();
    for (const t of tasks) seen.set(t.group.id, t.group);
    return [...seen.values()];
  }, [tasks]);
  const { agencyId, groupId, overdueOnly } = form.values;
  return (
    <>
      <Group align="flex-end">
        <Select
          label="Cơ quan (chủ trì hoặc phối hợp)"
          placeholder="Tất cả cơ quan"
          clearable
          searchable
          w={340}
          data={agencies.map((a) => ({ value: String(a.id), label: a.shortName }))}
          {...form.getInputProps('agencyId')}
        />
        <Select
          label="Nhóm nhiệm vụ"
          placeholder="Tất cả nhóm"
          clearable
          searchable
          w={420}
          data={groups.map((g) => ({ value: String(g.id), label: `${g.code}. ${g.title}` }))}
          {...form.getInputProps('groupId')}
        />
        <Checkbox label="Chỉ nhiệm vụ quá hạn" {...form.getInputProps('overdueOnly', { type: 'checkbox' })} mb={8} />
      </Group>
      <Group>
        <Button
          component="a"
          href={printRoute('assignment', { 'ke-hoach': planId, 'co-quan': agencyId, nhom: groupId, 'qua-han': overdueOnly })}
          variant="light"
        >
          Xem bản in (A4 ngang)
        </Button>
      </Group>
    </>
  );
}

function PlanChoice({ planTextBlocks, onEdit }: { planTextBlocks: number; onEdit: () => void }) {
  return (
    <Group>
      <Button variant="light" onClick={onEdit}>
        {planTextBlocks > 0 ? 'Sửa nội dung kế hoạch' : 'Soạn nội dung kế hoạch'}
      </Button>
      <Text size="sm" c="dimmed">
        {planTextBlocks > 0
          ? `Nguyên văn kế hoạch (${planTextBlocks} đoạn), kèm Phụ lục bảng phân công nhiệm vụ.`
          : 'Kế hoạch dựng lại từ dữ liệu (chỉ tiêu, nhiệm vụ, chế độ báo cáo), kèm Phụ lục bảng phân công nhiệm vụ.'}
      </Text>
    </Group>
  );
}

/** Số văn bản and Ngày ký: left empty, the clerk's office fills them in after signing. */
function IssueFields({ form, dates }: { form: DocumentForm; dates: TypedDates }) {
  return (
    <Group align="flex-start">
      <TextInput
        label="Số văn bản"
        description="Để trống cho văn thư điền sau khi ký"
        placeholder="(để trống)"
        {...form.getInputProps('number')}
        w={220}
      />
      <DateField label="Ngày ký" description="Để trống: chỉ ghi tháng, năm" placeholder="(để trống)" {...typedDateProps(form, dates, 'issuedOn')} w={220} />
    </Group>
  );
}
