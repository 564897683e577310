// The host boundary: checks the method and its input against the contract, runs the handler,
// and turns every failure into a typed error with a Vietnamese message. Never throws.
import { contract, isMethodName } from '../../../shared/api/contract';
import { AppError, type ApiResult } from '../../../shared/api/errors';
import { validate } from '../../../shared/api/validation';
import { encodeForWire } from '../../../shared/api/wire';
import { diskFullMessage, isDiskFull } from '../../../db/disk-full';
import { callsInProgress } from '../../../db/connection';
import type { HandlerContext, Handlers } from '../handlers/types';

export async function dispatch(
  handlers: Handlers,
  ctx: HandlerContext,
  method: unknown,
  input: unknown,
): Promise<ApiResult<unknown>> {
  if (typeof method !== 'string' || !isMethodName(method)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Yêu cầu không được hỗ trợ.' } };
  }
  const checked = validate(contract[method].input, input ?? {});
  if (!checked.ok) return { ok: false, error: checked.error };
  let leave: () => void;
  try {
    leave = ctx.gate?.enter(method) ?? (() => undefined);
  } catch (err) {
    const e = err as AppError;
    return { ok: false, error: { code: e.code, message: e.message } };
  }
  // Commits made while this call runs (db/connection.ts: callsInProgress).
  const scope = { commits: 0 };
  callsInProgress.add(scope);
  try {
    const handler = handlers[method] as (input: unknown, ctx: HandlerContext) => unknown;
    return { ok: true, data: await handler(checked.value, ctx) };
  } catch (err) {
    if (err instanceof AppError) {
      const error = { code: err.code, message: err.message, ...(err.field ? { field: err.field } : {}) };
      return { ok: false, error };
    }
    console.error(`[api] ${method} failed:`, err);
    const saved = scope.commits > 0;
    if (isDiskFull(err)) return { ok: false, error: { code: 'INTERNAL', message: diskFullMessage(ctx.info.dataDir, { saved }) } };
    // "Nothing changed" only when no change was committed during this call.
    const message = saved
      ? 'Có lỗi khi xử lý yêu cầu, sau khi thay đổi đã được lưu. Hãy tải lại màn hình để xem dữ liệu hiện tại trước khi làm tiếp.'
      : 'Có lỗi khi xử lý yêu cầu; dữ liệu không bị thay đổi. Hãy thử lại.';
    return { ok: false, error: { code: 'INTERNAL', message } };
  } finally {
    callsInProgress.delete(scope);
    leave();
  }
}

/**
 * dispatch, with the result as the hosts send it (shared/api/wire.ts: tasks.list with each group and
 * agency once); the UI's API client decodes it back.
 */
export async function dispatchForWire(handlers: Handlers, ctx: HandlerContext, method: unknown, input: unknown): Promise<ApiResult<unknown>> {
  const result = await dispatch(handlers, ctx, method, input);
  return result.ok ? { ok: true, data: encodeForWire(method as string, result.data) } : result;
}
