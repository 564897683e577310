// "Nhập kế hoạch từ tệp Word…": choose the plan's .docx (or paste its text), read it, review what was
// recognised beside the source paragraphs, correct agencies, roles, deadlines and target values, then
// "Tạo kế hoạch" saves it all in one step. "Hủy" closes without saving anything.
import { useMemo, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  FileInput,
  Group,
  List,
  Modal,
  MultiSelect,
  NumberInput,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import type { PlanImportPreview } from '../../../../shared/api/plan-import-contract';
import type { PlanDataset } from '../../../../shared/domain/plan-dataset';
import type { DeadlineKind, PeriodType, TargetComparator, TargetKind } from '../../../../shared/domain/types';
import { call } from '../../api/client';
import { ErrorAlert } from '../status';
import { useFormErrors } from '../form-errors';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { DateField } from '../DateField';
import { bytesToBase64 } from '../../../../shared/text/base64';
import { linkedCodes, type ProposedLink } from '../../../../shared/plan-import/duty-links';

interface Props {
  opened: boolean;
  onClose: () => void;
  onCreated: (planId: number) => void;
}

/** Files larger than this are refused before reading (the backend says the same). */
const MAX_BYTES = 10 * 1024 * 1024;


export function ImportPlanModal({ opened, onClose, onCreated }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Nhập kế hoạch từ tệp Word" size="100%" aria-label="Nhập kế hoạch từ tệp Word">
      {opened && <ImportFlow onClose={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

function ImportFlow({ onClose, onCreated }: Omit<Props, 'opened'>) {
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<PlanImportPreview | null>(null);
  const [ds, setDs] = useState<PlanDataset | null>(null);
  const [year, setYear] = useState<number | string>('');
  const { errors, show, clear } = useFormErrors(['contentBase64', 'text', 'title', 'year']);

  const read = async () => {
    clear();
    setBusy(true);
    try {
      let input: { fileName?: string; contentBase64?: string; text?: string };
      if (file) {
        if (file.size > MAX_BYTES) throw new Error(`Tệp "${file.name}" quá lớn: chỉ nhận tệp Word đến 10 MB.`);
        input = { fileName: file.name, contentBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
      } else {
        input = { text };
      }
      const p = await call('plans.importPreview', input);
      setPreview(p);
      setDs(p.dataset);
      setYear(p.dataset.plan.year);
    } catch (err) {
      show(err);
    } finally {
      setBusy(false);
    }
  };

  const create = async () => {
    if (!ds) return;
    clear();
    setBusy(true);
    try {
      const plan = await call('plans.importCreate', { dataset: ds, ...(typeof year === 'number' ? { year } : {}) });
      onCreated(plan.id);
    } catch (err) {
      show(err);
    } finally {
      setBusy(false);
    }
  };

  if (!preview || !ds) {
    return (
      <Stack maw={760}>
        <Text size="sm">
          Chọn tệp Word (.docx) của kế hoạch, hoặc dán toàn bộ nội dung kế hoạch. Ứng dụng đọc các mục, nhiệm vụ, chỉ tiêu, cơ quan chủ
          trì, phối hợp, thời hạn và chế độ báo cáo để văn thư rà soát; chưa lưu gì cho đến khi bấm "Tạo kế hoạch".
        </Text>
        <FileInput
          label="Tệp Word của kế hoạch (.docx, đến 10 MB)"
          placeholder="Chọn tệp…"
          accept=".docx,.doc,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          value={file}
          onChange={(f) => setFile(f)}
          clearable
          error={errors.fields.contentBase64}
        />
        <Textarea
          label="Hoặc dán nội dung kế hoạch"
          autosize
          minRows={4}
          maxRows={10}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          disabled={file !== null}
          error={errors.fields.text}
        />
        {errors.form && <ErrorAlert message={errors.form} />}
        <Group>
          <Button onClick={read} loading={busy} disabled={!file && text.trim() === ''}>
            Đọc kế hoạch
          </Button>
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Review
      preview={preview}
      ds={ds}
      setDs={setDs}
      year={year}
      setYear={setYear}
      busy={busy}
      errors={errors}
      onCreate={create}
      onCancel={onClose}
    />
  );
}

const ROLE_LABELS: Record<string, string> = {
  header: 'Tiêu đề văn bản',
  motto: 'Quốc hiệu',
  title: 'Tên kế hoạch',
  basis: 'Căn cứ',
  heading: 'Đề mục',
  text: 'Nội dung chung',
  objective: 'Mục tiêu',
  'target-group': 'Nhóm chỉ tiêu',
  target: 'Chỉ tiêu',
  'task-group': 'Nhóm nhiệm vụ',
  task: 'Nhiệm vụ',
  funding: 'Kinh phí',
  reporting: 'Chế độ báo cáo',
  closing: 'Kết',
  recipients: 'Nơi nhận',
  signer: 'Người ký',
};

const DEADLINE_KINDS: { value: DeadlineKind; label: string }[] = [
  { value: 'ongoing', label: 'Thường xuyên' },
  { value: 'date', label: 'Theo ngày' },
  { value: 'period', label: 'Theo kỳ báo cáo' },
];
const PERIODS: { value: PeriodType; label: string }[] = [
  { value: 'month', label: 'Tháng' },
  { value: 'quarter', label: 'Quý' },
  { value: 'six_month', label: '6 tháng' },
  { value: 'nine_month', label: '9 tháng' },
  { value: 'annual', label: 'Năm' },
];
const TARGET_KINDS: { value: TargetKind; label: string }[] = [
  { value: 'percent', label: 'Tỷ lệ (%)' },
  { value: 'count', label: 'Số lượng' },
  { value: 'qualitative', label: 'Định tính' },
];
const COMPARATORS: { value: TargetComparator; label: string }[] = [
  { value: 'exactly', label: 'Đạt' },
  { value: 'at_least', label: 'Ít nhất' },
];

interface ReviewProps {
  preview: PlanImportPreview;
  ds: PlanDataset;
  setDs: (ds: PlanDataset) => void;
  year: number | string;
  setYear: (y: number | string) => void;
  busy: boolean;
  errors: ReturnType<typeof useFormErrors>['errors'];
  onCreate: () => void;
  onCancel: () => void;
}

function Review({ preview, ds, setDs, year, setYear, busy, errors, onCreate, onCancel }: ReviewProps) {
  const agencyOptions = useMemo(() => {
    const inPlan = new Set(ds.agencies.map((a) => a.code));
    return preview.choices
      .filter((c) => !c.isNew || inPlan.has(c.code))
      .map((c) => ({ value: c.code, label: c.isNew ? `${c.shortName} (mới)` : c.shortName }));
  }, [preview.choices, ds.agencies]);
  const sourceText = (ids: number[] | undefined) => (ids ?? []).map((i) => preview.blocks[i]?.text ?? '').join('\n');

  /** The plan's agencies follow the roles chosen: an agency chosen in the review joins the plan. */
  const withAgencies = (next: PlanDataset): PlanDataset => {
    const used = new Set([
      ...next.tasks.flatMap((t) => [...t.lead, ...t.support]),
      ...next.reportingDuties.flatMap((d) => [...(d.upward ? [] : [d.recipient]), ...d.obliged]),
      next.plan.standingAgency,
    ]);
    const have = new Set(next.agencies.map((a) => a.code));
    const added = preview.choices
      .filter((c) => used.has(c.code) && !have.has(c.code) && !c.isNew)
      .map((c) => ({ code: c.code, name: c.name, shortName: c.shortName, abbreviation: c.code, kind: 'other' as const, reports: false }));
    return added.length ? { ...next, agencies: [...next.agencies, ...added] } : next;
  };
  const setTask = (i: number, patch: Partial<PlanDataset['tasks'][number]>) =>
    setDs(withAgencies({ ...ds, tasks: ds.tasks.map((t, j) => (j === i ? { ...t, ...patch } : t)) }));
  const setTarget = (i: number, patch: Partial<PlanDataset['targets'][number]>) =>
    setDs({ ...ds, targets: ds.targets.map((t, j) => (j === i ? { ...t, ...patch } : t)) });
  const setAgencyName = (code: string, name: string) =>
    setDs({ ...ds, agencies: ds.agencies.map((a) => (a.code === code ? { ...a, name, shortName: name } : a)) });
  /** A proposed new agency is in fact a known one: every role moves to the known agency. */
  const mergeAgency = (from: string, to: string) => {
    const swap = (codes: string[]) => [...new Set(codes.map((c) => (c === from ? to : c)))];
    setDs(
      withAgencies({
        ...ds,
        agencies: ds.agencies.filter((a) => a.code !== from),
        tasks: ds.tasks.map((t) => ({ ...t, lead: swap(t.lead), support: swap(t.support) })),
        reportingDuties: ds.reportingDuties.map((d) => ({ ...d, recipient: d.recipient === from ? to : d.recipient, obliged: swap(d.obliged) })),
        plan: { ...ds.plan, standingAgency: ds.plan.standingAgency === from ? to : ds.plan.standingAgency },
      }),
    );
  };
  const groupTitle = new Map(ds.taskGroups.map((g) => [g.code, g.title]));
  const taskByCode = useMemo(() => new Map(ds.tasks.map((t) => [t.code, t])), [ds.tasks]);
  const accepted = ds.taskLinks ?? [];
  const isAccepted = (l: ProposedLink) => accepted.some((a) => a.task === l.task && a.duty === l.duty);
  /** Ticks or unticks proposed links: the dataset holds exactly the accepted ones, in the proposals' order. */
  const setAccepted = (changed: ProposedLink[], on: boolean) => {
    const key = (l: { task: string; duty: string }) => `${l.task}>${l.duty}`;
    const keys = new Set(changed.map(key));
    const keep = preview.links.filter((l) => (keys.has(key(l)) ? on : isAccepted(l)));
    setDs({ ...ds, taskLinks: keep.map((l) => ({ task: l.task, duty: l.duty, role: l.role, quote: l.quote })) });
  };
  const linksOf = (code: string) => preview.links.filter((l) => l.task === code);
  const linkedOf = (code: string) => linkedCodes(accepted.filter((l) => l.task === code), taskByCode);
  const [editing, setEditing] = useState<string | null>(null);
  const names = useMemo(() => new Map(agencyOptions.map((o) => [o.value, o.label])), [agencyOptions]);
  const agencyName = (code: string) => names.get(code) ?? code;
  const newAgencies = preview.agencies.filter((a) => a.isNew && ds.agencies.some((x) => x.code === a.code));

  return (
    <Stack gap="sm" role="region" aria-label="Rà soát kế hoạch nhập">
      <Text size="sm" c="dimmed">
        {preview.source}; đọc trong {preview.elapsedMs} ms. Chưa lưu gì: rà soát, sửa rồi bấm "Tạo kế hoạch".
      </Text>
      <SimpleGrid cols={{ base: 1, md: 4 }} spacing="xs">
        <TextInput
          label="Tên kế hoạch"
          value={ds.plan.title}
          onChange={(e) => setDs({ ...ds, plan: { ...ds.plan, title: e.currentTarget.value } })}
          error={errors.fields.title}
        />
        <NumberInput
          label="Năm kế hoạch"
          description={typeof year === 'number' && year !== ds.plan.year ? `Lập cho năm ${year}: thời hạn dời ${year - ds.plan.year} năm` : 'Năm ghi trong văn bản'}
          value={year}
          onChange={setYear}
          min={2000}
          max={2100}
          allowDecimal={false}
          error={errors.fields.year}
        />
        <TextInput label="Cơ quan ban hành" value={ds.plan.issuer} onChange={(e) => setDs({ ...ds, plan: { ...ds.plan, issuer: e.currentTarget.value } })} />
        <Select
          label="Cơ quan thường trực (nhận báo cáo)"
          data={agencyOptions}
          value={ds.plan.standingAgency || null}
          onChange={(v) => v && setDs(withAgencies({ ...ds, plan: { ...ds.plan, standingAgency: v } }))}
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
          {preview.links.length > 0 && (
            <Group gap="xs" mb="xs" aria-label="Liên kết theo mục V">
              <Text size="sm">
                Đề xuất {preview.links.length} liên kết “theo mục V” cho {new Set(preview.links.map((l) => l.task)).size} nhiệm vụ chưa có cơ quan
                chủ trì (nhiệm vụ và mục của cơ quan có chung cụm từ); đã nhận {preview.links.filter(isAccepted).length}. Đánh dấu ở cột
                “Theo mục V” những liên kết đúng.
              </Text>
              <Button size="compact-xs" variant="light" onClick={() => setAccepted(preview.links, true)}>
                Nhận tất cả
              </Button>
              <Button size="compact-xs" variant="subtle" onClick={() => setAccepted(preview.links, false)}>
                Bỏ tất cả
              </Button>
            </Group>
          )}
          <ScrollArea.Autosize mah="55vh">
            <Table withTableBorder verticalSpacing={4} aria-label="Nhiệm vụ nhận được" stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={80}>Mã</Table.Th>
                  <Table.Th miw={320}>Nội dung nhận được</Table.Th>
                  <Table.Th w={190}>Chủ trì</Table.Th>
                  <Table.Th w={190}>Phối hợp</Table.Th>
                  <Table.Th w={160}>Thời hạn</Table.Th>
                  {preview.links.length > 0 && <Table.Th w={240}>Theo mục V</Table.Th>}
                  <Table.Th w="26%">Đoạn văn gốc</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ds.tasks.map((t, i) => {
                  const newGroup = i === 0 || ds.tasks[i - 1]!.group !== t.group;
                  return [
                    newGroup && (
                      <Table.Tr key={`g-${t.group}`} bg="var(--mantine-color-gray-1)">
                        <Table.Td colSpan={preview.links.length > 0 ? 7 : 6}>
                          <Text size="sm" fw={600}>
                            {t.group}. {groupTitle.get(t.group)}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ),
                    <TaskRowView
                      key={t.code}
                      task={t}
                      editing={editing === t.code}
                      onEdit={() => setEditing(editing === t.code ? null : t.code)}
                      agencyOptions={agencyOptions}
                      agencyName={agencyName}
                      source={sourceText(preview.sources.tasks[t.code])}
                      onChange={(patch) => setTask(i, patch)}
                      links={preview.links.length > 0 ? { proposed: linksOf(t.code), isAccepted, setAccepted, linked: linkedOf(t.code) } : undefined}
                    />,
                  ];
                })}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </Tabs.Panel>

        <Tabs.Panel value="targets" pt="xs">
          <ScrollArea.Autosize mah="55vh">
            <Table withTableBorder verticalSpacing={4} aria-label="Chỉ tiêu nhận được">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={80}>Mã</Table.Th>
                  <Table.Th>Chỉ tiêu</Table.Th>
                  <Table.Th w={150}>Loại</Table.Th>
                  <Table.Th w={120}>So sánh</Table.Th>
                  <Table.Th w={120}>Giá trị</Table.Th>
                  <Table.Th w={130}>Đơn vị</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ds.targets.map((t, i) => (
                  <Table.Tr key={t.code} data-target={t.code}>
                    <Table.Td>{t.code}</Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {t.group}
                      </Text>
                      <Text size="sm">{t.wording}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Select aria-label={`Loại chỉ tiêu ${t.code}`} size="xs" data={TARGET_KINDS} value={t.kind} allowDeselect={false} onChange={(v) => v && setTarget(i, { kind: v as TargetKind })} />
                    </Table.Td>
                    <Table.Td>
                      {t.kind !== 'qualitative' && (
                        <Select aria-label={`So sánh ${t.code}`} size="xs" data={COMPARATORS} value={t.comparator ?? 'exactly'} allowDeselect={false} onChange={(v) => v && setTarget(i, { comparator: v as TargetComparator })} />
                      )}
                    </Table.Td>
                    <Table.Td>
                      {t.kind !== 'qualitative' && (
                        <NumberInput aria-label={`Giá trị ${t.code}`} size="xs" value={t.value ?? ''} min={0} onChange={(v) => setTarget(i, { value: typeof v === 'number' ? v : undefined })} />
                      )}
                    </Table.Td>
                    <Table.Td>
                      {t.kind !== 'qualitative' && (
                        <TextInput aria-label={`Đơn vị ${t.code}`} size="xs" value={t.unit ?? ''} onChange={(e) => setTarget(i, { unit: e.currentTarget.value || undefined })} />
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </Tabs.Panel>

        <Tabs.Panel value="agencies" pt="xs">
          <ScrollArea.Autosize mah="55vh">
            <Table withTableBorder verticalSpacing={4} aria-label="Cơ quan của kế hoạch">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Cơ quan</Table.Th>
                  <Table.Th w={120}>Nhận ra</Table.Th>
                  <Table.Th w={320}>Là cơ quan đã có</Table.Th>
                  <Table.Th w={120}>Phải báo cáo</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ds.agencies.map((a) => {
                  const isNew = preview.agencies.some((x) => x.code === a.code && x.isNew);
                  return (
                    <Table.Tr key={a.code}>
                      <Table.Td>
                        {isNew ? (
                          <TextInput aria-label={`Tên cơ quan mới ${a.code}`} size="xs" value={a.name} onChange={(e) => setAgencyName(a.code, e.currentTarget.value)} />
                        ) : (
                          <Text size="sm">{a.name}</Text>
                        )}
                      </Table.Td>
                      <Table.Td>{isNew ? <Badge color="orange">Mới</Badge> : <Badge color="teal">Đã có</Badge>}</Table.Td>
                      <Table.Td>
                        {isNew && (
                          <Select
                            aria-label={`Gộp ${a.code} vào cơ quan đã có`}
                            size="xs"
                            placeholder="Chọn nếu là cơ quan đã có…"
                            data={preview.choices.filter((c) => !c.isNew).map((c) => ({ value: c.code, label: c.shortName }))}
                            searchable
                            onChange={(v) => v && mergeAgency(a.code, v)}
                          />
                        )}
                      </Table.Td>
                      <Table.Td>{a.reports ? 'Có' : ''}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </Tabs.Panel>

        <Tabs.Panel value="source" pt="xs">
          <ScrollArea.Autosize mah="55vh">
            <Table withTableBorder verticalSpacing={2} aria-label="Văn bản gốc">
              <Table.Tbody>
                {preview.blocks.map((b) => (
                  <Table.Tr key={b.index} bg={b.role === null ? 'var(--mantine-color-red-0)' : undefined}>
                    <Table.Td w={48}>
                      <Text size="xs" c="dimmed">
                        {b.index + 1}
                      </Text>
                    </Table.Td>
                    <Table.Td w={200}>
                      {b.role ? (
                        <Badge variant="light" size="sm">
                          {ROLE_LABELS[b.role] ?? b.role}
                          {b.ref && b.ref !== 'duty' ? ` ${b.ref}` : ''}
                        </Badge>
                      ) : (
                        <Badge color="red" size="sm">
                          Chưa xếp
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                        {b.text}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </Tabs.Panel>
      </Tabs>
      {errors.form && <ErrorAlert message={errors.form} />}
      <Group>
        <Button onClick={onCreate} loading={busy}>
          Tạo kế hoạch
        </Button>
        <Button variant="default" onClick={onCancel}>
          Hủy
        </Button>
      </Group>
    </Stack>
  );
}

interface TaskRowProps {
  task: PlanDataset['tasks'][number];
  editing: boolean;
  onEdit: () => void;
  agencyOptions: { value: string; label: string }[];
  agencyName: (code: string) => string;
  source: string;
  onChange: (patch: Partial<PlanDataset['tasks'][number]>) => void;
  /** The "theo mục V" column, where the plan has proposals at all. */
  links?: {
    proposed: ProposedLink[];
    isAccepted: (l: ProposedLink) => boolean;
    setAccepted: (changed: ProposedLink[], on: boolean) => void;
    /** The agencies the accepted links give the task. */
    linked: { lead: string[]; support: string[] };
  };
}

const deadlineLabel = (t: PlanDataset['tasks'][number]) =>
  t.deadlineKind === 'date'
    ? t.deadline
      ? formatDateVi(t.deadline)
      : 'Theo ngày (chưa nhập)'
    : t.deadlineKind === 'period'
      ? `Theo kỳ báo cáo ${PERIODS.find((p) => p.value === t.periodType)?.label ?? ''}`
      : 'Thường xuyên';

/** One task: what was recognised, with its source paragraph; "Sửa" opens the fields of this row only. */
function TaskRowView({ task: t, editing, onEdit, agencyOptions, agencyName, source, onChange, links }: TaskRowProps) {
  const viaV = (codes: string[]) => (
    <Text size="sm">
      {codes.map(agencyName).join('; ')}{' '}
      <Text span size="xs" c="dimmed">
        (theo mục V)
      </Text>
    </Text>
  );
  return (
    <Table.Tr data-task={t.code}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {t.code}
        </Text>
        <Button size="compact-xs" variant="subtle" onClick={onEdit} aria-label={`Sửa ${t.code}`}>
          {editing ? 'Xong' : 'Sửa'}
        </Button>
      </Table.Td>
      <Table.Td>
        <Text size="sm" lineClamp={editing ? undefined : 4}>
          {t.content}
        </Text>
      </Table.Td>
      <Table.Td>
        {editing ? (
          <MultiSelect
            aria-label={`Chủ trì ${t.code}`}
            size="xs"
            data={agencyOptions}
            value={t.lead}
            onChange={(v) => onChange({ lead: v, support: t.support.filter((c) => !v.includes(c)) })}
            searchable
            maxDropdownHeight={240}
          />
        ) : t.lead.length ? (
          <Text size="sm">{t.lead.map(agencyName).join('; ')}</Text>
        ) : links?.linked.lead.length ? (
          viaV(links.linked.lead)
        ) : (
          <Badge color="gray" variant="light" size="sm">
            Chưa rõ
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        {editing ? (
          <MultiSelect
            aria-label={`Phối hợp ${t.code}`}
            size="xs"
            data={agencyOptions.filter((o) => !t.lead.includes(o.value))}
            value={t.support}
            onChange={(v) => onChange({ support: v })}
            searchable
            maxDropdownHeight={240}
          />
        ) : (
          <>
            <Text size="sm">{t.support.map(agencyName).join('; ')}</Text>
            {links && links.linked.support.filter((c) => !t.lead.includes(c) && !t.support.includes(c)).length > 0 &&
              viaV(links.linked.support.filter((c) => !t.lead.includes(c) && !t.support.includes(c)))}
          </>
        )}
      </Table.Td>
      <Table.Td>
        {editing ? (
          <Stack gap={4}>
            <Select
              aria-label={`Loại thời hạn ${t.code}`}
              size="xs"
              data={DEADLINE_KINDS}
              value={t.deadlineKind}
              allowDeselect={false}
              onChange={(v) => v && onChange({ deadlineKind: v as DeadlineKind })}
            />
            {t.deadlineKind === 'date' && (
              <DateField
                aria-label={`Ngày hạn ${t.code}`}
                size="xs"
                value={t.deadline ?? null}
                onChange={(iso) => iso && onChange({ deadline: iso })}
              />
            )}
            {t.deadlineKind === 'period' && (
              <Select
                aria-label={`Kỳ ${t.code}`}
                size="xs"
                data={PERIODS}
                value={t.periodType ?? null}
                onChange={(v) => onChange({ periodType: (v as PeriodType) ?? undefined })}
              />
            )}
          </Stack>
        ) : (
          <Text size="sm">{deadlineLabel(t)}</Text>
        )}
        {t.deadlineText && (
          <Text size="xs" c="dimmed">
            Đọc từ: “{t.deadlineText}”
          </Text>
        )}
      </Table.Td>
      {links && (
        <Table.Td>
          <Stack gap={4}>
            {links.proposed.map((l) => (
              <Checkbox
                key={l.duty}
                size="xs"
                checked={links.isAccepted(l)}
                onChange={(e) => links.setAccepted([l], e.currentTarget.checked)}
                aria-label={`Nhận liên kết ${l.task} theo ${l.duty}`}
                label={
                  <>
                    <Text span size="xs" fw={500}>
                      {l.duty} ({l.role === 'lead' ? 'chủ trì' : 'phối hợp'})
                    </Text>
                    <Text span size="xs" c="dimmed">
                      {' '}
                      chung cụm “{l.quote}”, điểm {l.score.toLocaleString('vi-VN')}
                    </Text>
                  </>
                }
              />
            ))}
          </Stack>
        </Table.Td>
      )}
      <Table.Td>
        <Text size="xs" c="dimmed" lineClamp={editing ? undefined : 6} style={{ whiteSpace: 'pre-line' }}>
          {source}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
