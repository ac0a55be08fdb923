import { addActivity, type RunActivity } from '../core/breakdown';
import { median, medianInterval, type Interval } from '../core/stats';
import type { RunRequest } from './engine';
import { runCancelled } from './errors';
import { DEFAULT_MODE, usesWorkers } from './modes';
import { forgetTimedRuns, type RunPurpose } from './runClock';
import type { RunResult } from './runResult';

/** A timed sample should outlast timer steps and scheduling hiccups many times over. */
export const MIN_SAMPLE_MS = 20;
/** Each point gets at least this much timed work across its samples. */
export const MIN_POINT_MS = 200;
export const MAX_RUNS_PER_SAMPLE = 2000;
/**
 * Untimed work each configuration gets before its first sample. One warm-up run was not enough in a
 * freshly loaded page: the second worker, which had done the least real work, ran its first samples at
 * N=14 10-25% slower (npm run bench, headline); the bare reference page needs ~300 ms as well.
 */
export const WARM_UP_WORK_MS = 300;
/** A board whose search is a few dozen nodes: a run of it is all fixed cost (dispatch, wake-ups, replies). */
export const FIXED_COST_N = 4;
const FIXED_COST_RUNS = 50;

/** What the protocol needs of the engine; tests hand it a fake. */
export interface MeasuringEngine {
  run(request: RunRequest): Promise<RunResult>;
  prepare(workers: number): Promise<unknown>;
  warmMainThread(): Promise<void>;
}

export type Configuration = Omit<RunRequest, 'repeat' | 'purpose'>;

export interface MeasuredPoint {
  configuration: Configuration;
  /** Per-run time of each sample (a sample's wall time divided by its runs). */
  samplesMs: number[];
  runsPerSample: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** The last timed run of this point: its count, task timeline and traffic. */
  last: RunResult;
  /** What the workers did in every timed run of this point, summed. */
  activity: RunActivity;
}

/**
 * Keep sampling until one efficiency is known well enough: the median of the per-round ratios of
 * configuration `baseline` (one worker) over configuration `target` (P workers), divided by P, with its
 * 95% interval no wider than ±halfWidth, or until `budgetMs` of extra rounds is spent.
 */
export interface Precision {
  baseline: number;
  target: number;
  halfWidth: number;
  budgetMs: number;
}

/** Why sampling stopped: the interval was narrow enough, or the time or the rounds ran out, or it never started. */
export type StopReason = 'precise' | 'budget' | 'rounds' | 'not-refined';

/** The efficiency the rounds pinned down: paired per round, so a drifting machine hits both sides alike. */
export interface KnownEfficiency {
  workers: number;
  interval: Interval;
  /** What the interval covers: 0.95 from six rounds on; null below, where it is the whole range. */
  confidence: number | null;
  rounds: number;
  /** Reached ±halfWidth. */
  precise: boolean;
  stoppedBy: StopReason;
  halfWidth: number;
  budgetMs: number;
}

/** Paired rounds from which the median's 95% interval is narrower than the whole range. */
const ROUNDS_FOR_CONFIDENCE = 6;

/** Rounds at most, however fast they are: a bound on the table's sample lists. */
export const MAX_ROUNDS = 40;

function knownEfficiency(
  baselineMs: readonly number[],
  targetMs: readonly number[],
  workers: number,
  precision: Precision,
): Omit<KnownEfficiency, 'stoppedBy'> {
  const ratios = targetMs.map((ms, round) => baselineMs[round] / ms / workers);
  const interval = medianInterval(ratios);
  const confident = ratios.length >= ROUNDS_FOR_CONFIDENCE;
  return {
    workers,
    interval,
    confidence: confident ? 0.95 : null,
    rounds: ratios.length,
    precise: confident && (interval.high - interval.low) / 2 <= precision.halfWidth,
    halfWidth: precision.halfWidth,
    budgetMs: precision.budgetMs,
  };
}

