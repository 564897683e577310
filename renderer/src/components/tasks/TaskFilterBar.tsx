// The task filters: agency and its role, group, status buckets (with counts), deadline range, search.
// Used by the task list and the assignment matrix.
import { memo, useCallback, useMemo, useRef } from 'react';
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

interface OtherProps {
  filter: Omit<TaskFilter, 'query' | 'statuses'>;
  /** No filter at all (the search included): no "Bỏ lọc". */
  empty: boolean;
  set: (changes: Partial<TaskFilter>) => void;
  clear: () => void;
  agencies: AgencyRow[];
  groups: TaskGroupRow[];
}

/** The group, deadline range, agency and role: not rendered again by a keystroke in the search. */
const GroupAndDeadline = memo(function GroupAndDeadline({ filter, set, groups }: Pick<OtherProps, 'filter' | 'set' | 'groups'>) {
  const data = useMemo(() => groups.map((g) => ({ value: String(g.id), label: `${g.code}. ${g.title}` })), [groups]);
  return (
    <>
      <Select
        label="Nhóm nhiệm vụ"
        placeholder="Tất cả các nhóm"
        searchable
        clearable
        filter={viOptionsFilter}
        data={data}
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
      <DateField label="đến ngày" value={filter.deadlineTo ?? null} onChange={(iso) => set({ deadlineTo: iso })} w={130} />
    </>
  );
});

const AgencyAndRole = memo(function AgencyAndRole({ filter, empty, set, clear, agencies }: Omit<OtherProps, 'groups'>) {
  const data = useMemo(() => agencies.map((a) => ({ value: String(a.id), label: a.shortName })), [agencies]);
  return (
    <Group align="flex-end" gap="sm">
      <Select
        label="Cơ quan, đơn vị"
        placeholder="Tất cả cơ quan"
        searchable
        clearable
        filter={viOptionsFilter}
        nothingFoundMessage="Không có cơ quan nào khớp"
        data={data}
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
      {!empty && (
        <Button variant="subtle" onClick={clear}>
          Bỏ lọc
        </Button>
      )}
    </Group>
  );
});

export function TaskFilterBar({ filter, onChange, agencies, groups, counts, children }: Props) {
  // Stable (the latest filter read from a ref), so the parts the search does not touch stay as they are.
  const latest = useRef({ filter, onChange });
  latest.current = { filter, onChange };
  const set = useCallback((changes: Partial<TaskFilter>) => latest.current.onChange({ ...latest.current.filter, ...changes }), []);
  const clear = useCallback(() => latest.current.onChange({ role: latest.current.filter.role }), []);
  const { agencyId, role, groupId, deadlineFrom, deadlineTo } = filter;
  const others = useMemo(() => ({ agencyId, role, groupId, deadlineFrom, deadlineTo }), [agencyId, role, groupId, deadlineFrom, deadlineTo]);
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
        <GroupAndDeadline filter={others} set={set} groups={groups} />
        {children}
      </Group>
      <AgencyAndRole filter={others} empty={isFilterEmpty(filter)} set={set} clear={clear} agencies={agencies} />
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
