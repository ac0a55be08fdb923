import { knownSolutions } from '../core/known';
import { median } from '../core/stats';
import {
  FALSE_SHARING_WAYS,
  RACE_BASELINE,
  RACE_WAYS,
  SINGLE_THREAD_WAYS,
  type RaceRow,
  type RaceRun,
} from '../engine/races';
import { RACE_WAY_WORDS } from './raceWords';
import type { WorkerBehaviour } from '../core/runOrder';
import { plural, times } from './words';

/** The experiment as the store keeps it: rows fill in as runs finish. */
export interface RaceState {
  n: number;
  workers: number;
  /** Timed runs of each way. */
  runs: number;
  rows: RaceRow[];
  done: boolean;
}

/** One run's count against A000170: exact, or how far off. */
export interface CountCheck {
  count: number;
  /** count − the known number of solutions: negative when updates were lost, positive when tasks ran twice. */
  off: number;
  duplicates: number;
  /**
   * The run's nodes per ms over a lone worker's: near the worker count when the workers really ran side
   * by side, near 1 when the system ran them one at a time (null until the one-worker runs exist).
   */
  pace: number | null;
}

export interface WayFinding {
  behaviour: WorkerBehaviour;
  label: string;
  twin: string;
  safe: boolean;
  checks: CountCheck[];
  wrongRuns: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Median time over the local count's median time, on the same workers. */
  timeVsBaseline: number | null;
  /** What happened to the count, in words: "lost 34–106 of 14,200 solutions in 5 of 5 runs". */
  verdict: string;
}

const grouped = (x: number) => Math.round(x).toLocaleString('en-US');

function rowOf(rows: RaceRow[], behaviour: WorkerBehaviour, workers: number): RaceRow | undefined {
  return rows.find((row) => row.behaviour === behaviour && row.workers === workers && row.runs.length > 0);
}

const medianMs = (runs: RaceRun[]) => median(runs.map((run) => run.ms));

/** "34" or "34–106": the spread of a set of whole numbers. */
function spanOf(values: number[]): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? grouped(low) : `${grouped(low)}–${grouped(high)}`;
}

/**
 * Nodes per ms of one worker alone: the one-worker plain total's runs (no race, no other worker), their
 * median. Measured here (N=12, 2 workers, 16 experiments of 25 runs): the runs' median pace was 1.7×
 * it; before the start line made workers prove they run at once, 27.5% of runs went at 1.2× or less
 * and the plain total was right in 8 of 80 runs, after it 7.5% and 0 of 80.
 */
function lonePace(state: RaceState): number | null {
  const lone = rowOf(state.rows, SINGLE_THREAD_WAYS[0], 1);
  return lone ? median(lone.runs.map((run) => run.nodes / run.ms)) : null;
}

/** Below this pace P workers were not all computing for a good part of the run. */
const partlyAtOnce = (workers: number) => 0.8 * workers;

const paces = (checks: CountCheck[]) => {
  const values = checks.map((check) => check.pace!.toFixed(1));
  return `${values[0] === values.at(-1) ? values[0] : `${values[0]}–${values.at(-1)}`}×`;
};

/**
 * An unsafe way's right runs whose workers were not computing at once for much of the run, in words: a
 * fact of the machine (other programs, or the system putting two workers on one core), not luck to hide.
 */
function apartWords(checks: CountCheck[], workers: number): string {
  const apart = checks
    .filter((check) => check.off === 0 && check.pace !== null && check.pace < partlyAtOnce(workers))
    .sort((a, b) => a.pace! - b.pace!);
  if (apart.length === 0) return '';
  const which = apart.length === 1 ? 'the right run' : `the ${apart.length} right runs`;
  return `${which} went at ${paces(apart)} one worker's pace (${workers === 2 ? 'both' : `all ${workers}`} at once: near ${workers}×): its workers computed at the same time for only part of it, and a race needs two at once`;
}

