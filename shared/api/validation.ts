// Validation of API inputs against the contract, with messages a clerk can read.
import type { z } from 'zod';
import type { ApiError } from './errors';
import { fieldLabel } from './field-labels';
import { idOnlyInputs } from './fields';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'chữ',
  number: 'số',
  int: 'số nguyên',
  boolean: 'đúng/sai',
  object: 'nhóm thông tin',
  array: 'danh sách',
  date: 'ngày',
};

/** One issue, in Vietnamese, without the field name. */
export function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'chưa được nhập';
      return `phải là ${TYPE_NAMES[issue.expected] ?? 'giá trị hợp lệ'}`;
    case 'too_big':
      if (issue.origin === 'string') return `dài quá ${issue.maximum} ký tự`;
      if (issue.origin === 'array') return `có quá ${issue.maximum} mục`;
      return `không được lớn hơn ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? 'chưa được nhập' : `phải có ít nhất ${issue.minimum} ký tự`;
      if (issue.origin === 'array') return `phải có ít nhất ${issue.minimum} mục`;
      return `không được nhỏ hơn ${issue.minimum}`;
    case 'invalid_format':
      return 'không đúng định dạng';
    case 'not_multiple_of':
      return 'phải là số nguyên';
    case 'unrecognized_keys':
      return `có trường không được phép: ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return 'không thuộc các giá trị cho phép';
    case 'custom':
      // Our own refinements (shared/api/fields.ts) mark their Vietnamese message.
      if ((issue.params as { vi?: boolean } | undefined)?.vi) return issue.message;
      return 'không hợp lệ';
    default:
      return issue.message && !/^[A-Za-z]/.test(issue.message) ? issue.message : 'không hợp lệ';
  }
}

export function issueToApiError(issue: Issue): ApiError {
  const path = issue.path.map(String).join('.');
  const label = path ? fieldLabel(path) : 'Dữ liệu gửi lên';
  const error: ApiError = { code: 'VALIDATION', message: `${label}: ${describeIssue(issue)}.` };
  if (path) error.field = path;
  return error;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
  const idKeys = idOnlyInputs.get(schema);
  if (idKeys) {
    const ids = plainIds(input, idKeys);
    if (ids) return { ok: true, value: ids as z.output<S> };
  }
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const first = result.error.issues[0];
  return {
    ok: false,
    error: first ? issueToApiError(first) : { code: 'VALIDATION', message: 'Dữ liệu không hợp lệ.' },
  };
}

/**
 * The ids of an input made of ids alone (fields.ts: idsInput), when it is exactly a plain object of
 * those keys, each a positive safe integer: what zod accepts for it, and the same value it returns.
 * Anything else is null, and zod checks it and words the message.
 */
function plainIds(input: unknown, keys: readonly string[]): Record<string, number> | null {
  if (typeof input !== 'object' || input === null || Object.getPrototypeOf(input) !== Object.prototype) return null;
  if (Object.keys(input).length !== keys.length) return null;
  const ids: Record<string, number> = {};
  for (const key of keys) {
    const value = (input as Record<string, unknown>)[key];
    if (!Object.hasOwn(input, key) || typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) return null;
    ids[key] = value;
  }
  return ids;
}
