import { estimatedNodes } from '../core/known';
import { KERNEL_NODES_PER_MS } from '../core/plan';
import { usesWorkers, type Mode } from '../engine/modes';
import type { RunResult } from '../engine/runResult';

export interface RateMemory {
  nodesPerMsPerCore: number;
  measured: boolean;
}

/** The kernel's typical speed on one core, until this device has measured its own. */
export function initialRate(): RateMemory {
  return { nodesPerMsPerCore: KERNEL_NODES_PER_MS, measured: false };
}

/** Updates the single-core rate from a run long enough to be more than timer noise. */
export function learnRate(memory: RateMemory, result: RunResult, cores: number): RateMemory {
  if (result.ms < 20) return memory;
  const parallel = Math.max(1, Math.min(result.workers, cores));
  return { nodesPerMsPerCore: result.nodes / result.ms / parallel, measured: true };
}

export function estimateMs(
  memory: RateMemory,
  job: { n: number; mode: Mode; workers: number; symmetry: boolean },
  cores: number,
): number {
  const parallel = usesWorkers(job.mode) ? Math.max(1, Math.min(job.workers, cores)) : 1;
  return (estimatedNodes(job.n) * (job.symmetry ? 0.5 : 1)) / (memory.nodesPerMsPerCore * parallel);
}

export function describeDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  if (ms < 2 * 3_600_000) return `${Math.round(ms / 60_000)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}
