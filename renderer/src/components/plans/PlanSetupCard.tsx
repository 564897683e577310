// A new plan guides the clerk: what is still missing (details, agencies, tasks, targets, reporting
// duty, document settings), each with a link to where it is done. Hidden once everything is there.
import { Anchor, Badge, Card, Group, List, Text, Title } from '@mantine/core';
import type { SetupItemId } from '../../../../shared/domain/plan-setup';
import { useApi } from '../../hooks/useApi';
import { hashOf } from '../../app/routes';

const LINKS: Record<Exclude<SetupItemId, 'details'>, { href: string; text: string }> = {
  agencies: { href: hashOf('agencies'), text: 'Thêm cơ quan, đơn vị' },
  tasks: { href: hashOf('tasks'), text: 'Thêm nhiệm vụ' },
  targets: { href: hashOf('targets'), text: 'Thêm chỉ tiêu' },
  duties: { href: hashOf('reports'), text: 'Đặt chế độ báo cáo' },
  documents: { href: hashOf('settings'), text: 'Thiết lập văn bản' },
};

interface Props {
  planId: number;
  onOpenDetails: () => void;
}

export function PlanSetupCard({ planId, onOpenDetails }: Props) {
  const setup = useApi('plans.setup', { planId });
  const data = setup.data;
  if (!data || data.complete) return null;
  const missing = data.items.filter((i) => !i.done).length;
  return (
    <Card withBorder padding="lg" aria-label="Việc cần làm để hoàn thiện kế hoạch" bg="yellow.0">
      <Group justify="space-between" mb="xs">
        <Title order={4}>Hoàn thiện kế hoạch</Title>
        <Badge color="yellow" variant="light" style={{ textTransform: 'none' }}>
          Còn thiếu {missing}/{data.items.length} mục
        </Badge>
      </Group>
      <List spacing={6} listStyleType="none" pl={0}>
        {data.items.map((item) => (
          <List.Item key={item.id}>
            <Group gap="xs" wrap="nowrap">
              <Text span fw={700} c={item.done ? 'teal.7' : 'orange.7'} w={18}>
                {item.done ? '✓' : '○'}
              </Text>
              <Text span fw={500} w={170}>
                {item.label}
              </Text>
              <Text span size="sm" c="dimmed" style={{ flex: 1 }}>
                {item.hint}
              </Text>
              {!item.done &&
                (item.id === 'details' ? (
                  <Anchor component="button" size="sm" onClick={onOpenDetails}>
                    Nhập thông tin kế hoạch
                  </Anchor>
                ) : (
                  <Anchor size="sm" href={LINKS[item.id].href}>
                    {LINKS[item.id].text}
                  </Anchor>
                ))}
            </Group>
          </List.Item>
        ))}
      </List>
    </Card>
  );
}

