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
