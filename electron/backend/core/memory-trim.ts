// Gives memory back to the system after heavy work. An export or a burst of screens grows V8's heap
// (its young generation to 32 MB, old space sized for the peak), and V8 keeps that room long after:
// on the 10-year dataset the browser host stayed at 152 MB of RSS 15 s after three annual reports
// and the board's calls, with 20 MB of it alive. Two collections once the backend has been idle give
// it back (a young one after 1 s, then a full one of about 15 ms 6 s later: 148 → 106-115 MB). The
// clerk is reading a screen or saving a file then, so the pauses are not seen.
import v8 from 'node:v8';
import vm from 'node:vm';

/** Idle time after the last call before the heap is looked at. */
export const TRIM_IDLE_MS = 1000;
/**
 * Time between the young collection that starts a trim and the full one that ends it. V8 shrinks its
 * young generation in a full collection only when it allocated less than 1 MB/s since the collection
 * before; after a burst that can be up to 16 MB (a young generation's worth), so a young collection
 * first clears the count, and the full one comes once the 6 s after it were quiet. Measured on the
 * 10-year dataset: a full collection 1 or 3 s after the board's calls left the young generation at
 * 32 MB (136 MB RSS), one 6 s after gave it back (106 MB), but not always (142 MB once: allocated
 * since the burst's last collection).
 */
export const TRIM_SETTLE_MS = 6000;
/** From the last call to the end of a trim. */
export const TRIM_DONE_AFTER_MS = TRIM_IDLE_MS + TRIM_SETTLE_MS;
/** Growth of V8's heap and the buffers it holds since the last trim (or start) worth a collection. */
export const TRIM_GROWTH_BYTES = 8 * 1024 * 1024;

export interface Collectors {
  /** A collection of the young generation alone (a few milliseconds). */
  young: () => void;
  /** A full collection (about 15 ms on the 10-year dataset). */
  full: () => void;
}

/**
 * Garbage collections on demand (V8's `gc()` of --expose-gc, which Electron's main process cannot be
 * given at start). Null where V8 does not offer them. The flag is set only while a fresh context is
 * made to read the function from, so no other code sees a global `gc`.
 */
export function collectors(): Collectors | null {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    if (typeof gc !== 'function') return null;
    const run = gc as (options?: { type: 'minor' }) => void;
    // `{ type: 'minor' }` is read the same by every V8; without arguments, a full collection.
    return { young: () => run({ type: 'minor' }), full: () => run() };
  } catch {
    return null;
  } finally {
    v8.setFlagsFromString('--no-expose-gc');
  }
}

export interface MemoryTrimOptions {
  collect: Collectors;
  /** True while a call runs: a trim never pauses one. */
  busy: () => boolean;
  /** The heap's committed size and the buffers outside it, in bytes. */
  heapBytes?: () => number;
  idleMs?: number;
  settleMs?: number;
  growthBytes?: number;
}

export interface MemoryTrim {
  /** Tells the trim that the last running call (or a backup) has ended: it looks at the heap after idleMs. */
  idle(): void;
  stop(): void;
}

function heapAndBuffers(): number {
  const heap = v8.getHeapStatistics();
  return heap.total_heap_size + heap.external_memory;
}

export function createMemoryTrim(options: MemoryTrimOptions): MemoryTrim {
  const heapBytes = options.heapBytes ?? heapAndBuffers;
  const idleMs = options.idleMs ?? TRIM_IDLE_MS;
  const settleMs = options.settleMs ?? TRIM_SETTLE_MS;
  const growthBytes = options.growthBytes ?? TRIM_GROWTH_BYTES;
  let baseline = heapBytes();
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const later = (fn: () => void, ms: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(fn, ms);
    timer.unref();
  };
  const finish = () => {
    timer = null;
    if (stopped || options.busy()) return;
    options.collect.full();
    baseline = heapBytes();
  };
  const look = () => {
    timer = null;
    if (stopped || options.busy()) return;
    const now = heapBytes();
    baseline = Math.min(baseline, now);
    if (now - baseline < growthBytes) return;
    options.collect.young();
    later(finish, settleMs);
  };

  return {
    idle() {
      if (!stopped) later(look, idleMs);
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
