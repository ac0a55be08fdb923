import { runActivity } from '../../src/core/breakdown';
import type { Schedule } from '../../src/core/tasks';
import type { ResultRow } from '../../src/state/results';
import { resultRow } from './testData';

/**
 * A made-up run: tasks of the given node counts on workers computing at the given speeds (nodes per
 * ms), claimed by the schedule's rule, plus `startMs` before the first claim. Returns the result row it
 * would give (its one sample is the wall time) with the task record behind it.
 */
export function simulatedRow(
  taskNodes: number[],
  speeds: number[],
  schedule: Schedule = 'dynamic',
  startMs = 0,
): ResultRow {
  const workers = speeds.length;
  const free = new Array<number>(workers).fill(startMs);
  const owner = new Int32Array(taskNodes.length);
  const start = new Float64Array(taskNodes.length);
  const end = new Float64Array(taskNodes.length);
  taskNodes.forEach((nodes, task) => {
    const worker = schedule === 'static' ? task % workers : free.indexOf(Math.min(...free));
    owner[task] = worker;
    start[task] = free[worker];
    free[worker] += nodes / speeds[worker];
    end[task] = free[worker];
  });
  const wallMs = Math.max(...free);
  return resultRow({
    workers,
    samplesMs: [wallMs],
    activity: runActivity({ owner, startMs: start, endMs: end, nodes: Float64Array.from(taskNodes) }, workers, wallMs),
  });
}
