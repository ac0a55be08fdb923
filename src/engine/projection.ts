import { loadBalanceEfficiency, simulateSchedule, type SimulatedSchedule, type TaskOrder } from '../core/schedule';
import { MODE_SPECS } from './modes';
import type { RunResult } from './runResult';

export interface Projection {
  cores: number;
  speedup: number;
  efficiency: number;
}

export const PROJECTED_CORES = [8, 16, 32, 64];

/**
 * The order the engine's schedule would claim this run's tasks in: a static run keeps the split's
 * natural order (round-robin deals from it), a dynamic one goes largest first once costs are known.
 */
function claimOrder(result: RunResult): TaskOrder {
  return result.schedule === 'static' ? 'natural' : 'largest-first';
}

/** This run's tasks laid out on `cores` cores by the engine's schedule, in nodes (the work itself). */
export function projectTimeline(result: RunResult, cores: number): SimulatedSchedule {
  return simulateSchedule(result.timeline.nodes, cores, result.schedule, claimOrder(result));
}

/**
 * What this run's split would give on machines with more cores: the engine's own schedule (static
 * round-robin, or dynamic largest-first once it knows the costs) simulated on the task costs this run
 * measured (nodes: the work, free of this machine's timing noise). Load balance only: it ignores
 * memory and clock limits.
 */
export function projectSpeedups(result: RunResult, cores: readonly number[] = PROJECTED_CORES): Projection[] {
  // A model that computes one thread at a time (the page's thread, or workers behind one lock) stays
  // at 1x however many cores there are: that is its lesson.
  if (!MODE_SPECS[result.mode].parallel)
    return cores.map((count) => ({ cores: count, speedup: 1, efficiency: 1 / count }));
  return cores.map((count) => {
    const efficiency = loadBalanceEfficiency(result.timeline.nodes, count, result.schedule, claimOrder(result));
    return { cores: count, speedup: efficiency * count, efficiency };
  });
}
