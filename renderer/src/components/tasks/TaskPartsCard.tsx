// On the task page: a recurring task completed period by period, and a task led by several
// agencies completed agency by agency ("4/10 đơn vị đã hoàn thành"). Shown only for such tasks.
// The day written is held by a @mantine/form form (task-parts-form.ts).
import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { call } from '../../api/client';
import { useApi } from '../../hooks/useApi';
import { useToday } from '../../hooks/useToday';
import { DateField } from '../DateField';
import { TaskStatusBadge } from '../TaskStatusBadge';
import { fieldError, showApiError, typedDateProps, useTypedDates } from '../form-rules';
import { formatDateVi } from '../../../../shared/dates/vietnamese-dates';
import { partCompletionOf, partDateErrors, PART_FIELDS, type PartDateValues } from './task-parts-form';

export function TaskPartsCard({ taskId, onChanged }: { taskId: number; onChanged: () => void }) {
  const parts = useApi('tasks.parts', { taskId });
  const today = useToday();
  const dates = useTypedDates();
  const form = useForm<PartDateValues>({
    initialValues: { date: today },
    validate: (values) => partDateErrors(values, dates.typed),
  });
  const [error, setError] = useState<string | null>(null);
  // Today, once it is known, unless the clerk has already chosen a day.
  const { setFieldValue, isTouched } = form;
  const date = form.values.date;
  useEffect(() => {
    if (today && date === null && !isTouched('date')) setFieldValue('date', today);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the form's helpers change identity each render; today is filled in once
  }, [today, date]);
  const view = parts.data && parts.data.taskId === taskId ? parts.data : null;
  if (!view || (!view.recurring && view.leads.length < 2)) return null;
  const shared = view.leads.length >= 2;

  async function mark(periodKey: string, agencyId: number | null, done: boolean) {
    setError(null);
    if (done && form.validate().hasErrors) return;
    try {
      await call('tasks.completePart', partCompletionOf(taskId, { periodKey, agencyId }, done, form.getValues()));
      onChanged();
    } catch (err) {
      setError(showApiError(form, err, PART_FIELDS));
    }
  }

  return (
    <Card withBorder padding="sm" aria-label="Hoàn thành theo kỳ và theo đơn vị">
      <Group justify="space-between" mb="xs">
        <Title order={5}>{view.recurring ? 'Hoàn thành theo từng kỳ' : 'Hoàn thành theo từng cơ quan chủ trì'}</Title>
        <DateField
          label="Ngày hoàn thành ghi vào"
          {...typedDateProps(form, dates, 'date')}
          error={fieldError(form, 'date')}
          w={190}
          size="xs"
        />
      </Group>
      {error && (
        <Alert color="red" mb="xs">
          {error}
        </Alert>
      )}
      <Stack gap="sm">
        {view.parts.map((p) => (
          <Stack gap={4} key={p.key}>
            <Group gap="xs">
              {view.recurring && <Text fw={600} size="sm">Kỳ {p.label}</Text>}
              {p.dueDate && <Text size="sm" c="dimmed">hạn {formatDateVi(p.dueDate)}</Text>}
              <TaskStatusBadge status={p.status} />
              {p.leadsDone && (
                <Badge variant="light" color={p.completionDate ? 'green' : 'gray'} style={{ textTransform: 'none' }}>
                  {p.leadsDone}
                </Badge>
              )}
              {!shared &&
                (p.fromRegister && p.completionDate ? (
                  <Badge variant="light" color="green" style={{ textTransform: 'none' }} aria-label={`Kỳ ${p.label}: đã nhận báo cáo`}>
                    Đã nhận báo cáo {formatDateVi(p.completionDate)} (sổ báo cáo)
                  </Badge>
                ) : p.completionDate ? (
                  <Button size="compact-xs" variant="subtle" color="gray" onClick={() => mark(p.key, null, false)} aria-label={`Bỏ hoàn thành kỳ ${p.label}`}>
                    Đã hoàn thành {formatDateVi(p.completionDate)} · Bỏ
                  </Button>
                ) : (
                  <Button size="compact-xs" color="green" variant="light" onClick={() => mark(p.key, null, true)} aria-label={`Hoàn thành kỳ ${p.label}`}>
                    Hoàn thành kỳ này
                  </Button>
                ))}
            </Group>
            {shared && (
              <Table verticalSpacing={2} aria-label={view.recurring ? `Cơ quan chủ trì, kỳ ${p.label}` : 'Cơ quan chủ trì'}>
                <Table.Tbody>
                  {view.leads.map((a) => {
                    const done = p.done.find((d) => d.agencyId === a.id);
                    return (
                      <Table.Tr key={a.id}>
                        <Table.Td>{a.shortName}</Table.Td>
                        <Table.Td w={220}>
                          {done?.fromRegister ? (
                            <Text size="xs" c="green">
                              Đã nhận báo cáo {formatDateVi(done.date)} (sổ báo cáo)
                            </Text>
                          ) : done ? (
                            <Button size="compact-xs" variant="subtle" color="gray" onClick={() => mark(p.key, a.id, false)} aria-label={`Bỏ hoàn thành: ${a.shortName}`}>
                              Đã hoàn thành {formatDateVi(done.date)} · Bỏ
                            </Button>
                          ) : (
                            <Button size="compact-xs" color="green" variant="light" onClick={() => mark(p.key, a.id, true)} aria-label={`Hoàn thành: ${a.shortName}`}>
                              Đánh dấu hoàn thành
                            </Button>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
