// Opening Nhiệm vụ finds its data waiting. After start, while the browser is idle, the screen's code
// and its three reads (tasks.list, agencies.list, taskGroups.list) come into the query cache under the
// keys `useApi` asks by, and the search's folded text of the tasks is built a slice at a time; the
// screen then draws its rows from the cache (and asks again behind them, as every screen does).
import type { QueryClient } from '@tanstack/react-query';
import { call } from './client';
import { queryClient } from './query-client';
import { TaskSearchIndex } from '../../../shared/domain/task-filter';
import type { MethodName } from '../../../shared/api/contract';
import type { TaskRow } from '../../../shared/api/models';

/** Prefetched reads stay in the cache this long unused (TanStack's own default is 5 minutes). */
const KEEP_MS = 30 * 60_000;

type Cancel = () => void;

/** Runs `fn` when the browser is idle (at the latest after `timeout` ms); the returned function cancels it. */
export function whenIdle(fn: (deadline: IdleDeadline | null) => void, timeout = 2000): Cancel {
  if (typeof window.requestIdleCallback !== 'function') {
    const t = window.setTimeout(() => fn(null), 200);
    return () => window.clearTimeout(t);
  }
  const id = window.requestIdleCallback((d) => fn(d), { timeout });
  return () => window.cancelIdleCallback(id);
}

/** A warming step runs at the latest this long after the last, idle or not. */
const WARM_STEP_TIMEOUT_MS = 50;
/** The work of a warming step that came by its timeout, the browser not being idle. */
const WARM_BUSY_BUDGET_MS = 8;

/**
 * Folds the index's tasks while the browser is idle, a few milliseconds at a time, so that a keystroke
 * never waits behind a long task; a keystroke before the end folds the rest itself. On a busy page
 * (the rows being drawn) a step still comes every 50 ms: with the 2 s that prefetching waits, the 5,000
 * tasks were a third folded 1.5 s after the list came, and the first letter folded the rest (145 ms).
 */
export function warmWhileIdle(index: TaskSearchIndex): Cancel {
  let cancel: Cancel = () => {};
  const step = (deadline: IdleDeadline | null) => {
    const start = performance.now();
    const budget = deadline && !deadline.didTimeout ? Math.max(2, deadline.timeRemaining() - 1) : WARM_BUSY_BUDGET_MS;
    if (!index.warmUntil(() => performance.now() - start > budget)) cancel = whenIdle(step, WARM_STEP_TIMEOUT_MS);
  };
  cancel = whenIdle(step, WARM_STEP_TIMEOUT_MS);
  return () => cancel();
}

/** A thenable already fulfilled with `value`: `then` calls back at once and gives another such thenable. */
function settled(value: unknown): PromiseLike<unknown> & { catch: () => PromiseLike<unknown> } {
  return {
    catch: () => settled(value),
    then: (onFulfilled?: ((v: unknown) => unknown) | null) => {
      const next = onFulfilled ? onFulfilled(value) : value;
      return (next && typeof (next as PromiseLike<unknown>).then === 'function' ? next : settled(next)) as PromiseLike<never>;
    },
  };
}

/**
 * A screen's lazy import that, once its code has come (the idle prefetch), hands it over at once: a
 * thenable whose `then` answers in the same call, which React.lazy takes as already loaded. A plain
 * `import()` is a new pending promise every time, so opening the screen would suspend: the screen
 * before it hidden behind "Đang tải…", and the rows drawn in a second pass a frame or more later.
 */
export function preloadable<M>(load: () => Promise<M>): () => Promise<M> {
  let loaded: { module: M } | null = null;
  let pending: Promise<M> | null = null;
  return () => {
    if (loaded) return settled(loaded.module) as unknown as Promise<M>;
    pending ??= load().then(
      (m) => {
        loaded = { module: m };
        return m;
      },
      (err: unknown) => {
        pending = null;
        throw err;
      },
    );
    return pending;
  };
}

/** The reads of Nhiệm vụ, each asked with `{ planId }`. */
const TASKS_SCREEN_READS: MethodName[] = ['tasks.list', 'agencies.list', 'taskGroups.list'];

/**
 * Loads Nhiệm vụ's code and data for the plan while idle, then warms its search. `loadCode` is the
 * screen's own lazy import (App.tsx), so the same chunk is fetched once.
 */
export function prefetchTasksScreen(planId: number, loadCode: () => Promise<unknown>, client: QueryClient = queryClient): Cancel {
  let stopped = false;
  let stopWarm: Cancel = () => {};
  const stopIdle = whenIdle(() => {
    void Promise.resolve(loadCode()).catch(() => undefined);
    for (const method of TASKS_SCREEN_READS) {
      const key = [method, { planId }];
      void client
        .prefetchQuery({ queryKey: key, queryFn: () => call(method, { planId } as never), gcTime: KEEP_MS })
        .then(() => {
          const tasks = method === 'tasks.list' ? client.getQueryData<TaskRow[]>(key) : undefined;
          if (tasks && !stopped) stopWarm = warmWhileIdle(TaskSearchIndex.of(tasks));
        });
    }
  });
  return () => {
    stopped = true;
    stopIdle();
    stopWarm();
  };
}
