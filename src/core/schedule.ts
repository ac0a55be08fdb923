/**
 * Load-balance simulation: how long `workers` identical cores would take to run tasks of the given
 * costs under a schedule, with no overhead and no contention. It isolates the one thing a split and a
 * schedule decide, and lets a 2-core machine project what 64 cores would see.
 */
export type SchedulePolicy = 'static' | 'dynamic' | 'largest-first';

/** Makespan: when the last worker finishes, each worker starting at 0. */
export function simulateMakespan(costs: ArrayLike<number>, workers: number, policy: SchedulePolicy): number {
  const p = Math.max(1, Math.floor(workers));
  const finish = new Float64Array(p);
  if (policy === 'static') {
    // The article's deal: task i goes to worker i mod P, whatever the others are doing.
    for (let i = 0; i < costs.length; i++) finish[i % p] += costs[i];
  } else {
    const order = policy === 'largest-first' ? largestFirst(costs) : Array.from({ length: costs.length }, (_, i) => i);
    for (const task of order) finish[earliestFree(finish)] += costs[task];
  }
  return finish.reduce((max, time) => Math.max(max, time), 0);
}

/** Total work / (workers x makespan): 1 means no worker ever waits. */
export function loadBalanceEfficiency(costs: ArrayLike<number>, workers: number, policy: SchedulePolicy): number {
  let total = 0;
  for (let i = 0; i < costs.length; i++) total += costs[i];
  const makespan = simulateMakespan(costs, workers, policy);
  return makespan > 0 ? total / (workers * makespan) : 1;
}

/** Speedup the schedule allows on `workers` cores: total work over makespan. */
export function projectedSpeedup(costs: ArrayLike<number>, workers: number, policy: SchedulePolicy): number {
  return loadBalanceEfficiency(costs, workers, policy) * workers;
}

export function largestFirst(costs: ArrayLike<number>): number[] {
  return Array.from({ length: costs.length }, (_, i) => i).sort((a, b) => costs[b] - costs[a] || a - b);
}

function earliestFree(finish: Float64Array): number {
  let best = 0;
  for (let w = 1; w < finish.length; w++) if (finish[w] < finish[best]) best = w;
  return best;
}
