import { SYMMETRY_WORK, type Symmetry } from '../core/symmetry';
import { estimatedNodes } from '../core/known';
import { KERNEL_NODES_PER_MS } from '../core/plan';
import { median } from '../core/stats';
import { modeSpec, type Mode } from '../engine/modes';
import type { RunResult } from '../engine/runResult';

export interface RateMemory {
  nodesPerMsPerCore: number;
  measured: boolean;
  /** The per-core rates of the last few runs, newest last: their median is the rate. */
  recent: readonly number[];
}

/**
 * How many runs the rate is the median of: one slow run (another program, a throttled core) must not
 * change the size of the next experiment, nor make the talk's step alternate between two boards.
 */
const RATE_RUNS = 7;

/** The kernel's typical speed on one core, until this device has measured its own. */
export function initialRate(): RateMemory {
  return { nodesPerMsPerCore: KERNEL_NODES_PER_MS, measured: false, recent: [] };
}

/** How many cores a run of this mode computes on at once: one for the page, the lock and the event loop. */
export function coresComputing(mode: Mode, workers: number, cores: number): number {
  return modeSpec(mode).parallel ? Math.max(1, Math.min(workers, cores)) : 1;
}

/**
 * Learns the single-core rate from a run long enough to be more than timer noise. A run of the
 * thread-safety experiment (its shared total counted) is left out: its locks and atomics slow the kernel
 * by design, so it says nothing of the plain kernel's speed.
 */
export function learnRate(memory: RateMemory, result: RunResult, cores: number): RateMemory {
  if (result.ms < 20 || result.tally.total !== 0) return memory;
  const rate = result.nodes / result.ms / coresComputing(result.mode, result.workers, cores);
  const recent = [...memory.recent, rate].slice(-RATE_RUNS);
  return { nodesPerMsPerCore: median(recent), measured: true, recent };
}

export function estimateMs(
  memory: RateMemory,
  job: { n: number; mode: Mode; workers: number; symmetry: Symmetry },
  cores: number,
): number {
  const parallel = coresComputing(job.mode, job.workers, cores);
  return (estimatedNodes(job.n) * SYMMETRY_WORK[job.symmetry]) / (memory.nodesPerMsPerCore * parallel);
}

export function describeDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  if (ms < 2 * 3_600_000) return `${Math.round(ms / 60_000)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}
