// The received report's form (@mantine/form): the values it opens with, what it says about each field
// before anything is sent, what it sends, and under which field the API's refusal is shown.
import type { FormErrors } from '@mantine/form';
import type { ReceivedReportRow, StatisticRow } from '../../../../shared/api/models';
import type { ReportChannel } from '../../../../shared/domain/types';
import { figureProblem, parseFigureVi } from '../../../../shared/domain/statistics';
import { formatNumberVi } from '../../../../shared/domain/target-format';

/** One line of the figures table: the statistic chosen and the figure as typed. */
export interface FigureLine {
  /** Keeps the line's inputs when a line above is removed. */
  key: number;
  statisticCode: string | null;
  value: string;
}

export interface ReportFormValues {
  arrivalDate: string | null;
  docNumber: string;
  docDate: string | null;
  channel: ReportChannel;
  needsSupplement: boolean;
  notes: string;
  figures: FigureLine[];
  /** Files chosen to attach (read when saving). */
  files: File[];
}

let lineKey = 1;
export const figureLine = (statisticCode: string | null = null, value = ''): FigureLine => ({ key: lineKey++, statisticCode, value });

export function initialReportValues(existing: ReceivedReportRow | null, today: string): ReportFormValues {
  return {
    arrivalDate: existing?.arrivalDate ?? today,
    docNumber: existing?.docNumber ?? '',
    docDate: existing?.docDate ?? null,
    channel: existing?.channel ?? 'paper',
    needsSupplement: existing?.needsSupplement ?? false,
    notes: existing?.notes ?? '',
    figures: (existing?.figures ?? []).map((f) => figureLine(f.statisticCode, formatNumberVi(f.value))),
    files: [],
  };
}

export interface ReadFigures {
  /** Messages by form path (`figures.2.value`). */
  errors: FormErrors;
  /** The figures to send, in order. */
  figures: { statisticCode: string; value: number }[];
  /** For each figure sent, the form line it comes from (lines left empty send nothing). */
  lines: number[];
}

/** Reads the figures table: a line without a figure is skipped; a figure needs a statistic, once, and a value its unit allows. */
export function readFigures(lines: FigureLine[], byCode: ReadonlyMap<string, StatisticRow>): ReadFigures {
  const errors: FormErrors = {};
  const figures: ReadFigures['figures'] = [];
  const sent: number[] = [];
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (!line.statisticCode) {
      if (line.value.trim()) errors[`figures.${i}.statisticCode`] = 'Chưa chọn chỉ số.';
      return;
    }
    if (line.value.trim() === '') return; // a line left empty (e.g. offered for a target) gives no figure
    const stat = byCode.get(line.statisticCode)!;
    if (seen.has(line.statisticCode)) {
      errors[`figures.${i}.statisticCode`] = 'Chỉ số này đã có ở dòng trên.';
      return;
    }
    seen.add(line.statisticCode);
    const value = parseFigureVi(line.value);
    const problem = figureProblem(value, stat.unit);
    if (problem) errors[`figures.${i}.value`] = `Số liệu ${problem}.`;
    else {
      figures.push({ statisticCode: line.statisticCode, value });
      sent.push(i);
    }
  });
  return { errors, figures, lines: sent };
}

/** The report's fields as the API takes them (reports.create / reports.update), figures read. */
export function reportFields(values: ReportFormValues, figures: ReadFigures['figures']) {
  return {
    arrivalDate: values.arrivalDate!,
    docNumber: values.docNumber.trim() || null,
    docDate: values.docDate,
    channel: values.channel,
    needsSupplement: values.needsSupplement,
    notes: values.notes.trim() || null,
    figures,
  };
}

const OWN_FIELDS = ['arrivalDate', 'docDate', 'docNumber', 'channel', 'notes'];

/**
 * The form path under which a refusal naming `field` is shown, or null when no input of the form is
 * about it (the message then stands above the form). `sentLines`: the lines the figures sent came
 * from, so that "figures.1.value" of the request lands on the line the clerk sees it on.
 */
export function formPathOfRefusal(field: string, sentLines: readonly number[]): string | null {
  if (/^(addAttachments|attachments)(\.|$)/.test(field)) return 'files';
  if (OWN_FIELDS.includes(field)) return field;
  const figure = /^figures\.(\d+)\.(statisticCode|value)$/.exec(field);
  if (figure) {
    const line = sentLines[Number(figure[1])];
    return line === undefined ? null : `figures.${line}.${figure[2]}`;
  }
  return null;
}
