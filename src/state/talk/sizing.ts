import { costPoints } from '../../core/cost';
import { MAX_N, MIN_N } from '../../core/known';
import { sweepWorkerCounts } from '../../core/stats';
import { MIN_POINT_MS, MIN_SAMPLE_MS, WARM_UP_WORK_MS } from '../../engine/protocol';
import { RACE_MAX_N, RACE_RUNS, raceConfigurations } from '../../engine/races';
import { estimateMs, type RateMemory } from '../estimate';
import { SETTINGS, type Settings } from '../settingsSchema';
import type { TalkStep } from './steps';

/**
 * A step's experiment should end in about this long: long enough to see, short enough to keep a room.
 * N is the largest board under `high`; the repeats then grow until the estimate reaches `aim`, so a
 * board whose next size would not fit still gives the room something to watch (and better medians).
 */
export const STEP_TARGET_MS = { low: 3000, aim: 4500, high: 8000 };
/** Repeats per point a talk's sweep starts from: the page's default, so a step measures as a Sweep does. */
export const TALK_REPS = SETTINGS.reps.fallback;
/** The most repeats a step takes: the most a sweep point can have (the settings' bound). */
const MAX_REPEATS = SETTINGS.reps.max;
/**
 * Per-solution locks and atomics make the thread-safety ways slower than the plain kernel: on average
 * over the ways about this many times its time (the talk's step 7 at N=13 on 2 workers: 17–20 ms a
 * run against the plain kernel's 15 ms; `npm run bench -- --only talk`).
 */
const RACE_SLOWDOWN = 1.3;
/**
 * A step keeps the board it ran at last time while that one's estimate stays within this much of the
 * target: the measured speed moves by a few percent from run to run, and a step at the edge would
 * otherwise alternate between two boards ~6× apart in time (measured: step 1 at N=16 or 15, 7.3 or
 * 1.3 s, in 3 of 12 loops of `npm run bench -- --only talk --minutes 8`).
 */
const KEEP_TOLERANCE = 1.15;
/** What a sample costs beyond its runs: waiting for the page to go quiet, the workers' wake-ups. */
const SAMPLE_OVERHEAD_MS = 30;

/** A sweep point as the protocol measures it (engine/protocol.ts): its warm-up, then its timed samples. */
function pointMs(oneRunMs: number, reps: number): number {
  const warmUp = Math.max(WARM_UP_WORK_MS, oneRunMs);
  const samples = Math.max(reps * Math.max(oneRunMs, MIN_SAMPLE_MS), MIN_POINT_MS);
  return warmUp + samples + reps * SAMPLE_OVERHEAD_MS;
}

/**
 * How long a step's experiment should take at N on this device, from the kernel's measured speed, with
 * `repeats` timed repeats per sweep point (a sweep) or runs per way (the thread-safety experiment).
 */
export function experimentMs(
  step: TalkStep,
  settings: Settings,
  n: number,
  repeats: number,
  rate: RateMemory,
  cores: number,
): number {
  const { mode, workers, symmetry } = settings;
  switch (step.action) {
    case 'none':
      return 0;
    case 'run':
      return estimateMs(rate, { n, mode, workers, symmetry }, cores);
    case 'sweep':
      return sweepWorkerCounts(workers).reduce(
        (sum, count) => sum + pointMs(estimateMs(rate, { n, mode, workers: count, symmetry }, cores), repeats),
        0,
      );
    case 'cost':
      return costPoints(Math.max(1, cores)).reduce(
        (sum, point) => sum + pointMs(estimateMs(rate, { n, mode, ...point }, cores), repeats),
        0,
      );
    case 'races':
      return raceConfigurations(workers).reduce(
        (sum, configuration) =>
          sum +
          (repeats + 1) *
            (RACE_SLOWDOWN *
              estimateMs(rate, { n, mode: 'shared', workers: configuration.workers, symmetry: 'none' }, cores) +
              SAMPLE_OVERHEAD_MS),
        0,
      );
  }
}

export interface StepSize {
  n: number;
  /** Timed repeats per sweep point, or runs per way of the thread-safety experiment; 1 for a single run. */
  repeats: number;
  estimateMs: number;
}

/** What a step repeats, and how many times by default: a single run has nothing to repeat. */
function baseRepeats(step: TalkStep): { base: number; top: number } {
  if (step.action === 'sweep' || step.action === 'cost') return { base: TALK_REPS, top: MAX_REPEATS };
  if (step.action === 'races') return { base: RACE_RUNS, top: MAX_REPEATS };
  return { base: 1, top: 1 };
}

/**
 * Sizes a step to this device: the largest N whose experiment is estimated to end within
 * STEP_TARGET_MS.high (the smallest board when none does; the thread-safety step stops at the N its
 * int32 total can count), unless `fixedN` is given; the N it ran at before (`previousN`) while within
 * KEEP_TOLERANCE of the target; then the fewest repeats from the default that bring the estimate to
 * STEP_TARGET_MS.aim without passing `high`.
 */
export function sizeStep(
  step: TalkStep,
  settings: Settings,
  rate: RateMemory,
  cores: number,
  { fixedN, previousN }: { fixedN?: number; previousN?: number } = {},
): StepSize {
  const { base, top } = baseRepeats(step);
  const at = (n: number, repeats: number) => experimentMs(step, settings, n, repeats, rate, cores);
  let n = fixedN ?? MIN_N;
  if (fixedN === undefined) {
    const largest = step.action === 'races' ? RACE_MAX_N : MAX_N;
    while (n < largest && at(n + 1, base) <= STEP_TARGET_MS.high) n++;
    if (previousN === n + 1 && at(previousN, base) <= STEP_TARGET_MS.high * KEEP_TOLERANCE) n = previousN;
  }
  let repeats = base;
  while (repeats < top && at(n, repeats) < STEP_TARGET_MS.aim && at(n, repeats + 1) <= STEP_TARGET_MS.high) repeats++;
  return { n, repeats, estimateMs: at(n, repeats) };
}
