import { totalSolutions, type RunBuffer } from '../core/runBuffer';

export type Transport = 'shared' | 'message';

/** Per-task record of a finished run, times in ms from the start of the run. */
export interface TaskTimeline {
  owner: Int32Array;
  startMs: Float64Array;
  endMs: Float64Array;
  nodes: Float64Array;
}

export interface RunResult {
  n: number;
  workers: number;
  transport: Transport;
  splitDepth: number;
  symmetry: boolean;
  taskCount: number;
  /** Wall time of the parallel part, measured on the main thread. */
  ms: number;
  solutions: number;
  nodes: number;
  timeline: TaskTimeline;
}

export interface RunShape {
  workers: number;
  transport: Transport;
  splitDepth: number;
  symmetry: boolean;
  ms: number;
  /** Wall-clock epoch ms at which the run started, to rebase worker timestamps. */
  startedAt: number;
}

/** Copies what the UI keeps out of the run buffer, so the (possibly shared) buffer can be freed. */
export function summarizeRun(run: RunBuffer, shape: RunShape): RunResult {
  const startMs = new Float64Array(run.taskCount);
  const endMs = new Float64Array(run.taskCount);
  let nodes = 0;
  for (let i = 0; i < run.taskCount; i++) {
    startMs[i] = run.startedAt[i] - shape.startedAt;
    endMs[i] = run.endedAt[i] - shape.startedAt;
    nodes += run.nodes[i];
  }
  return {
    n: run.n,
    workers: shape.workers,
    transport: shape.transport,
    splitDepth: shape.splitDepth,
    symmetry: shape.symmetry,
    taskCount: run.taskCount,
    ms: shape.ms,
    solutions: totalSolutions(run),
    nodes,
    timeline: { owner: run.owner.slice(), startMs, endMs, nodes: run.nodes.slice() },
  };
}
