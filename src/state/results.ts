import type { Symmetry } from '../core/symmetry';
import { breakdown, lawsApply, loneRate, type Breakdown, type RunActivity } from '../core/breakdown';
import { knownSolutions } from '../core/known';
import {
  efficiency,
  efficiencyInterval,
  fitAmdahl,
  karpFlatt,
  median,
  speedup,
  superlinearity,
  type Interval,
  type Superlinearity,
} from '../core/stats';
import type { SplitChoice } from '../core/plan';
import { COMPARISON_BASELINE, MODES, type Mode } from '../engine/modes';
import type { Schedule } from '../core/tasks';
import { projectSpeedups, type Projection } from '../engine/projection';
import type { KnownEfficiency } from '../engine/protocol';
import type { RunResult } from '../engine/runResult';
import type { Prediction } from './interchange/sweep';

export interface ResultRow {
  mode: Mode;
  workers: number;
  /** Median of the timed repeats (a single run's time for Run). */
  ms: number;
  minMs: number;
  maxMs: number;
  /** Per-run time of each timed sample. */
  samplesMs: number[];
  /** Runs timed back to back in each sample (1 unless one run is too short to time alone). */
  runsPerSample: number;
  solutions: number;
  /** Messages and task bytes copied between threads in the last run of this row. */
  messages: number;
  bytesCopied: number;
  /** The tab was hidden during one of this row's runs: its timers may have been throttled. */
  hiddenDuringRun: boolean;
  /** What each worker did in the timed runs, summed: where its time went (core/breakdown.ts). */
  activity?: RunActivity;
  /** The page's own long frames during the last sample, ms; null where the browser cannot tell. */
  pageBusyMs?: number | null;
}

/**
 * Rows that can be compared with each other: same board, split choice and schedule. (An 'auto' split
 * may cut the cooperative mode finer, so it keeps its turns short; the depth shown is the latest run's.)
 */
export interface ResultSet {
  n: number;
  split: SplitChoice;
  splitDepth: number;
  symmetry: Symmetry;
  schedule: Schedule;
  taskCount: number;
  rows: ResultRow[];
  /** Load-balance projection for bigger machines from the latest run's task costs. */
  projection: Projection[];
  /**
   * How far a sweep's 1-worker samples moved between its first and last round, as a fraction of their
   * median: the machine changing speed (thermal throttling, battery, another program).
   */
  drift?: number;
  /** Per-run fixed cost measured with the sweep (a run with next to no work). */
  fixedCostMs?: number;
  /** The headline efficiency as the rounds pinned it down (engine/protocol.ts, precision). */
  known?: KnownEfficiency;
  /** What a lesson predicted before this sweep ran: it travels with the sweep (state/interchange/). */
  prediction?: Prediction;
}

export function rowFromSamples(
  result: RunResult,
  samplesMs: number[],
  hiddenDuringRun: boolean,
  runsPerSample: number,
  /** Every sample's activity summed; a single run's own without it. */
  activity: RunActivity = result.activity,
): ResultRow {
  return {
    runsPerSample,
    mode: result.mode,
    workers: result.workers,
    ms: median(samplesMs),
    minMs: Math.min(...samplesMs),
    maxMs: Math.max(...samplesMs),
    samplesMs,
    solutions: result.solutions,
    messages: result.traffic.messages,
    bytesCopied: result.traffic.bytes,
    hiddenDuringRun,
    activity,
    pageBusyMs: result.pageBusyMs,
  };
}

function sameKind(set: ResultSet | null, result: RunResult, split: SplitChoice): set is ResultSet {
  return (
    set !== null &&
    set.n === result.n &&
    set.split === split &&
    set.symmetry === result.symmetry &&
    set.schedule === result.schedule
  );
}

/** Adds or replaces the row for this mode and worker count; a run of another kind starts a fresh set. */
export function withRow(set: ResultSet | null, result: RunResult, row: ResultRow, split: SplitChoice): ResultSet {
  const base: ResultSet = sameKind(set, result, split)
    ? set
    : {
        n: result.n,
        split,
        splitDepth: result.splitDepth,
        symmetry: result.symmetry,
        schedule: result.schedule,
        taskCount: result.taskCount,
        rows: [],
        projection: [],
      };
  const others = base.rows.filter((existing) => existing.workers !== row.workers || existing.mode !== row.mode);
  const rows = [...others, row].sort((a, b) => a.workers - b.workers || modeRank(a.mode) - modeRank(b.mode));
  return {
    ...base,
    rows,
    splitDepth: result.splitDepth,
    taskCount: result.taskCount,
    projection: projectSpeedups(result),
    // What the rounds pinned down describes the measurement, not a row added later.
    known: undefined,
  };
}

const modeRank = (mode: Mode) => MODES.indexOf(mode);

