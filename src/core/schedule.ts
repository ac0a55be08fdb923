/**
 * Load-balance simulation: how long `workers` identical cores would take to run tasks of the given
 * costs under a schedule, with no overhead and no contention. It isolates the one thing a split and a
 * schedule decide, and lets a 2-core machine project what 64 cores would see.
 */
import { claimTask, type Schedule } from './tasks';

/**
 * The order the tasks sit in when claiming starts: as the split made them, or largest first (what the
 * engine does for dynamic runs once it has measured a split's costs, core/plan.ts).
 */
export type TaskOrder = 'natural' | 'largest-first';

/** Where each task ran and when, in the costs' units, on `workers` identical cores. */
export interface SimulatedSchedule {
  worker: Int32Array;
  start: Float64Array;
  end: Float64Array;
  /** When the last worker finishes, each worker starting at 0. */
  makespan: number;
}

export function simulateSchedule(
  costs: ArrayLike<number>,
  workers: number,
  schedule: Schedule,
  order: TaskOrder = 'natural',
): SimulatedSchedule {
  const p = Math.max(1, Math.floor(workers));
  const sequence = order === 'largest-first' ? largestFirst(costs) : Array.from({ length: costs.length }, (_, i) => i);
  const finish = new Float64Array(p);
  const placed = {
    worker: new Int32Array(costs.length),
    start: new Float64Array(costs.length),
    end: new Float64Array(costs.length),
  };
  let cursor = 0;
  const nextUnclaimed = () => cursor++;
  // Dynamic: whoever is free first claims next. Static: each worker walks its own deal, whatever the others do.
  const taken = new Int32Array(p);
  for (let claims = 0; claims < sequence.length;) {
    const worker = schedule === 'dynamic' ? earliestFree(finish) : claims % p;
    const slot = claimTask(schedule, nextUnclaimed, worker, p, taken[worker]++);
    if (slot < sequence.length) {
      const task = sequence[slot];
      placed.worker[task] = worker;
      placed.start[task] = finish[worker];
      finish[worker] += costs[task];
      placed.end[task] = finish[worker];
      claims++;
    }
  }
  return { ...placed, makespan: finish.reduce((max, time) => Math.max(max, time), 0) };
}

/** Makespan: when the last worker finishes, each worker starting at 0. */
export function simulateMakespan(
  costs: ArrayLike<number>,
  workers: number,
  schedule: Schedule,
  order: TaskOrder = 'natural',
): number {
  return simulateSchedule(costs, workers, schedule, order).makespan;
}

/** Total work / (workers x makespan): 1 means no worker ever waits. */
export function loadBalanceEfficiency(
  costs: ArrayLike<number>,
  workers: number,
  schedule: Schedule,
  order: TaskOrder = 'natural',
): number {
  let total = 0;
  for (let i = 0; i < costs.length; i++) total += costs[i];
  const makespan = simulateMakespan(costs, workers, schedule, order);
  return makespan > 0 ? total / (workers * makespan) : 1;
}

/** Speedup the schedule allows on `workers` cores: total work over makespan. */
export function projectedSpeedup(
  costs: ArrayLike<number>,
  workers: number,
  schedule: Schedule,
  order: TaskOrder = 'natural',
): number {
  return loadBalanceEfficiency(costs, workers, schedule, order) * workers;
}

export function largestFirst(costs: ArrayLike<number>): number[] {
  return Array.from({ length: costs.length }, (_, i) => i).sort((a, b) => costs[b] - costs[a] || a - b);
}

function earliestFree(finish: Float64Array): number {
  let best = 0;
  for (let w = 1; w < finish.length; w++) if (finish[w] < finish[best]) best = w;
  return best;
}
