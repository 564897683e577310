// Which figures make a statistic's total in the consolidated report (issue 12), and which totals
// contradict each other. Pure rules over the figures of one period.
//
// One source of truth per statistic: a prosecution (truy tố) is counted by the Viện kiểm sát, a trial
// (xét xử) by the Tòa án, cases and suspects by the Công an. When the responsible agency reported the
// statistic, only its figure counts, so one prosecution reported by both the Công an and the Viện kiểm
// sát counts once; when it did not, the figures of the others are added as before.

/** The kind of agency whose figure is the statistic's figure (catalogue codes, §8 of the domain notes). */
export const STATISTIC_SOURCE_KIND: Readonly<Record<string, string>> = {
  D01: 'police',
  D02: 'police',
  D03: 'police',
  D04: 'police',
  D05: 'procuracy',
  D06: 'court',
  D07: 'police',
  D09: 'police',
};

/** The kinds' names, for the note under Phụ lục I. */
export const SOURCE_KIND_LABELS: Readonly<Record<string, string>> = {
  police: 'Công an',
  procuracy: 'Viện kiểm sát nhân dân',
  court: 'Tòa án nhân dân',
};

/**
 * The built-in source of each statistic in a plan: the plan's one agency of the responsible kind (none
 * when the plan has no such agency, or several).
 */
export function defaultStatisticSources(agencies: { id: number; kind: string }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const [code, kind] of Object.entries(STATISTIC_SOURCE_KIND)) {
    const of = agencies.filter((a) => a.kind === kind);
    if (of.length === 1) out.set(code, of[0]!.id);
  }
  return out;
}

/**
 * The plan's sources: the built-in ones, replaced by what the clerk chose in Cài đặt (an agency, or
 * null to add every agency's figures).
 */
export function statisticSources(
  agencies: { id: number; kind: string }[],
  chosen: { statisticCode: string; agencyId: number | null }[],
): Map<string, number> {
  const out = defaultStatisticSources(agencies);
  for (const c of chosen) {
    if (c.agencyId === null) out.delete(c.statisticCode);
    else out.set(c.statisticCode, c.agencyId);
  }
  return out;
}

/** The figures that count: for a statistic whose source agency reported it, only that agency's figure. */
export function countedFigures<F extends { agencyId: number; statisticCode: string }>(figures: F[], sources: Map<string, number>): F[] {
  const fromSource = new Set(figures.filter((f) => sources.get(f.statisticCode) === f.agencyId).map((f) => f.statisticCode));
  return figures.filter((f) => !fromSource.has(f.statisticCode) || sources.get(f.statisticCode) === f.agencyId);
}

/** Totals that cannot both be right: a part larger than its whole. */
export const CONSISTENCY_RULES: readonly { part: string; whole: string; wording: string }[] = [
  { part: 'C03', whole: 'C02', wording: 'số cơ sở được kiểm tra lớn hơn số lượt cơ sở được kiểm tra' },
  { part: 'C04', whole: 'C03', wording: 'số cơ sở vi phạm lớn hơn số cơ sở được kiểm tra' },
  { part: 'C07', whole: 'C04', wording: 'số cơ sở bị đình chỉ, thu hồi giấy phép lớn hơn số cơ sở vi phạm' },
  { part: 'A02', whole: 'A01', wording: 'số người bán dâm được thống kê lớn hơn số người bán dâm ước tính' },
];

/** One contradiction among a period's totals: the rule ("C03>C02"), the two totals, the words. */
export interface FigureCheck {
  rule: string;
  partValue: number;
  wholeValue: number;
  text: string;
}

/**
 * The contradictions among a period's totals: the rules above and every "trong đó" statistic larger
 * than its whole. Only statistics both reported are compared.
 */
export function figureChecks(totals: Map<string, number>, catalogue: { code: string; label: string; partOf: string | null }[]): FigureCheck[] {
  const rules = [
    ...CONSISTENCY_RULES,
    ...catalogue
      .filter((s) => s.partOf)
      .map((s) => ({ part: s.code, whole: s.partOf!, wording: `"${s.label}" lớn hơn tổng số` })),
  ];
  const out: FigureCheck[] = [];
  for (const r of rules) {
    const part = totals.get(r.part);
    const whole = totals.get(r.whole);
    if (part === undefined || whole === undefined || part <= whole) continue;
    out.push({
      rule: `${r.part}>${r.whole}`,
      partValue: part,
      wholeValue: whole,
      text: `${r.wording} (${part.toLocaleString('vi-VN')} so với ${whole.toLocaleString('vi-VN')})`,
    });
  }
  return out;
}

/** An accepted contradiction still applies while both totals are those it was accepted with. */
export function acceptanceApplies(check: FigureCheck, accepted: { rule: string; partValue: number; wholeValue: number }): boolean {
  return accepted.rule === check.rule && accepted.partValue === check.partValue && accepted.wholeValue === check.wholeValue;
}

/** The contradictions worded for the clerk. */
export function figureInconsistencies(
  totals: Map<string, number>,
  catalogue: { code: string; label: string; partOf: string | null }[],
): string[] {
  return figureChecks(totals, catalogue).map((c) => c.text);
}
