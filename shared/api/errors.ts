// Typed errors that cross the API boundary. Messages are Vietnamese and name the field at fault.

export const API_ERROR_CODES = [
  'VALIDATION', // input does not satisfy the contract or a domain rule
  'NOT_FOUND',
  'CONFLICT', // e.g. a duplicate, or a delete that would orphan records
  'RESTORING', // a restore is running: nothing was done; the window waits for it and sends the call again
  'UNAUTHORIZED', // browser host: missing or wrong start secret
  'UNKNOWN_METHOD',
  'BAD_REQUEST', // malformed transport payload
  'INTERNAL',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiError {
  code: ApiErrorCode;
  /** Vietnamese, shown to the clerk as is. */
  message: string;
  /** Input field the message is about (dotted path), when there is one. */
  field?: string;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** Thrown by handlers and domain code; turned into an ApiError by the dispatcher. */
export class AppError extends Error {
  constructor(
    public readonly code: ApiErrorCode,
    message: string,
    public readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiError).code === 'string' &&
    typeof (value as ApiError).message === 'string'
  );
}
