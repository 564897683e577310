// Agencies of a task or target as a short list; the 10 district People's Committees read as one phrase.
// Mantine's Text markup written plainly (task-row-markup.tsx): it is drawn twice in every row of Nhiệm vụ.
import { PlainText } from './tasks/task-row-markup';
import type { AgencyRef } from '../../../shared/api/models';

export function agencyNames(agencies: AgencyRef[]): string {
  const districts = agencies.filter((a) => a.kind === 'district_pc');
  const others = agencies.filter((a) => a.kind !== 'district_pc').map((a) => a.shortName);
  if (districts.length >= 3) others.push(`UBND các huyện, thị xã, thành phố (${districts.length})`);
  else others.push(...districts.map((a) => a.shortName));
  return others.join('; ');
}

export function AgencyList({ agencies, empty = '—' }: { agencies: AgencyRef[]; empty?: string }) {
  if (agencies.length === 0)
    return (
      <PlainText c="dimmed" size="sm">
        {empty}
      </PlainText>
    );
  return (
    <PlainText size="sm" title={agencies.map((a) => a.shortName).join('; ')}>
      {agencyNames(agencies)}
    </PlainText>
  );
}