export interface ScaledRow extends ResultRow {
  speedup: number | undefined;
  efficiency: number | undefined;
  /** What the samples allow the efficiency to be (from the spread of both rows' samples). */
  efficiencyInterval: Interval | undefined;
  /** Above 100% within the noise, or beyond it (a measurement to distrust, never a headline). */
  superlinear: Superlinearity;
  karpFlatt: number | undefined;
  expected: number | undefined;
  /** Where the P·W worker-time went against one worker's T₁; undefined without both records. */
  breakdown: Breakdown | undefined;
  /** Speedup over what the cores allow: min(P, cores); undefined when the core count is unknown. */
  coreEfficiency: number | undefined;
  /**
   * Amdahl and Karp–Flatt describe this point: its workers had a core each and it lost time waiting,
   * not computing slower (core/breakdown.ts, lawsApply).
   */
  lawsApply: boolean;
}

/**
 * Speedup is measured against one thread doing the same job: in a comparison of models (a set with
 * the main thread among several modes), the main thread for every model; otherwise, the article's
 * experiment included, each mode's own 1-worker row.
 */
function baselineFor(set: ResultSet, row: ResultRow): ResultRow | undefined {
  const single = (mode: Mode) => set.rows.find((r) => r.mode === mode && r.workers === 1);
  const modes = modesIn(set);
  return modes.length > 1 && modes.includes(COMPARISON_BASELINE) ? single(COMPARISON_BASELINE) : single(row.mode);
}

function breakdownFor(row: ResultRow, baseline: ResultRow | undefined, e: number | undefined) {
  if (!baseline?.activity || !row.activity || e === undefined) return undefined;
  const rate = loneRate(baseline.activity);
  return Number.isFinite(rate) ? breakdown(e, row.activity, rate) : undefined;
}

/**
 * Each row against its baseline. `cores` is what the browser reports (null: unknown): it caps the
 * ideal, and past it the laws of serial work are not quoted.
 */
export function scaledRows(set: ResultSet | null, cores: number | null = null): ScaledRow[] {
  if (!set) return [];
  const expected = knownSolutions(set.n);
  return set.rows.map((row) => {
    const baseline = baselineFor(set, row);
    const s = baseline === undefined ? undefined : speedup(baseline.ms, row.ms);
    const e = baseline === undefined ? undefined : efficiency(baseline.ms, row.ms, row.workers);
    const interval =
      baseline && baseline !== row ? efficiencyInterval(baseline.samplesMs, row.samplesMs, row.workers) : undefined;
    const lost = breakdownFor(row, baseline, e);
    // A point slower than one worker is no serial fraction (it would read above 100%): overhead, not law.
    const applies =
      (s === undefined || row.workers === 1 || s >= 1) &&
      (lost === undefined ? cores === null || row.workers <= cores : lawsApply(lost, cores));
    return {
      ...row,
      speedup: s,
      efficiency: e,
      efficiencyInterval: interval,
      superlinear: e !== undefined && interval ? superlinearity(e, interval) : 'none',
      karpFlatt: s === undefined || row.workers < 2 || !applies ? undefined : karpFlatt(s, row.workers),
      expected,
      breakdown: lost,
      coreEfficiency: s === undefined || cores === null ? undefined : s / Math.min(row.workers, cores),
      lawsApply: applies,
    };
  });
}

/** A run's fixed cost may be at most this share of it before N is called too small to show scaling. */
const FIXED_COST_SHARE = 0.05;

/** Runs of `ms` each carrying `fixedCostMs` of fixed cost are long enough to show how they scale. */
export function showsScaling(fixedCostMs: number, ms: number): boolean {
  return fixedCostMs / ms <= FIXED_COST_SHARE;
}

export function modesIn(set: ResultSet | null): Mode[] {
  return MODES.filter((mode) => set?.rows.some((row) => row.mode === mode));
}

/** The points Amdahl's law may be fitted to: those it describes (ScaledRow.lawsApply). */
export function lawfulRows(rows: ScaledRow[]): ScaledRow[] {
  return rows.filter((row) => row.lawsApply);
}

export function speedupPoints(rows: ScaledRow[]): { workers: number; speedup: number }[] {
  return rows.flatMap((row) => (row.speedup === undefined ? [] : [{ workers: row.workers, speedup: row.speedup }]));
}

/**
 * Serial fraction fitted to the sweep of one mode, over the points the law describes: NaN unless at
 * least two such worker counts above one were measured. One point fits any curve exactly, so it would be presented as a finding it is not.
 */
export function amdahlFit(rows: ScaledRow[]): number {
  const points = speedupPoints(lawfulRows(rows));
  return points.filter((point) => point.workers > 1).length >= 2 ? fitAmdahl(points) : Number.NaN;
}

/** How far the sweep's 1-worker samples drifted between its first and last round (0.12 = 12%). */
export function baselineDrift(set: ResultSet | null): number | undefined {
  return set?.drift;
}
