// "Ngày hoàn thành ghi vào" of the card completing a task period by period or agency by agency
// (@mantine/form): the day a part is marked done with, and the request marking or withdrawing it.
import type { FormErrors } from '@mantine/form';
import type { MethodInput } from '../../../../shared/api/contract';
import { DATE_MISSING } from '../form-rules';
import type { TypedDateMessages } from './task-form';

export interface PartDateValues {
  date: string | null;
}

/** Marking a part done needs a day: not a text that is no day (`typed`), not an empty field. */
export function partDateErrors(values: PartDateValues, typed: TypedDateMessages): FormErrors {
  return { date: typed.date ?? (values.date ? null : DATE_MISSING) };
}

/** Where the server's refusal of the day is shown: its completionDate is the form's date. */
export const PART_FIELDS = { completionDate: 'date' };

/** tasks.completePart: the part (a period, an agency for a task led by several) marked done on the day chosen, or withdrawn. */
export function partCompletionOf(
  taskId: number,
  part: { periodKey: string; agencyId: number | null },
  done: boolean,
  values: PartDateValues,
): MethodInput<'tasks.completePart'> {
  return { taskId, periodKey: part.periodKey, agencyId: part.agencyId, completionDate: done ? values.date : null };
}
