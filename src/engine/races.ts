import type { WorkerBehaviour } from '../core/runOrder';
import type { SplitChoice } from '../core/plan';
import type { RunRequest } from './engine';
import type { MeasuringEngine } from './protocol';
import type { RunResult } from './runResult';

/** One way of keeping the shared total, as the thread-safety experiment shows it. */
export interface RaceWay {
  behaviour: WorkerBehaviour;
  label: string;
  /** The same thing in the article's Python. */
  twin: string;
  /** Always the right count, whatever the timing. */
  safe: boolean;
}

/** The ways, declared once: the experiment runs them in this order, and the page shows them so. */
export const RACE_WAYS = [
  { behaviour: 'plain-total', label: 'Plain total, no Atomics', twin: 'total += 1, no lock', safe: false },
  { behaviour: 'atomic-total', label: 'Atomics.add per solution', twin: 'an atomic counter', safe: true },
  { behaviour: 'locked-total', label: 'Lock per solution', twin: 'with lock: total += 1', safe: true },
  {
    behaviour: 'local-total',
    label: 'Local count, added once per task',
    twin: 'local += 1 … with lock: total += local',
    safe: true,
  },
  {
    behaviour: 'plain-cursor',
    label: 'Tasks claimed without Atomics',
    twin: 'a shared index without a lock',
    safe: false,
  },
] as const satisfies readonly RaceWay[];

/** The safe way every other is timed against: the article's own pattern. */
export const RACE_BASELINE: WorkerBehaviour = 'local-total';

/** On one worker no race is possible: what safety costs when nobody competes, against the plain total. */
export const SINGLE_THREAD_WAYS: readonly WorkerBehaviour[] = ['plain-total', 'atomic-total', 'locked-total'];

/** False sharing: every worker's own counter, packed in one cache line or one line each. */
export const FALSE_SHARING_WAYS = [
  { behaviour: 'packed-counters', label: 'Own counters side by side (one cache line)' },
  { behaviour: 'padded-counters', label: 'Own counters 128 bytes apart' },
] as const;

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
}

export interface RaceHooks {
  /** True once the experiment was cancelled or superseded. */
  shouldStop: () => boolean;
  /** Resolves once the page has drawn the last run's results: nothing of the page's own is timed. */
  quiet?: () => Promise<void>;
  /** Before each run, with its configuration and the round (0: the warm-up). */
  beforeRun?: (configuration: RaceConfiguration, round: number) => void;
  /** After each counted run, with every row so far and the run's full result (its lanes). */
  onRun?: (rows: RaceRow[], result: RunResult) => void;
}

/**
 * Runs every configuration once to warm it (every worker's kernel and every hook), then RACE_RUNS
 * interleaved rounds, so machine noise lands on all ways alike; the page goes quiet before each run. Shared memory, dynamic claiming (the
 * plain cursor's race is in the shared cursor), no mirror symmetry (each solution is counted once).
 */
export async function measureRaces(
  engine: MeasuringEngine,
  request: RaceRequest,
  hooks: RaceHooks,
): Promise<RaceRow[]> {
  const configurations = raceConfigurations(request.workers);
  const rows: RaceRow[] = configurations.map((configuration) => ({ ...configuration, runs: [] }));
  for (let round = 0; round <= RACE_RUNS; round++) {
    for (const [index, configuration] of configurations.entries()) {
      // Asked before the run is announced, and again after the page went quiet: no status for a run
      // that will not happen.
      if (hooks.shouldStop()) return rows;
      hooks.beforeRun?.(configuration, round);
      await hooks.quiet?.();
      if (hooks.shouldStop()) return rows;
      const run: RunRequest = {
        n: request.n,
        split: request.split,
        splitFor: request.workers,
        symmetry: false,
        mode: 'shared',
        schedule: 'dynamic',
        ...configuration,
      };
      const result = await engine.run(run);
      if (round === 0) continue;
      // From the start line (core/races.ts startTogether), where the first task of every worker begins.
      const ms = result.ms - Math.min(...result.activity.beforeMs);
      rows[index].runs.push({
        count: result.tally.total,
        ms,
        duplicates: result.tally.duplicates,
        nodes: result.nodes,
      });
      hooks.onRun?.(rows, result);
    }
  }
  return rows;
}
