// Inputs made of ids alone are checked without zod (shared/api/validation.ts): the answer, accepted
// value or Vietnamese message naming the field, must be exactly zod's for every input.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { idOnlyInputs, idsInput } from '../../../shared/api/fields';
import { validate } from '../../../shared/api/validation';
import { contract } from '../../../shared/api/contract';

const agencyInPlan = idsInput('planId', 'agencyId');
/** The same schema, not registered as ids only: zod alone decides. */
const zodOnly = z.object({ planId: z.number().int().positive(), agencyId: z.number().int().positive() }).strict();

const inputs: [string, unknown][] = [
  ['two ids', { planId: 3, agencyId: 12 }],
  ['the keys in the other order', { agencyId: 12, planId: 3 }],
  ['the largest safe id', { planId: Number.MAX_SAFE_INTEGER, agencyId: 1 }],
  ['an id past the safe range', { planId: 2 ** 53, agencyId: 1 }],
  ['zero', { planId: 0, agencyId: 1 }],
  ['a negative id', { planId: -4, agencyId: 1 }],
  ['a fraction', { planId: 1.5, agencyId: 1 }],
  ['a number as text', { planId: '3', agencyId: 1 }],
  ['NaN', { planId: Number.NaN, agencyId: 1 }],
  ['Infinity', { planId: Number.POSITIVE_INFINITY, agencyId: 1 }],
  ['null in place of an id', { planId: null, agencyId: 1 }],
  ['a missing id', { planId: 3 }],
  ['an id given as undefined', { planId: 3, agencyId: undefined }],
  ['an extra field', { planId: 3, agencyId: 1, taskId: 2 }],
  ['an extra field in place of one', { planId: 3, taskId: 2 }],
  ['no object', 7],
  ['null', null],
  ['a list', [3, 1]],
  ['an object without prototype', Object.assign(Object.create(null), { planId: 3, agencyId: 1 })],
  ['a class instance', new (class Ids { planId = 3; agencyId = 1 })()],
];

describe('an input of ids alone', () => {
  it('is registered for the checks without zod, and the contract uses it for the board calls', () => {
    expect(idOnlyInputs.get(agencyInPlan)).toEqual(['planId', 'agencyId']);
    for (const method of ['tasks.get', 'tasks.history', 'agencies.get', 'agencies.history', 'reporting.agencyHistory', 'tasks.list'] as const) {
      expect(idOnlyInputs.has(contract[method].input), method).toBe(true);
    }
  });

  it.each(inputs)('gives the answer zod gives: %s', (_name, input) => {
    expect(validate(agencyInPlan, input)).toEqual(validate(zodOnly, input));
  });

  it('accepts two ids and returns exactly them, in a new object', () => {
    const input = { planId: 3, agencyId: 12 };
    const checked = validate(agencyInPlan, input);
    expect(checked).toEqual({ ok: true, value: { planId: 3, agencyId: 12 } });
    if (checked.ok) expect(checked.value).not.toBe(input);
  });

  it('names the field in Vietnamese when an id is wrong', () => {
    const checked = validate(agencyInPlan, { planId: 3, agencyId: 0 });
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.error.field).toBe('agencyId');
      expect(checked.error.message).toMatch(/không được nhỏ hơn|phải là/);
    }
  });
});
