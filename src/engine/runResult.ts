import type { RunActivity } from '../core/breakdown';
import { TALLY, totalSolutions, type RunBuffer } from '../core/runBuffer';
import type { MessageTraffic } from './messageRun';
import type { Schedule } from '../core/tasks';
import type { Mode } from './modes';
import type { Symmetry } from '../core/symmetry';

/** Per-task record of a finished run, times in ms from the start of the run. */
export interface TaskTimeline {
  owner: Int32Array;
  startMs: Float64Array;
  endMs: Float64Array;
  nodes: Float64Array;
  solutions: Float64Array;
  /** The tasks themselves, in run order (TASK_STRIDE ints each). */
  tasks: Int32Array;
}

export interface RunResult {
  n: number;
  workers: number;
  mode: Mode;
  schedule: Schedule;
  splitDepth: number;
  symmetry: Symmetry;
  taskCount: number;
  /** Wall time of the timed part per run: from the start line to the page holding every result. */
  ms: number;
  /** The page's own long frames (≥ 50 ms) during the timed part; null where the browser cannot tell. */
  pageBusyMs: number | null;
  /** What every worker did in each run of the sample, summed: where the time went. */
  activity: RunActivity;
  /** Runs timed back to back in this sample (1 unless the run is too short to time alone). */
  repeat: number;
  solutions: number;
  /** Distinct solutions (one per family of eight symmetries): counted only by that search, else null. */
  distinct: number | null;
  nodes: number;
  traffic: MessageTraffic;
  timeline: TaskTimeline;
  /**
   * The shared total the thread-safety experiment's workers kept (core/races.ts), and how many tasks
   * were claimed more than once; both 0 in every other run.
   */
  tally: { total: number; duplicates: number };
}

export interface RunShape {
  workers: number;
  mode: Mode;
  schedule: Schedule;
  splitDepth: number;
  symmetry: Symmetry;
  ms: number;
  pageBusyMs: number | null;
  activity: RunActivity;
  repeat: number;
  /** Wall-clock epoch ms at which the run started, to rebase worker timestamps. */
  startedAt: number;
  traffic: MessageTraffic;
}

/** Copies what the UI keeps out of the run buffer, so the (possibly shared) buffer can be freed. */
export function summarizeRun(run: RunBuffer, shape: RunShape): RunResult {
  const startMs = new Float64Array(run.taskCount);
  const endMs = new Float64Array(run.taskCount);
  let nodes = 0;
  let distinct = 0;
  for (let i = 0; i < run.taskCount; i++) {
    startMs[i] = run.startedAt[i] - shape.startedAt;
    endMs[i] = run.endedAt[i] - shape.startedAt;
    nodes += run.nodes[i];
    distinct += run.distinct[i];
  }
  return {
    ...shape,
    n: run.n,
    taskCount: run.taskCount,
    solutions: totalSolutions(run),
    distinct: shape.symmetry === 'all' ? distinct : null,
    nodes,
    tally: { total: run.tally[TALLY.total], duplicates: run.tally[TALLY.duplicates] },
    timeline: {
      owner: run.owner.slice(),
      startMs,
      endMs,
      nodes: run.nodes.slice(),
      solutions: run.solutions.slice(),
      tasks: run.tasks.slice(),
    },
  };
}
