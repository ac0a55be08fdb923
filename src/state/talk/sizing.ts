import { estimatedNodes, MAX_N, MIN_N } from '../../core/known';
import { sweepWorkerCounts } from '../../core/stats';
import { modeSpec, type Mode } from '../../engine/modes';
import { MIN_POINT_MS, MIN_SAMPLE_MS, WARM_UP_WORK_MS } from '../../engine/protocol';
import { RACE_MAX_N, RACE_RUNS, raceConfigurations } from '../../engine/races';
import type { RateMemory } from '../estimate';
import type { Settings } from '../settingsSchema';
import type { TalkStep } from './steps';

/** A step's experiment should end in about this long: long enough to see, short enough to keep a room. */
export const STEP_TARGET_MS = { low: 3000, high: 8000 };
/** Repeats per point in the talk's sweeps: the page's default, so a step measures as a Sweep does. */
export const TALK_REPS = 3;
/**
 * Per-solution locks and atomics make the thread-safety ways slower than the plain kernel: the worst
 * (a lock per solution) at about this many times its time (npm run bench, N=12, 2 workers).
 */
const RACE_SLOWDOWN = 3;
/** What a sample costs beyond its runs: waiting for the page to go quiet, the workers' wake-ups. */
const SAMPLE_OVERHEAD_MS = 30;

/** One run's estimated time: the nodes over the rate of the cores the mode really uses at once. */
function runMs(rate: RateMemory, cores: number, job: { n: number; mode: Mode; workers: number; symmetry: boolean }) {
  const parallel = modeSpec(job.mode).parallel ? Math.max(1, Math.min(job.workers, cores)) : 1;
  return (estimatedNodes(job.n) * (job.symmetry ? 0.5 : 1)) / (rate.nodesPerMsPerCore * parallel);
}

/** A sweep point as the protocol measures it (engine/protocol.ts): its warm-up, then its timed samples. */
function pointMs(oneRunMs: number, reps: number): number {
  const warmUp = Math.max(WARM_UP_WORK_MS, oneRunMs);
  const samples = Math.max(reps * Math.max(oneRunMs, MIN_SAMPLE_MS), MIN_POINT_MS);
  return warmUp + samples + reps * SAMPLE_OVERHEAD_MS;
}

/** How long a step's experiment should take at N on this device, from the kernel's measured speed. */
export function experimentMs(step: TalkStep, settings: Settings, n: number, rate: RateMemory, cores: number): number {
  const { mode, workers, symmetry } = settings;
  switch (step.action) {
    case 'none':
      return 0;
    case 'run':
      return runMs(rate, cores, { n, mode, workers, symmetry });
    case 'sweep':
      return sweepWorkerCounts(workers).reduce(
        (sum, count) => sum + pointMs(runMs(rate, cores, { n, mode, workers: count, symmetry }), TALK_REPS),
        0,
      );
    case 'races':
      return raceConfigurations(workers).reduce(
        (sum, configuration) =>
          sum +
          (RACE_RUNS + 1) *
            RACE_SLOWDOWN *
            runMs(rate, cores, { n, mode: 'shared', workers: configuration.workers, symmetry: false }),
        0,
      );
  }
}

export interface SizedN {
  n: number;
  estimateMs: number;
}

/**
 * The largest N whose experiment is estimated to end within STEP_TARGET_MS.high on this device (the
 * smallest board when none does); the thread-safety step stops at the N its int32 total can count.
 */
export function sizedN(step: TalkStep, settings: Settings, rate: RateMemory, cores: number): SizedN {
  const top = step.action === 'races' ? RACE_MAX_N : MAX_N;
  let best: SizedN = { n: MIN_N, estimateMs: experimentMs(step, settings, MIN_N, rate, cores) };
  for (let n = MIN_N; n <= top; n++) {
    const estimateMs = experimentMs(step, settings, n, rate, cores);
    if (estimateMs > STEP_TARGET_MS.high) break;
    best = { n, estimateMs };
  }
  return best;
}
