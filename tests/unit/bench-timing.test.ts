// How the bench times a board call against its raw replay: short calls several runs to a sample.
import { describe, expect, it } from 'vitest';
import { ROUND_RUNS, SAMPLE_MS, batchFor, samplePaired, stat } from '../../build/scripts/bench-timing';

describe('bench timing', () => {
  it('times a call shorter than a sample several runs at a time, a long one alone', () => {
    expect(batchFor(0.05)).toBe(Math.round(SAMPLE_MS / 0.05));
    expect(batchFor(0.2)).toBe(5);
    expect(batchFor(2.8)).toBe(1);
    expect(batchFor(0)).toBe(1);
  });

  it('runs both sides alike, and gives the time of one run', async () => {
    const calls = { a: 0, b: 0 };
    // A call of about 0.1 ms: a sample of ten of them.
    const busy = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    const figures = await samplePaired(
      ROUND_RUNS,
      () => {
        calls.a++;
        busy(0.1);
      },
      () => {
        calls.b++;
        busy(0.05);
      },
      3,
    );
    expect(figures.batch).toBeGreaterThanOrEqual(5);
    // The warm-up, 50 runs to choose the batch, then each sample's runs.
    expect(calls.a).toBe(3 + 50 + ROUND_RUNS * figures.batch);
    expect(calls.b).toBe(3 + ROUND_RUNS * figures.batch);
    expect(figures.app.p50).toBeGreaterThanOrEqual(0.1);
    expect(figures.app.p50).toBeLessThan(0.5);
    expect(figures.raw.p50).toBeGreaterThanOrEqual(0.05);
    expect(figures.ratioP50).toBeGreaterThan(1.2);
  });

  it('times each run alone when told not to batch (a write)', async () => {
    let n = 0;
    const figures = await samplePaired(10, () => void n++, () => undefined, 0, false);
    expect(figures.batch).toBe(1);
    expect(n).toBe(10);
  });

  it('reads p50 and p95 from the samples', () => {
    const s = stat(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(s).toEqual({ p50: 50, p95: 95, runs: 100 });
  });
});
