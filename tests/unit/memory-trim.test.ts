// The backend gives V8's spare heap back once the calls have been idle a while after heavy work
// (electron/backend/core/memory-trim.ts), and never during a call.
import v8 from 'node:v8';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { collectors, createMemoryTrim } from '../../electron/backend/core/memory-trim';
import { createCallGate } from '../../electron/backend/core/call-gate';

const MB = 1024 * 1024;

describe('when the backend trims its memory', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A trim over a heap whose size the test sets, counting its collections (1 s idle, then 6 s). */
  function trimOver(start: number, busy = () => false) {
    const heap = { bytes: start, young: 0, full: 0 };
    const trim = createMemoryTrim({
      collect: {
        young: () => heap.young++,
        full: () => {
          heap.full++;
          heap.bytes = start;
        },
      },
      busy,
      heapBytes: () => heap.bytes,
      idleMs: 1000,
      settleMs: 6000,
      growthBytes: 16 * MB,
    });
    return { heap, trim };
  }

  it('once the calls have been idle after the heap grew: a young collection, then a full one 6 s later', () => {
    const { heap, trim } = trimOver(30 * MB);
    heap.bytes = 66 * MB; // an annual report
    trim.idle();
    vi.advanceTimersByTime(999);
    expect(heap).toMatchObject({ young: 0, full: 0 });
    vi.advanceTimersByTime(1);
    expect(heap).toMatchObject({ young: 1, full: 0 });
    vi.advanceTimersByTime(5999);
    expect(heap.full).toBe(0);
    vi.advanceTimersByTime(1);
    expect(heap).toMatchObject({ young: 1, full: 1 });
    vi.advanceTimersByTime(60_000);
    expect(heap).toMatchObject({ young: 1, full: 1 });
  });

  it('leaves a heap that grew less than the threshold alone', () => {
    const { heap, trim } = trimOver(30 * MB);
    heap.bytes = 45 * MB;
    trim.idle();
    vi.advanceTimersByTime(20_000);
    expect(heap).toMatchObject({ young: 0, full: 0 });
  });

  it('a call between the two collections puts the full one off until the calls rest again', () => {
    const { heap, trim } = trimOver(30 * MB);
    heap.bytes = 66 * MB;
    trim.idle();
    vi.advanceTimersByTime(4000);
    expect(heap.young).toBe(1);
    trim.idle(); // the next screen asked for data
    vi.advanceTimersByTime(6000);
    expect(heap.full).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(heap).toMatchObject({ young: 2, full: 1 });
  });

  it('never collects while a call runs', () => {
    let busy = true;
    const { heap, trim } = trimOver(30 * MB, () => busy);
    heap.bytes = 66 * MB;
    trim.idle();
    vi.advanceTimersByTime(10_000);
    expect(heap).toMatchObject({ young: 0, full: 0 });
    busy = false;
    trim.idle(); // that call ended
    vi.advanceTimersByTime(1000);
    busy = true; // another began just before the full collection was due
    vi.advanceTimersByTime(6000);
    expect(heap).toMatchObject({ young: 1, full: 0 });
  });

  it('measures growth from the heap left after the last trim, or the smallest seen', () => {
    const { heap, trim } = trimOver(60 * MB);
    heap.bytes = 40 * MB; // V8 shrank the heap itself
    trim.idle();
    vi.advanceTimersByTime(7000);
    expect(heap.young).toBe(0);
    heap.bytes = 58 * MB; // 18 MB more than the smallest seen, though less than the start
    trim.idle();
    vi.advanceTimersByTime(7000);
    expect(heap).toMatchObject({ young: 1, full: 1 });
  });

  it('stops: no collection after stop, and idle() does nothing', () => {
    const { heap, trim } = trimOver(30 * MB);
    heap.bytes = 66 * MB;
    trim.idle();
    vi.advanceTimersByTime(1000);
    trim.stop();
    trim.idle();
    vi.advanceTimersByTime(60_000);
    expect(heap).toMatchObject({ young: 1, full: 0 });
  });
});

describe('the call gate tells when the last call ends', () => {
  it('calls its idle listeners when no call runs any more, not before', () => {
    const gate = createCallGate();
    const seen: boolean[] = [];
    const stop = gate.onIdle(() => seen.push(gate.busy));
    const leaveFirst = gate.enter('tasks.list');
    const leaveSecond = gate.enter('targets.progress');
    expect(gate.busy).toBe(true);
    leaveFirst();
    expect(seen).toEqual([]);
    leaveSecond();
    leaveSecond(); // a second leave of the same call counts once
    expect(seen).toEqual([false]);
    stop();
    gate.enter('tasks.list')();
    expect(seen).toEqual([false]);
  });
});

describe('collections on demand (real V8)', () => {
  it('the full one frees the old space that garbage had filled, and no global gc is exposed', () => {
    const hadGlobalGc = typeof (globalThis as { gc?: unknown }).gc === 'function';
    const collect = collectors();
    expect(collect).not.toBeNull();
    expect(typeof (globalThis as { gc?: unknown }).gc === 'function').toBe(hadGlobalGc);

    // Objects kept alive long enough to reach the old space, then dropped.
    let kept: { i: number; s: string }[][] = [];
    for (let round = 0; round < 20; round++) {
      kept.push(Array.from({ length: 50_000 }, (_, i) => ({ i, s: `nhiệm vụ ${i}` })));
    }
    const oldSpace = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')!.space_used_size;
    const before = oldSpace();
    kept = [];
    collect!.full();
    const after = oldSpace();
    expect(before - after).toBeGreaterThan(30 * MB);
    expect(kept).toHaveLength(0);
  });
});
