// How `npm run bench` times a call: p50/p95 of single runs, a call and its raw replay in turns, and
// the pauses the machine itself puts into any run.
import { performance } from 'node:perf_hooks';

export interface Stat {
  p50: number;
  p95: number;
  runs: number;
}

/**
 * p50 and p95 of the samples, to `decimals` places of a millisecond: to the microsecond unless told (a
 * board call of 0.06 ms rounded to 0.01 ms moved its ratio to raw by up to 15%).
 */
export function stat(samples: number[], decimals = 3): Stat {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  const to = (ms: number) => Math.round(ms * 10 ** decimals) / 10 ** decimals;
  return { p50: to(at(0.5)), p95: to(at(0.95)), runs: s.length };
}
export const round = (n: number) => Math.round(n * 100) / 100;

/**
 * `runs` timed calls after `warmup` untimed ones. With `budgetMs`, the warm-up stops after half the
 * budget and the runs after the whole budget (at least 7 runs): a 0.1 ms call gets hundreds of runs,
 * a 60 ms one a few.
 */
export async function sample(runs: number, fn: () => Promise<unknown> | unknown, warmup = 2, budgetMs = Infinity): Promise<Stat> {
  const warmStart = performance.now();
  for (let i = 0; i < warmup && performance.now() - warmStart < budgetMs / 2; i++) await fn();
  const out: number[] = [];
  const start = performance.now();
  for (let i = 0; i < runs && (i < 7 || performance.now() - start < budgetMs); i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return stat(out);
}

/** How many paired runs make one round of a board call (below). */
export const ROUND_RUNS = 200;

/**
 * How long one timed sample of a paired call lasts at least (batchFor). This machine pauses every
 * process for about 35 µs some 1,700 times a second (machineInterruptions): a 0.04 ms call is hit
 * in about one run of fifteen, so the p95 of single runs told whether the pause rate was above or
 * below 5% of its runs, not what the call costs. Its p95 ratio to raw went from 1.0 to 2.1 from one
 * round to the next; timed in samples of 1 ms, 1.22–1.28.
 */
export const SAMPLE_MS = 1;

/** Runs of a call timed together as one sample, for a call whose single run takes `p50Ms`. */
export function batchFor(p50Ms: number): number {
  return p50Ms > 0 ? Math.max(1, Math.round(SAMPLE_MS / p50Ms)) : 1;
}

export interface PairedFigures {
  app: Stat;
  raw: Stat;
  ratioP50: number;
  ratioP95: number;
  /** Each round's app p95 over its raw p95, in the order run. */
  roundRatiosP95: number[];
  /** The p95 ratio over all runs pooled in one sample. */
  pooledRatioP95: number;
  /** Runs of each side timed together as one sample, their time divided by this (batchFor). */
  batch: number;
}

/**
 * Two functions timed in turns, a sample of each after the other, in rounds of ROUND_RUNS pairs. Each
 * round's app figure is set against its own raw figure, measured in the same moments, and the
 * figures printed are the median round's. On this 2-core machine the load comes in bursts from outside
 * the app: a burst falling on one round of five moved the p95 of 1,000 pooled runs of a 0.03–0.1 ms
 * call by up to 1.8x (its ratio to raw 1.31–2.62 from round to round in one run), while the rounds
 * outside it agreed within 0.1. The pooled ratio is kept in the JSON. Fewer than two rounds' runs
 * (the writes): one round, as before. A call shorter than SAMPLE_MS is timed `batch` runs at a time,
 * each side alike (batchFor, from the p50 of 50 runs of `a` after the warm-up); the figures are
 * per run.
 */
export async function samplePaired(
  runs: number,
  a: () => Promise<unknown> | unknown,
  b: () => Promise<unknown> | unknown,
  warmup: number,
  batched = true,
): Promise<PairedFigures> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const batch = batched ? batchFor((await sample(50, a, 0)).p50) : 1;
  const timed = async (fn: () => Promise<unknown> | unknown) => {
    const t = performance.now();
    for (let j = 0; j < batch; j++) await fn();
    return (performance.now() - t) / batch;
  };
  const rounds = Math.max(1, Math.floor(runs / ROUND_RUNS));
  const perRound = Math.floor(runs / rounds);
  const roundsA: number[][] = [];
  const roundsB: number[][] = [];
  for (let r = 0; r < rounds; r++) {
    const outA: number[] = [];
    const outB: number[] = [];
    for (let i = 0; i < perRound; i++) {
      outA.push(await timed(a));
      outB.push(await timed(b));
    }
    roundsA.push(outA);
    roundsB.push(outB);
  }
  const statsA = roundsA.map((s) => stat(s));
  const statsB = roundsB.map((s) => stat(s));
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[(xs.length - 1) >> 1]!;
  const medianStat = (stats: Stat[]): Stat => ({
    p50: median(stats.map((s) => s.p50)),
    p95: median(stats.map((s) => s.p95)),
    runs: stats.reduce((n, s) => n + s.runs, 0),
  });
  const roundRatiosP95 = statsA.map((s, i) => round(s.p95 / statsB[i]!.p95));
  return {
    app: medianStat(statsA),
    raw: medianStat(statsB),
    ratioP50: round(median(statsA.map((s, i) => s.p50 / statsB[i]!.p50))),
    ratioP95: round(median(statsA.map((s, i) => s.p95 / statsB[i]!.p95))),
    roundRatiosP95,
    pooledRatioP95: round(stat(roundsA.flat()).p95 / stat(roundsB.flat()).p95),
    batch,
  };
}

export interface Interruptions {
  perSecond: number;
  /** The median pause (ms). */
  p50Ms: number;
}

/**
 * The pauses the machine puts into a process that only reads the clock for `ms`: each gap of more
 * than 10 µs between two reads. Printed with the board's figures, since they set the p95 of a short
 * call's single runs (SAMPLE_MS).
 */
export function machineInterruptions(ms = 1000): Interruptions {
  const gaps: number[] = [];
  const end = performance.now() + ms;
  let last = performance.now();
  while (last < end) {
    const now = performance.now();
    if (now - last > 0.01) gaps.push(now - last);
    last = now;
  }
  return { perSecond: Math.round(gaps.length / (ms / 1000)), p50Ms: gaps.length ? stat(gaps).p50 : 0 };
}
