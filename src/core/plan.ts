import { SYMMETRY_WORK, type Symmetry } from './symmetry';
import { estimatedNodes } from './known';
import { largestFirst } from './schedule';
import { MAX_SPLIT_DEPTH, splitTasks, TASK_STRIDE, type TaskList } from './split';

/** Enough tasks that the last ones to finish are a small slice of each worker's share. */
export const TASKS_PER_WORKER = 32;

export type SplitChoice = number | 'auto';

/**
 * The kernel's speed on one core, in nodes per millisecond: ~185 million nodes/s in Chromium here
 * (README, against 190 for C). The one figure task sizes and time estimates start from, until a
 * device has measured its own (state/estimate.ts).
 */
export const KERNEL_NODES_PER_MS = 180_000;

/**
 * A task smaller than this on average costs more in claiming and bookkeeping (about a microsecond)
 * than it balances: ~25 us of work.
 */
export const MIN_AVERAGE_TASK_NODES = 0.025 * KERNEL_NODES_PER_MS;

/**
 * The shallowest cut that gives every worker about TASKS_PER_WORKER tasks (capped at MAX_SPLIT_DEPTH),
 * but never one whose average task is below MIN_AVERAGE_TASK_NODES: a small board cut that fine (N=8
 * into 140 tasks of ~15 nodes) was mostly overhead.
 */
export function autoSplitDepth(n: number, workers: number, symmetry: Symmetry = 'none'): number {
  const wanted = TASKS_PER_WORKER * Math.max(1, workers);
  const work = estimatedNodes(n) * SYMMETRY_WORK[symmetry];
  const top = Math.min(MAX_SPLIT_DEPTH, n);
  for (let depth = 1; depth <= top; depth++) {
    const count = splitTasks(n, depth, { symmetry }).count;
    if (depth > 1 && work / count < MIN_AVERAGE_TASK_NODES) return depth - 1;
    if (count >= wanted || depth === top) return depth;
  }
  return top;
}

export interface TaskPlan {
  tasks: TaskList;
  /** order[slot] = index of that task in the split's natural order, so costs can be remembered. */
  order: Int32Array;
}

/**
 * The tasks of a run in the order workers will claim them. With the exact costs of an earlier run of
 * the same split, biggest first, so no big task is left for the end (bench:schedule: N=16, 64 workers,
 * 3-row split: 0.992 in natural order, 0.998 largest-first). Without them, the natural order.
 */
export function planTasks(tasks: TaskList, knownCosts?: ArrayLike<number>): TaskPlan {
  if (!knownCosts || knownCosts.length !== tasks.count) {
    return { tasks, order: Int32Array.from({ length: tasks.count }, (_, i) => i) };
  }
  const order = largestFirst(knownCosts);
  const data = new Int32Array(tasks.data.length);
  order.forEach((from, to) =>
    data.set(tasks.data.subarray(from * TASK_STRIDE, (from + 1) * TASK_STRIDE), to * TASK_STRIDE),
  );
  return { tasks: { ...tasks, data }, order: Int32Array.from(order) };
}

/** About 8 ms of work at KERNEL_NODES_PER_MS: a cooperative slice that keeps the page at 60 fps. */
export const COOPERATIVE_SLICE_NODES = 1.5e6;

/**
 * The shallowest cut whose average task fits one slice of `sliceNodes` (capped at MAX_SPLIT_DEPTH: from
 * N=18 on, even 4-row tasks of the cooperative mode are longer, and the page stutters between them).
 */
export function sliceSplitDepth(n: number, symmetry: Symmetry, sliceNodes: number): number {
  const work = estimatedNodes(n) * SYMMETRY_WORK[symmetry];
  for (let depth = 1; depth < Math.min(MAX_SPLIT_DEPTH, n); depth++) {
    if (work / splitTasks(n, depth, { symmetry }).count <= sliceNodes) return depth;
  }
  return Math.min(MAX_SPLIT_DEPTH, n);
}
