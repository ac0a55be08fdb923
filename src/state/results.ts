import { knownSolutions } from '../core/known';
import { efficiency, speedup } from '../core/stats';
import { projectSpeedups, type Projection } from '../engine/projection';
import type { RunResult, Transport } from '../engine/runResult';
import type { SweepPoint } from '../engine/sweep';

export interface ResultRow {
  workers: number;
  /** Median of the timed repeats (a single run's time for Run). */
  ms: number;
  minMs: number;
  maxMs: number;
  samplesMs: number[];
  solutions: number;
}

/** Rows that can be compared with each other: same board, split and transport. */
export interface ResultSet {
  n: number;
  splitDepth: number;
  symmetry: boolean;
  transport: Transport;
  taskCount: number;
  rows: ResultRow[];
  /** Load-balance projection for bigger machines from the latest run's task costs. */
  projection: Projection[];
}

export function rowFromRun(result: RunResult): ResultRow {
  return {
    workers: result.workers,
    ms: result.ms,
    minMs: result.ms,
    maxMs: result.ms,
    samplesMs: [result.ms],
    solutions: result.solutions,
  };
}

export function rowFromPoint(point: SweepPoint): ResultRow {
  return {
    workers: point.workers,
    ms: point.medianMs,
    minMs: point.minMs,
    maxMs: point.maxMs,
    samplesMs: point.samplesMs,
    solutions: point.last.solutions,
  };
}

function sameKind(set: ResultSet | null, result: RunResult): set is ResultSet {
  return (
    set !== null &&
    set.n === result.n &&
    set.splitDepth === result.splitDepth &&
    set.symmetry === result.symmetry &&
    set.transport === result.transport
  );
}

/** Adds or replaces the row for this worker count; a run of another kind starts a fresh set. */
export function withRow(set: ResultSet | null, result: RunResult, row: ResultRow): ResultSet {
  const base: ResultSet = sameKind(set, result)
    ? set
    : {
        n: result.n,
        splitDepth: result.splitDepth,
        symmetry: result.symmetry,
        transport: result.transport,
        taskCount: result.taskCount,
        rows: [],
        projection: [],
      };
  const rows = [...base.rows.filter((existing) => existing.workers !== row.workers), row].sort(
    (a, b) => a.workers - b.workers,
  );
  return { ...base, rows, projection: projectSpeedups(result) };
}

/** The one-worker time every speedup is measured against, when the set has one. */
export function baselineMs(set: ResultSet | null): number | undefined {
  return set?.rows.find((row) => row.workers === 1)?.ms;
}

export interface ScaledRow extends ResultRow {
  speedup: number | undefined;
  efficiency: number | undefined;
  expected: number | undefined;
}

/** Adds speedup and efficiency against the set's one-worker row, and the known count to check against. */
export function scaledRows(set: ResultSet | null): ScaledRow[] {
  if (!set) return [];
  const baseline = baselineMs(set);
  const expected = knownSolutions(set.n);
  return set.rows.map((row) => ({
    ...row,
    speedup: baseline === undefined ? undefined : speedup(baseline, row.ms),
    efficiency: baseline === undefined ? undefined : efficiency(baseline, row.ms, row.workers),
    expected,
  }));
}
