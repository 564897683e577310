// Field schemas shared by the parts of the contract: what a date or a number may be before it
// reaches a handler. A value the app cannot read back (a year 10000 deadline, a figure of 1e300)
// is refused here, with a message naming the field, rather than saved and failing every screen.
import { z } from 'zod';
import { isIsoDate } from '../dates/iso-date';

/** First and last day the app stores (the same range the date rules in shared/dates accept). */
export const FIRST_DAY = '1900-01-01';
export const LAST_DAY = '2999-12-31';
export const DATE_RANGE_TEXT = 'từ 01/01/1900 đến 31/12/2999';

/** Custom issues carry `params.vi`: their message is Vietnamese and is shown as is. */
const vi = (message: string) => ({ message, params: { vi: true } });

/** A calendar day "YYYY-MM-DD", real, from 01/01/1900 to 31/12/2999. */
export const isoDate = z.string().refine(isIsoDate, vi(`phải là một ngày có thật ${DATE_RANGE_TEXT}`));

/** Largest magnitude of a stored figure or target value: integers stay exact up to here. */
export const MAX_SAFE_VALUE = Number.MAX_SAFE_INTEGER;

/** A figure or target value: finite, within ±MAX_SAFE_VALUE. */
export const safeNumber = z.number().min(-MAX_SAFE_VALUE).max(MAX_SAFE_VALUE);

/** One contract entry: the input schema checked at the boundary, and the output type (types only). */
export function method<I extends z.ZodType, O>(input: I) {
  return { input, output: undefined as unknown as O };
}

/** A record's id: a positive integer. */
export const id = z.number().int().positive();

/** No input at all. */
export const none = z.object({}).strict();

/**
 * Inputs made of record ids alone, with their keys. Most board calls take only ids: validation checks
 * these itself (shared/api/validation.ts), which costs a twentieth of zod's parse, and gives anything
 * it does not accept to zod for the message.
 */
export const idOnlyInputs = new WeakMap<z.ZodType, readonly string[]>();

/** Input naming records by their ids alone, e.g. `idsInput('planId', 'agencyId')`. */
export function idsInput<K extends string>(...keys: K[]) {
  const schema = z.object(Object.fromEntries(keys.map((k) => [k, id])) as Record<K, typeof id>).strict();
  idOnlyInputs.set(schema, keys);
  return schema;
}

/** Input naming one plan. */
export const byPlan = idsInput('planId');

/** Required text: trimmed, not empty, at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1).max(max);

/** Text that may be cleared: '' and null both mean "none"; trimmed, at most `max` characters. */
export const nullableText = (max: number) => z.string().trim().max(max).nullable();

/** Text that may be cleared or left out: '', null and absent all mean "none"; trimmed, at most `max` characters. */
export const optionalText = (max: number) => nullableText(max).optional();

/** A list of at most `items` lines, each trimmed and at most `max` characters (blank lines allowed). */
export const lines = (items: number, max: number) => z.array(z.string().trim().max(max)).max(items);
