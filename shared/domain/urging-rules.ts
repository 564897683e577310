// Rules of urging (đôn đốc) that the screen applies before recording.

interface UrgedAgency {
  id: number;
  shortName: string;
}

interface PastUrging {
  urgedOn: string;
  agencies: UrgedAgency[];
}

/**
 * The chosen agencies that were already urged on `day` for this period (in the order of the
 * choice, each once): recording them again the same day is most often a second click, so the clerk
 * is asked first.
 */
export function alreadyUrgedOn(history: readonly PastUrging[], agencyIds: readonly number[], day: string): UrgedAgency[] {
  const urged = new Map<number, UrgedAgency>();
  for (const u of history) {
    if (u.urgedOn !== day) continue;
    for (const a of u.agencies) urged.set(a.id, a);
  }
  const found: UrgedAgency[] = [];
  for (const id of new Set(agencyIds)) {
    const a = urged.get(id);
    if (a) found.push(a);
  }
  return found;
}
