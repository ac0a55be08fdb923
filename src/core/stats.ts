/** Middle value of the samples (mean of the two middle ones for an even count); NaN when empty. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** How many times faster than the baseline; NaN when either time is not a positive number. */
export function speedup(baselineMs: number, ms: number): number {
  return baselineMs > 0 && ms > 0 ? baselineMs / ms : Number.NaN;
}

/** Speedup per worker: 1 means every worker was fully used. */
export function efficiency(baselineMs: number, ms: number, workers: number): number {
  return workers >= 1 ? speedup(baselineMs, ms) / workers : Number.NaN;
}

/**
 * Worker counts a sweep visits: 1, every power of two below `max`, and `max` itself, so the chart
 * always has the baseline and the user's own choice.
 */
export function sweepWorkerCounts(max: number): number[] {
  const top = Math.max(1, Math.floor(max));
  const counts: number[] = [];
  for (let p = 1; p < top; p *= 2) counts.push(p);
  counts.push(top);
  return counts;
}

/**
 * Karp-Flatt experimentally determined serial fraction: e = (1/S - 1/p) / (1 - 1/p). Undefined at
 * p = 1. If e grows with p, overhead is growing, not a fixed serial part.
 */
export function karpFlatt(speedupAtP: number, workers: number): number {
  if (!(workers > 1) || !(speedupAtP > 0)) return Number.NaN;
  return (1 / speedupAtP - 1 / workers) / (1 - 1 / workers);
}

/** Amdahl's law: speedup on p workers when a fraction f of the work is serial. */
export function amdahlSpeedup(serialFraction: number, workers: number): number {
  return 1 / (serialFraction + (1 - serialFraction) / workers);
}

/**
 * Serial fraction that best fits measured (workers, speedup) points. Amdahl's 1/S = 1/p + f(1 - 1/p)
 * is linear in f, so least squares on 1/S has a closed form. Clamped to [0, 1]; NaN without a
 * point above one worker.
 */
export function fitAmdahl(points: readonly { workers: number; speedup: number }[]): number {
  let xy = 0;
  let xx = 0;
  for (const { workers, speedup: s } of points) {
    if (!(workers > 1) || !(s > 0)) continue;
    const x = 1 - 1 / workers;
    xy += x * (1 / s - 1 / workers);
    xx += x * x;
  }
  return xx > 0 ? Math.min(1, Math.max(0, xy / xx)) : Number.NaN;
}

export interface Interval {
  low: number;
  high: number;
}

/**
 * The efficiencies the samples allow: the slowest baseline sample over the fastest P-worker one bounds
 * it from above, and the other way round from below. Deliberately wide (min and max, not a confidence
 * interval): an efficiency above 1 is claimed only when even its low end is above 1.
 */
export function efficiencyInterval(
  baselineSamples: readonly number[],
  samples: readonly number[],
  workers: number,
): Interval {
  const low = Math.min(...baselineSamples) / Math.max(...samples) / workers;
  const high = Math.max(...baselineSamples) / Math.min(...samples) / workers;
  return { low, high };
}

export type Superlinearity = 'none' | 'within-noise' | 'beyond-noise';

/** Above 100%: within the samples' noise when the interval reaches down to 1, else beyond it. */
export function superlinearity(efficiencyValue: number, interval: Interval): Superlinearity {
  if (!(efficiencyValue > 1)) return 'none';
  return interval.low > 1 ? 'beyond-noise' : 'within-noise';
}

/** Root-mean-square gap between measured speedups and Amdahl's curve for serial fraction f. */
export function amdahlResidual(
  points: readonly { workers: number; speedup: number }[],
  serialFraction: number,
): number {
  const used = points.filter((p) => p.workers > 1 && p.speedup > 0);
  if (used.length === 0 || !Number.isFinite(serialFraction)) return Number.NaN;
  const squares = used.reduce((sum, p) => sum + (p.speedup - amdahlSpeedup(serialFraction, p.workers)) ** 2, 0);
  return Math.sqrt(squares / used.length);
}

/**
 * A distribution-free confidence interval for the median: the order statistics whose ranks the
 * binomial(n, 1/2) distribution puts around the middle with at least `confidence` between them. With
 * fewer than 6 samples no pair reaches 95%: the whole range is returned.
 */
export function medianInterval(samples: readonly number[], confidence = 0.95): Interval {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { low: Number.NaN, high: Number.NaN };
  // P(X < k) for X ~ Binomial(n, 1/2), accumulated until the tails would exceed (1 - confidence) / 2.
  let below = 0;
  let k = 0;
  let term = 0.5 ** n;
  while (k < n && below + term <= (1 - confidence) / 2) {
    below += term;
    term = (term * (n - k)) / (k + 1);
    k++;
  }
  const lowRank = Math.max(0, k - 1);
  return { low: sorted[lowRank], high: sorted[n - 1 - lowRank] };
}