export interface ProtocolHooks {
  /** Checked before every run: true once the owner has cancelled or moved on. */
  shouldStop?: () => boolean;
  /** Resolves when the page has nothing left to do (chunks loaded, charts drawn): timing starts after. */
  quiet?: () => Promise<void>;
  /** Before each pass: 0 is the untimed warm-up, then rounds 1..reps; `rounds` is 0 for the extra ones. */
  onRound?: (round: number, rounds: number) => void;
  /**
   * Just before each run is started (never for one that will not start): a page can show which mode is
   * about to run. `index` is the configuration's; -1 for the fixed-cost run, which is none of them.
   */
  beforeRun?: (configuration: Configuration, index: number) => void;
  /** After each timed sample, with its configuration's index and its result. */
  onSample?: (index: number, result: RunResult) => void;
  /** After each timed round, with every point measured so far. */
  onPoints?: (points: MeasuredPoint[]) => void;
  /**
   * How samples are taken. 'sized' (the default): WARM_UP_WORK_MS of warm-up per configuration, samples
   * of back-to-back runs sized to outlast timer steps, and a fixed-cost run. 'single': one warm-up run per
   * configuration, every sample one run, no fixed-cost run; for an experiment that reads each run's own
   * result (the thread-safety experiment's counts).
   */
  samples?: 'sized' | 'single';
  /** Rounds past `reps` until this efficiency is known well enough (none: exactly `reps` rounds). */
  precision?: Precision;
  /**
   * Before the extra rounds: false skips them, given the fixed cost per run and the target's time (a
   * board too small to show scaling is not worth the budget).
   */
  worthRefining?: (fixedCostMs: number, points: MeasuredPoint[]) => boolean;
}

export interface ProtocolOutcome {
  points: MeasuredPoint[];
  /**
   * How far the first configuration's last sample moved from its first one, as a fraction of its
   * median: with rounds interleaved, a machine changing speed shows up here.
   */
  drift: number | undefined;
  /** Per-run cost of a run with next to no work, at the largest worker count measured ('sized' samples only). */
  fixedCostMs?: number;
  /** The efficiency `precision` asked for, as far as the rounds pinned it down. */
  known?: KnownEfficiency;
}

/**
 * Runs per sample for a run of `runMs`: enough that a sample lasts MIN_SAMPLE_MS and the point's `reps`
 * samples together MIN_POINT_MS.
 */
export function runsPerSample(runMs: number, reps: number): number {
  if (!(runMs > 0)) return MAX_RUNS_PER_SAMPLE;
  const wanted = Math.max(MIN_SAMPLE_MS / runMs, MIN_POINT_MS / (Math.max(1, reps) * runMs));
  return Math.min(MAX_RUNS_PER_SAMPLE, Math.max(1, Math.ceil(wanted)));
}

/**
 * The measurement protocol behind Sweep and Compare models:
 * 1. every kernel warm on the thread that will run it (the pool's workers, the page for its own modes);
 * 2. an untimed pass giving every configuration WARM_UP_WORK_MS of real work, which also sizes its
 *    samples (several back-to-back runs when one run is too short to time well), and a run with next
 *    to no work for the fixed cost;
 * 3. the page left to go quiet before anything is timed, and again before every sample;
 * 4. `reps` timed rounds visiting every configuration in turn (1, 2, 4, ... P, then again), so a drift
 *    of the machine hits all of them alike instead of one point.
 */
