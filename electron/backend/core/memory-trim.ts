// Gives memory back to the system after heavy work. An export or a burst of screens grows V8's heap
// (its young generation to 32 MB, old space sized for the peak), and V8 keeps that room long after:
// on the 10-year dataset the browser host stayed at 152 MB of RSS 15 s after three annual reports
// and the board's calls, with 20 MB of it alive. One full collection once the backend has been idle
// a few seconds gives it back (about 15 ms; 142 → 106 MB). The clerk is reading a screen or saving a
// file then, so the pause is not seen.
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * Idle time after the last call before the heap is looked at. V8 shrinks the young generation in a
 * full collection only when less than 1 MB/s was allocated over the last 5 s; measured here, a
 * collection 1 or 3 s after the board's calls left it at 32 MB (136 MB RSS), one after 6 s gave it
 * back (106 MB).
 */
export const TRIM_IDLE_MS = 6000;
/** Growth of V8's heap and the buffers it holds since the last trim (or start) worth a collection. */
export const TRIM_GROWTH_BYTES = 8 * 1024 * 1024;

/**
 * A full garbage collection on demand (V8's `gc()` of --expose-gc, which Electron's main process cannot
 * be given at start). Null where V8 does not offer it. The flag is set only while a fresh context is
 * made to read the function from, so no other code sees a global `gc`.
 */
export function fullCollection(): (() => void) | null {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    if (typeof gc !== 'function') return null;
    // Without arguments: a full collection in every V8 (Node 20's reads an options object it does not
    // know as "minor").
    return () => (gc as () => void)();
  } catch {
    return null;
  } finally {
    v8.setFlagsFromString('--no-expose-gc');
  }
}

export interface MemoryTrimOptions {
  collect: () => void;
  /** True while a call runs: a trim never pauses one. */
  busy: () => boolean;
  /** The heap's committed size and the buffers outside it, in bytes. */
  heapBytes?: () => number;
  idleMs?: number;
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
  const growthBytes = options.growthBytes ?? TRIM_GROWTH_BYTES;
  let baseline = heapBytes();
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const check = () => {
    timer = null;
    if (stopped || options.busy()) return;
    const now = heapBytes();
    baseline = Math.min(baseline, now);
    if (now - baseline < growthBytes) return;
    options.collect();
    baseline = heapBytes();
  };

  return {
    idle() {
      if (stopped) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(check, idleMs);
      timer.unref();
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