function verdictOf(checks: CountCheck[], expected: number, safe: boolean, workers: number): string {
  const wrong = checks.filter((check) => check.off !== 0);
  const runs = plural(checks.length, 'run');
  const apart = safe ? '' : apartWords(checks, workers);
  if (wrong.length === 0) {
    if (safe) return `right in every run (${runs})`;
    return apart
      ? `right in all ${runs} this time: ${apart}`
      : `right in all ${runs} this time: the race is real, but two workers must hit the same moment, so it can be rare`;
  }
  const lost = wrong.filter((check) => check.off < 0).map((check) => -check.off);
  const extra = wrong.filter((check) => check.off > 0).map((check) => check.off);
  const twice = wrong.reduce((sum, check) => sum + check.duplicates, 0);
  const parts = [
    lost.length > 0 ? `lost ${spanOf(lost)} of ${grouped(expected)} solutions` : '',
    extra.length > 0 ? `counted ${spanOf(extra)} solutions too many` : '',
    twice > 0 ? `${plural(twice, 'task')} claimed twice` : '',
    apart,
  ].filter(Boolean);
  return `wrong in ${wrong.length} of ${runs}: ${parts.join('; ')}`;
}

/** Each way on the experiment's workers: its counts checked, its time, and against the local count. */
export function wayFindings(state: RaceState): WayFinding[] {
  const expected = knownSolutions(state.n) ?? Number.NaN;
  const baseline = rowOf(state.rows, RACE_BASELINE, state.workers);
  const lone = lonePace(state);
  return RACE_WAYS.flatMap((way) => {
    const row = rowOf(state.rows, way.behaviour, state.workers);
    if (!row) return [];
    const checks = row.runs.map((run) => ({
      count: run.count,
      off: run.count - expected,
      duplicates: run.duplicates,
      pace: lone ? run.nodes / run.ms / lone : null,
    }));
    const runMs = row.runs.map((run) => run.ms);
    return [
      {
        ...way,
        ...RACE_WAY_WORDS[way.behaviour],
        checks,
        wrongRuns: checks.filter((check) => check.off !== 0).length,
        medianMs: median(runMs),
        minMs: Math.min(...runMs),
        maxMs: Math.max(...runMs),
        timeVsBaseline: baseline ? median(runMs) / medianMs(baseline.runs) : null,
        verdict: verdictOf(checks, expected, way.safe, state.workers),
      },
    ];
  });
}

/** Round by round, `a`'s time over `b`'s: paired, so a slow moment of the machine cancels out. */
function pairedRatios(a: RaceRun[], b: RaceRun[]): number[] {
  return a.slice(0, b.length).map((run, round) => run.ms / b[round].ms);
}

/** The article's 5–10% caveat, measured: on one worker, what the atomic and the lock cost the plain total. */
export function singleThreadLine(state: RaceState): string | null {
  const [plain, ...safe] = SINGLE_THREAD_WAYS.map((behaviour) => ({ behaviour, row: rowOf(state.rows, behaviour, 1) }));
  if (!plain.row || safe.some(({ row }) => !row)) return null;
  const costs = safe.map(
    ({ behaviour, row }) =>
      `${RACE_WAY_WORDS[behaviour].label} ${times(median(pairedRatios(row!.runs, plain.row!.runs)))}`,
  );
  return `On one worker, where no race is possible, the plain total is right; the price of safety when nobody competes: ${costs.join(', ')} its time.`;
}

/** False sharing as measured here: the packed counters' time over the padded ones', and whether it shows. */
export function falseSharingLine(state: RaceState): string | null {
  const [packed, padded] = FALSE_SHARING_WAYS.map(({ behaviour }) => rowOf(state.rows, behaviour, state.workers));
  if (!packed || !padded) return null;
  const ratios = pairedRatios(packed.runs, padded.runs);
  const low = Math.min(...ratios);
  const high = Math.max(...ratios);
  const measured = `${times(median(ratios))} the time of counters 128 bytes apart (run by run ${times(low)}–${times(high)})`;
  if (low > 1) {
    return `False sharing: own counters side by side in one cache line took ${measured}, slower in each of the ${plural(ratios.length, 'paired run')}: the cores pass the line back and forth at every solution, though no value is shared.`;
  }
  return `False sharing: own counters side by side in one cache line took ${measured}, within this machine's run-to-run spread, so no cost shows here. Cores that hand cache lines over more slowly (several sockets, or more workers writing more often) can show one.`;
}
