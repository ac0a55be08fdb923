import { median, sweepWorkerCounts } from '../core/stats';
import type { Engine, RunRequest } from './engine';
import { runCancelled } from './errors';
import { usesWorkers } from './modes';
import type { RunResult } from './runResult';

export interface SweepRequest extends Omit<RunRequest, 'workers'> {
  maxWorkers: number;
  /** Timed repeats per point; the reported time is their median. */
  reps: number;
}

export interface SweepPoint {
  workers: number;
  samplesMs: number[];
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** The last timed run of this point: its count, task timeline and traffic. */
  last: RunResult;
}

export interface SweepHooks {
  /** Checked before every run: true once the sweep's owner has cancelled or moved on. */
  shouldStop?: () => boolean;
  onPoint?: (point: SweepPoint) => void;
  /** Called before each run, for a progress line. */
  onProgress?: (status: { workers: number; rep: number; reps: number; warmUp: boolean; recheck: boolean }) => void;
}

export interface SweepOutcome {
  points: SweepPoint[];
  /** The 1-worker point timed once more after the others: a drift means the machine changed speed. */
  baselineRecheckMs?: number;
}

/**
 * Visits 1, 2, 4, ... up to `maxWorkers`. Each point runs once untimed first (caches, JIT, the OS
 * scheduler settling) and then `reps` timed runs; the median resists the machine's noise.
 */
export async function runSweep(engine: Engine, request: SweepRequest, hooks: SweepHooks = {}): Promise<SweepOutcome> {
  if (usesWorkers(request.mode ?? 'shared')) await engine.prepare(request.maxWorkers);
  const run = (workers: number): Promise<RunResult> => {
    if (hooks.shouldStop?.()) return Promise.reject(runCancelled());
    return engine.run({ ...request, workers, splitFor: request.maxWorkers });
  };
  const points: SweepPoint[] = [];
  for (const workers of sweepWorkerCounts(request.maxWorkers)) {
    hooks.onProgress?.({ workers, rep: 0, reps: request.reps, warmUp: true, recheck: false });
    await run(workers);
    const samples: RunResult[] = [];
    for (let rep = 1; rep <= request.reps; rep++) {
      hooks.onProgress?.({ workers, rep, reps: request.reps, warmUp: false, recheck: false });
      samples.push(await run(workers));
    }
    const samplesMs = samples.map((sample) => sample.ms);
    const point: SweepPoint = {
      workers,
      samplesMs,
      medianMs: median(samplesMs),
      minMs: Math.min(...samplesMs),
      maxMs: Math.max(...samplesMs),
      last: samples[samples.length - 1],
    };
    points.push(point);
    hooks.onPoint?.(point);
  }
  if (points.length < 2) return { points };
  hooks.onProgress?.({ workers: 1, rep: 1, reps: 1, warmUp: false, recheck: true });
  return { points, baselineRecheckMs: (await run(1)).ms };
}
