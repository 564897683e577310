// Agencies of the plan as options of a picker: deactivated ones are only offered when already chosen.
import type { AgencyRow } from '../../../../shared/api/models';

export function agencyOptions(agencies: AgencyRow[], keep: readonly number[] = []) {
  return agencies
    .filter((a) => a.active || keep.includes(a.id))
    .map((a) => ({
      value: String(a.id),
      label: a.active ? a.shortName : `${a.shortName} (ngừng hoạt động)`,
    }));
}
