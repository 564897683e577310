// The task filters: agency and its role, group, status buckets (with counts), deadline range, search.
// Used by the task list and the assignment matrix.
import { Button, Chip, Group, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import type { AgencyRow, TaskGroupRow } from '../../../../shared/api/models';
import {
  ROLE_FILTERS,
  ROLE_FILTER_LABELS,
  STATUS_FILTER_LABELS,
  type RoleFilter,
  type StatusFilter,
  type TaskFilter,
} from '../../../../shared/domain/task-filter';
import { DateField } from '../DateField';
import { viOptionsFilter } from '../vi-filter';
import { TASK_STATUS_COLORS } from '../TaskStatusBadge';

export const STATUS_FILTER_ORDER: StatusFilter[] = [
  'open_overdue',
  'due_soon',
  'open_on_time',
  'ongoing',
  'done_late',
  'done_on_time',
];

export { STATUS_FILTER_LABELS };
export const STATUS_FILTER_COLORS: Record<StatusFilter, string> = { ...TASK_STATUS_COLORS, due_soon: 'orange' };

export function isFilterEmpty(f: TaskFilter): boolean {
  return (
    f.agencyId == null &&
    f.groupId == null &&
    !(f.statuses && f.statuses.length) &&
    !f.deadlineFrom &&
    !f.deadlineTo &&
    !(f.query && f.query.trim())
  );
}

interface Props {
  filter: TaskFilter;
  onChange: (next: TaskFilter) => void;
  agencies: AgencyRow[];
  groups: TaskGroupRow[];
  /** Tasks per status among the tasks the other filters leave. */
  counts: Record<StatusFilter, number>;
  children?: React.ReactNode;
}

export function TaskFilterBar({ filter, onChange, agencies, groups, counts, children }: Props) {
  const set = (changes: Partial<TaskFilter>) => onChange({ ...filter, ...changes });
  return (
    <Stack gap="xs" className="no-print">
      <Group align="flex-end" gap="sm">
        <TextInput
          label="Tìm kiếm"
          placeholder="Có dấu hoặc không dấu: cong an"
          value={filter.query ?? ''}
          onChange={(e) => set({ query: e.currentTarget.value })}
          w={250}
        />
        <Select
          label="Nhóm nhiệm vụ"
          placeholder="Tất cả các nhóm"
          searchable
          clearable
          filter={viOptionsFilter}
          data={groups.map((g) => ({ value: String(g.id), label: `${g.code}. ${g.title}` }))}
          value={filter.groupId != null ? String(filter.groupId) : null}
          onChange={(v) => set({ groupId: v ? Number(v) : null })}
          w={280}
        />
        <DateField
          label="Thời hạn từ ngày"
          value={filter.deadlineFrom ?? null}
          onChange={(iso) => set({ deadlineFrom: iso })}
          w={130}
        />
        <DateField
          label="đến ngày"
          value={filter.deadlineTo ?? null}
          onChange={(iso) => set({ deadlineTo: iso })}
          w={130}
        />
        {children}
      </Group>
      <Group align="flex-end" gap="sm">
        <Select
          label="Cơ quan, đơn vị"
          placeholder="Tất cả cơ quan"
          searchable
          clearable
          filter={viOptionsFilter}
          nothingFoundMessage="Không có cơ quan nào khớp"
          data={agencies.map((a) => ({ value: String(a.id), label: a.shortName }))}
          value={filter.agencyId != null ? String(filter.agencyId) : null}
          onChange={(v) => set({ agencyId: v ? Number(v) : null })}
          w={300}
        />
        <SegmentedControl
          aria-label="Vai trò của cơ quan"
          disabled={filter.agencyId == null}
          value={filter.role ?? 'either'}
          onChange={(v) => set({ role: v as RoleFilter })}
          data={ROLE_FILTERS.map((r) => ({ value: r, label: ROLE_FILTER_LABELS[r] }))}
        />
        {!isFilterEmpty(filter) && (
          <Button variant="subtle" onClick={() => onChange({ role: filter.role })}>
            Bỏ lọc
          </Button>
        )}
      </Group>
      <Chip.Group
        multiple
        value={filter.statuses ?? []}
        onChange={(v) => set({ statuses: v as StatusFilter[] })}
      >
        <Group gap={6} role="group" aria-label="Tình trạng">
          {STATUS_FILTER_ORDER.map((s) => (
            <Chip key={s} value={s} color={STATUS_FILTER_COLORS[s]} variant="outline" size="sm">
              {STATUS_FILTER_LABELS[s]} ({counts[s]})
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Stack>
  );
}
