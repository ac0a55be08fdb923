import type { WorkerBehaviour } from '../core/runOrder';
import type { SplitChoice } from '../core/plan';
import { measureInRounds, type MeasuringEngine } from './protocol';
import type { RunResult } from './runResult';

/** One way of keeping the shared total, in the order the experiment runs them and the page shows them. */
export interface RaceWay {
  behaviour: WorkerBehaviour;
  /** Always the right count, whatever the timing. */
  safe: boolean;
}

/** The ways, declared once (their words: state/raceWords.ts). */
export const RACE_WAYS = [
  { behaviour: 'plain-total', safe: false },
  { behaviour: 'atomic-total', safe: true },
  { behaviour: 'locked-total', safe: true },
  { behaviour: 'local-total', safe: true },
  { behaviour: 'plain-cursor', safe: false },
] as const satisfies readonly RaceWay[];
export type RaceWayBehaviour = (typeof RACE_WAYS)[number]['behaviour'];

/** The safe way every other is timed against: the article's own pattern. */
export const RACE_BASELINE: WorkerBehaviour = 'local-total';

/** On one worker no race is possible: what safety costs when nobody competes, against the plain total. */
export const SINGLE_THREAD_WAYS: readonly RaceWayBehaviour[] = ['plain-total', 'atomic-total', 'locked-total'];

/** False sharing: every worker's own counter, packed in one cache line or one line each. */
export const FALSE_SHARING_WAYS = [{ behaviour: 'packed-counters' }, { behaviour: 'padded-counters' }] as const;

/** Each configuration runs this many times, after one warm-up run that is not shown. */
export const RACE_RUNS = 5;
/** The total is an int32, and per-solution locks make big boards very slow: 14.8 million solutions at N=16. */
export const RACE_MAX_N = 16;

/** One configuration of the experiment: a way, on this many workers. */
export interface RaceConfiguration {
  behaviour: WorkerBehaviour;
  workers: number;
}

/**
 * What one run of a way counted (the shared total), how long it took from the start line (every
 * worker waits there until all have arrived: a late one started up to 5 ms after the others here),
 * how many tasks were claimed twice, and the nodes its workers searched in that time (set against a
 * lone worker's pace, it tells whether the workers really ran side by side).
 */
export interface RaceRun {
  count: number;
  ms: number;
  duplicates: number;
  nodes: number;
}

export interface RaceRow extends RaceConfiguration {
  runs: RaceRun[];
}

/** Everything the experiment runs: the five ways on P workers, the price of safety on one, false sharing on P. */
export function raceConfigurations(workers: number): RaceConfiguration[] {
  return [
    ...RACE_WAYS.map(({ behaviour }) => ({ behaviour, workers })),
    ...SINGLE_THREAD_WAYS.map((behaviour) => ({ behaviour, workers: 1 })),
    ...FALSE_SHARING_WAYS.map(({ behaviour }) => ({ behaviour, workers })),
  ];
}

export interface RaceRequest {
  n: number;
  workers: number;
  split: SplitChoice;
  /** Timed runs of each configuration after its warm-up (RACE_RUNS by default; the talk sizes it). */
  runs?: number;
}

export interface RaceHooks {
  /** True once the experiment was cancelled or superseded: the next run is not started. */
  shouldStop: () => boolean;
  /** Resolves once the page has drawn the last run's results: nothing of the page's own is timed. */
  quiet?: () => Promise<void>;
  /** Before each run, with its configuration and the round (0: the warm-up); never for a run that will not start. */
  beforeRun?: (configuration: RaceConfiguration, round: number) => void;
  /** After each counted run, with every row so far and the run's full result (its lanes). */
  onRun?: (rows: RaceRow[], result: RunResult) => void;
}

/**
 * The sweep's own round loop (protocol.ts measureInRounds), sampled one run at a time since each run's
 * count is what the experiment reads: every configuration warmed by one run, then interleaved timed
 * rounds (RACE_RUNS unless asked), so machine noise lands on all ways alike, the page quiet before each run. Cancelled like a
 * sweep: the next run is not started and the promise rejects with a RunCancelled error. Shared memory,
 * dynamic claiming (the plain cursor's race is in the shared cursor), no mirror symmetry (each solution
 * is counted once).
 */
export async function measureRaces(
  engine: MeasuringEngine,
  request: RaceRequest,
  hooks: RaceHooks,
): Promise<RaceRow[]> {
  const configurations = raceConfigurations(request.workers);
  const rows: RaceRow[] = configurations.map((configuration) => ({ ...configuration, runs: [] }));
  const runs = configurations.map((configuration) => ({
    n: request.n,
    split: request.split,
    splitFor: request.workers,
    symmetry: 'none' as const,
    mode: 'shared' as const,
    schedule: 'dynamic' as const,
    ...configuration,
  }));
  let round = 0;
  await measureInRounds(engine, runs, request.runs ?? RACE_RUNS, {
    samples: 'single',
    shouldStop: hooks.shouldStop,
    quiet: hooks.quiet,
    onRound: (index) => (round = index),
    beforeRun: (_run, index) => hooks.beforeRun?.(configurations[index], round),
    onSample: (index, result) => {
      // From the start line (core/races.ts startTogether), where the first task of every worker begins.
      const ms = result.ms - Math.min(...result.activity.beforeMs);
      rows[index].runs.push({
        count: result.tally.total,
        ms,
        duplicates: result.tally.duplicates,
        nodes: result.nodes,
      });
      hooks.onRun?.(rows, result);
    },
  });
  return rows;
}
