// The "Theo mục V" cell of a task in the import review: the proposed links, each ticked to accept it;
// the links added by hand, each with "Bỏ"; and, while the row is being edited, a duty and a role to
// add one more by hand.
import { useState } from 'react';
import { ActionIcon, Button, Checkbox, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import type { DutyLinks } from './use-duty-links';

const roleLabel = (role: 'lead' | 'support') => (role === 'lead' ? 'chủ trì' : 'phối hợp');

export function DutyLinksCell({ task, links, editing }: { task: string; links: DutyLinks; editing: boolean }) {
  const [duty, setDuty] = useState<string | null>(null);
  const [role, setRole] = useState<'lead' | 'support'>('lead');
  const manual = links.manualOf(task);
  return (
    <Stack gap={4}>
      {links.proposedOf(task).map((l) => (
        <Checkbox
          key={l.duty}
          size="xs"
          checked={links.isAccepted(l)}
          onChange={(e) => links.setAccepted([l], e.currentTarget.checked)}
          aria-label={`Nhận liên kết ${l.task} theo ${l.duty}`}
          label={
            <>
              <Text span size="xs" fw={500}>
                {l.duty} ({roleLabel(l.role)})
              </Text>
              <Text span size="xs" c="dimmed">
                {' '}
                chung cụm “{l.quote}”, điểm {l.score.toLocaleString('vi-VN')}
              </Text>
            </>
          }
        />
      ))}
      {manual.map((l) => (
        <Group key={l.duty} gap={4} wrap="nowrap" data-link={`${l.task}>${l.duty}`}>
          <Text size="xs" fw={500}>
            {l.duty} ({roleLabel(l.role)})
          </Text>
          <Text size="xs" c="dimmed">
            thêm tay
          </Text>
          <ActionIcon size="xs" variant="subtle" color="red" aria-label={`Bỏ liên kết ${l.task} theo ${l.duty}`} onClick={() => links.removeLink(l.task, l.duty)}>
            ×
          </ActionIcon>
        </Group>
      ))}
      {editing && links.linkable.has(task) && (
        <Stack gap={4} aria-label={`Thêm liên kết theo mục V cho ${task}`} role="group">
          <Select
            aria-label={`Nhiệm vụ mục V cho ${task}`}
            size="xs"
            placeholder="Thêm liên kết theo mục V…"
            data={links.dutyChoices(task)}
            value={duty}
            onChange={setDuty}
            searchable
            maxDropdownHeight={260}
            comboboxProps={{ width: 520, position: 'bottom-end' }}
          />
          <Group gap={4} wrap="nowrap">
            <SegmentedControl
              size="xs"
              aria-label={`Vai trò liên kết ${task}`}
              value={role}
              onChange={(v) => setRole(v as 'lead' | 'support')}
              data={[
                { value: 'lead', label: 'Chủ trì' },
                { value: 'support', label: 'Phối hợp' },
              ]}
            />
            <Button
              size="compact-xs"
              variant="light"
              disabled={!duty}
              onClick={() => {
                if (!duty) return;
                links.addLink(task, duty, role);
                setDuty(null);
              }}
            >
              Thêm liên kết
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