export async function measureInRounds(
  engine: MeasuringEngine,
  configurations: Configuration[],
  reps: number,
  hooks: ProtocolHooks = {},
): Promise<ProtocolOutcome> {
  const run = (
    index: number,
    repeat: number,
    purpose: RunPurpose = 'sample',
    configuration = configurations[index],
  ) => {
    if (hooks.shouldStop?.()) return Promise.reject(runCancelled());
    hooks.beforeRun?.(configuration, index);
    return engine.run({ ...configuration, repeat, purpose });
  };
  const sized = hooks.samples !== 'single';
  // The timeline keeps this measurement's timed windows (runClock.ts), none of an earlier one.
  forgetTimedRuns();
  const quiet = () => hooks.quiet?.() ?? Promise.resolve();
  const poolSize = Math.max(0, ...configurations.map((c) => (usesWorkers(c.mode ?? DEFAULT_MODE) ? c.workers : 0)));
  if (poolSize > 0) await engine.prepare(poolSize);
  if (configurations.some((c) => !usesWorkers(c.mode ?? DEFAULT_MODE))) await engine.warmMainThread();

  hooks.onRound?.(0, reps);
  await quiet();
  const batches: number[] = [];
  for (const index of configurations.keys()) {
    const once = await run(index, 1, 'warm-up');
    if (!sized) {
      batches.push(1);
      continue;
    }
    // The first run may be slow (caches, a cold split, a cold JIT): the rest of the warm-up sizes the samples.
    const more = Math.ceil(WARM_UP_WORK_MS / once.ms) - 1;
    const settled = more > 0 ? (await run(index, Math.min(more, MAX_RUNS_PER_SAMPLE), 'warm-up')).ms : once.ms;
    batches.push(runsPerSample(settled, reps));
  }
  const widest = configurations.reduce((a, b) => (b.workers > a.workers ? b : a));
  const fixedCostMs = sized
    ? (await run(-1, FIXED_COST_RUNS, 'fixed cost', { ...widest, n: FIXED_COST_N, split: 1 })).ms
    : undefined;

  const samples: RunResult[][] = configurations.map(() => []);
  const points = (): MeasuredPoint[] =>
    samples.flatMap((results, index) => {
      if (results.length === 0) return [];
      const samplesMs = results.map((result) => result.ms);
      return [
        {
          configuration: configurations[index],
          samplesMs,
          runsPerSample: batches[index],
          medianMs: median(samplesMs),
          minMs: Math.min(...samplesMs),
          maxMs: Math.max(...samplesMs),
          last: results[results.length - 1],
          activity: results.map((result) => result.activity).reduce<RunActivity | undefined>(addActivity, undefined)!,
        },
      ];
    });
  const round = async (index: number, rounds: number) => {
    hooks.onRound?.(index, rounds);
    for (const at of configurations.keys()) {
      // Quiet before every sample, not only every round: the last sample's end redraws the lanes and
      // the status, and that frame (main thread, compositor, raster) landed inside the next sample's
      // timed window, one frame per window (npm run bench:trace, N=13: 9% of a core).
      await quiet();
      const sample = await run(at, batches[at]);
      samples[at].push(sample);
      hooks.onSample?.(at, sample);
    }
    hooks.onPoints?.(points());
  };
  let roundMs = 0;
  for (let index = 1; index <= reps; index++) {
    const started = performance.now();
    await round(index, reps);
    roundMs = performance.now() - started;
  }

  const { precision } = hooks;
  const known = () =>
    precision &&
    knownEfficiency(
      samples[precision.baseline].map((result) => result.ms),
      samples[precision.target].map((result) => result.ms),
      configurations[precision.target].workers,
      precision,
    );
  let stoppedBy: StopReason = 'not-refined';
  const worthRefining = () => fixedCostMs === undefined || (hooks.worthRefining?.(fixedCostMs, points()) ?? true);
  if (precision && worthRefining()) {
    // A round is started only if one as long as the last still ends within the budget.
    const deadline = performance.now() + precision.budgetMs;
    for (let index = reps + 1; ; index++) {
      if (known()!.precise) stoppedBy = 'precise';
      else if (index > MAX_ROUNDS) stoppedBy = 'rounds';
      else if (performance.now() + roundMs > deadline) stoppedBy = 'budget';
      else {
        const started = performance.now();
        await round(index, 0);
        roundMs = performance.now() - started;
        continue;
      }
      break;
    }
  }
  const firstPoint = samples[0].map((result) => result.ms);
  const drift =
    firstPoint.length > 1
      ? Math.abs(firstPoint[firstPoint.length - 1] - firstPoint[0]) / median(firstPoint)
      : undefined;
  const pinned = known();
  return { points: points(), drift, fixedCostMs, known: pinned && { ...pinned, stoppedBy } };
}
