// Who leads or supports a task: its own agencies, then those of the duties of another section that
// carry it out, marked "theo mục V" with the duties' codes; where no duty carries it, the plan's words
// ("Chung: thành viên BCĐ 138, UBND cấp huyện").
import type { TaskRow } from '../../../../shared/api/models';
import { AgencyList } from '../AgencyList';
import { PlainStack, PlainText } from './task-row-markup';

type Agencies = Pick<TaskRow, 'lead' | 'support' | 'linkedLead' | 'linkedSupport' | 'carriedBy' | 'sharedResponsibility'>;

export function TaskAgencies({ task, role }: { task: Agencies; role: 'lead' | 'support' }) {
  const own = role === 'lead' ? task.lead : task.support;
  const linked = (role === 'lead' ? task.linkedLead : task.linkedSupport) ?? [];
  const extra = linked.filter((a) => !own.some((o) => o.id === a.id) && (role === 'lead' || !task.lead.some((l) => l.id === a.id)));
  const duties = task.carriedBy ?? [];
  const sections = [...new Set(duties.map((d) => d.code.split('.')[0]))];
  if (extra.length === 0) {
    if (own.length === 0 && role === 'lead' && task.sharedResponsibility) {
      return (
        <PlainText size="sm" data-testid="shared-responsibility">
          {task.sharedResponsibility}
        </PlainText>
      );
    }
    return <AgencyList agencies={own} {...(role === 'lead' ? { empty: 'Chưa giao' } : {})} />;
  }
  return (
    <PlainStack>
      {own.length > 0 && <AgencyList agencies={own} />}
      <AgencyList agencies={extra} />
      <PlainText size="xs" c="dimmed" title={duties.map((d) => d.code).join(', ')}>
        theo mục {sections.join(', ')}
      </PlainText>
    </PlainStack>
  );
}
