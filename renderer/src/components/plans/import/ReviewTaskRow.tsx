// One task of the import review: what was recognised, with its source paragraph; "Sửa" opens the
// fields of this row only (leads, supporters, deadline, and a "theo mục V" link added by hand).
import { Badge, Button, MultiSelect, Select, Stack, Table, Text } from '@mantine/core';
import type { DeadlineKind, PeriodType } from '../../../../../shared/domain/types';
import { DateField } from '../../DateField';
import { DEADLINE_KINDS, PERIODS, deadlineLabel, type ImportedTask } from './labels';
import { DutyLinksCell } from './DutyLinksCell';
import type { DutyLinks } from './use-duty-links';

interface Props {
  task: ImportedTask;
  editing: boolean;
  onEdit: () => void;
  agencyOptions: { value: string; label: string }[];
  agencyName: (code: string) => string;
  source: string;
  onChange: (patch: Partial<ImportedTask>) => void;
  /** The "theo mục V" column, where the plan has general tasks and duties. */
  links?: DutyLinks;
}

export function ReviewTaskRow({ task: t, editing, onEdit, agencyOptions, agencyName, source, onChange, links }: Props) {
  const linked = links?.linkedOf(t.code) ?? { lead: [], support: [] };
  const viaV = (codes: string[]) => (
    <Text size="sm">
      {codes.map(agencyName).join('; ')}{' '}
      <Text span size="xs" c="dimmed">
        (theo mục V)
      </Text>
    </Text>
  );
  const supportViaV = linked.support.filter((c) => !t.lead.includes(c) && !t.support.includes(c));
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
        ) : linked.lead.length ? (
          viaV(linked.lead)
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
            {supportViaV.length > 0 && viaV(supportViaV)}
          </>
        )}
      </Table.Td>
      <Table.Td>
        {editing ? (
          // Wide enough for "Thường xuyên" and a date: the review table shares its width among many columns.
          <Stack gap={4} miw={150}>
            <Select
              aria-label={`Loại thời hạn ${t.code}`}
              size="xs"
              data={DEADLINE_KINDS}
              value={t.deadlineKind}
              allowDeselect={false}
              onChange={(v) => v && onChange({ deadlineKind: v as DeadlineKind })}
            />
            {t.deadlineKind === 'date' && (
              <DateField aria-label={`Ngày hạn ${t.code}`} size="xs" value={t.deadline ?? null} onChange={(iso) => iso && onChange({ deadline: iso })} />
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
          <DutyLinksCell task={t.code} links={links} editing={editing} />
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
