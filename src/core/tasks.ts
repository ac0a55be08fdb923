import { wallClock } from './clock';
import type { RunBuffer } from './runBuffer';
import { EIGHTFOLD_TASK, eightfoldSearch } from './eightfoldSlot';
import { countSubtree } from './solver';
import { TASK_STRIDE } from './split';

/**
 * How workers pick tasks. dynamic: each idle worker takes the next unclaimed task (one shared cursor);
 * static: worker w of P takes tasks w, w+P, w+2P... whatever the others are doing (the article's deal).
 * The same rule for workers claiming from shared memory, the page handing out copies, and the simulator.
 */
export type Schedule = 'dynamic' | 'static';
export const SCHEDULES: readonly Schedule[] = ['dynamic', 'static'];

/**
 * The task worker `workerIndex` of `workers` runs as its `taken`-th (0-based), or an index past the end
 * when it has none left. `nextUnclaimed` advances the one cursor the dynamic rule shares.
 */
export function claimTask(
  schedule: Schedule,
  nextUnclaimed: () => number,
  workerIndex: number,
  workers: number,
  taken: number,
): number {
  return schedule === 'dynamic' ? nextUnclaimed() : workerIndex + taken * workers;
}

/** One solved task, as it crosses a thread boundary when the tasks travel by copy. */
export interface TaskOutcome {
  /** Already multiplied by the task's weight (mirror symmetry counts a half board twice). */
  solutions: number;
  /** Distinct solutions (one per family of eight symmetries): known only to the eight-symmetry search, else 0. */
  distinct: number;
  nodes: number;
  /** Wall-clock milliseconds since the epoch, comparable across threads (each has its own `now()` origin). */
  startedAt: number;
  endedAt: number;
}

/**
 * Gives the task to a worker without stamping its start: a task queued behind another (message passing
 * keeps one waiting per worker) has not started, and the live lanes must not draw it as running.
 */
export function assignTask(run: RunBuffer, index: number, workerIndex: number): void {
  Atomics.store(run.owner, index, workerIndex);
}

/** Claims the task for a worker and stamps its start first, so the live lanes draw it while it runs. */
export function beginTask(run: RunBuffer, index: number, workerIndex: number): void {
  assignTask(run, index, workerIndex);
  run.startedAt[index] = wallClock();
}

export function recordTask(run: RunBuffer, index: number, outcome: TaskOutcome): void {
  run.solutions[index] = outcome.solutions;
  run.distinct[index] = outcome.distinct;
  run.nodes[index] = outcome.nodes;
  run.startedAt[index] = outcome.startedAt;
  run.endedAt[index] = outcome.endedAt;
}

/**
 * Solves one task from its copied numbers (cols, left, right, weight, or a packed root of the
 * eight-symmetry search); null when `control`'s cancel flag stopped it part-way. The thread-safety
 * experiment's `onSolution` is only ever given plain tasks (engine/races.ts).
 */
export function solveTaskData(
  n: number,
  cols: number,
  left: number,
  right: number,
  weight: number,
  control: Int32Array,
  onSolution: (() => void) | null = null,
): TaskOutcome | null {
  const startedAt = wallClock();
  if (weight === EIGHTFOLD_TASK) {
    const result = eightfoldSearch().solve(n, cols, left, control);
    if (!result) return null;
    const { solutions, distinct, nodes } = result;
    return { solutions, distinct, nodes, startedAt, endedAt: wallClock() };
  }
  const result = countSubtree(n, cols, left, right, control, onSolution);
  if (result.cancelled) return null;
  return { solutions: result.solutions * weight, distinct: 0, nodes: result.nodes, startedAt, endedAt: wallClock() };
}

/**
 * Claims, solves and records task `index` of a run buffer in place; false when cancelled part-way.
 * `onSolution` is called at every solution (the thread-safety experiment's shared totals).
 */
export function solveTask(
  run: RunBuffer,
  index: number,
  workerIndex: number,
  control: Int32Array,
  onSolution: (() => void) | null = null,
): boolean {
  beginTask(run, index, workerIndex);
  const outcome = solveTaskData(run.n, ...taskData(run, index), control, onSolution);
  if (!outcome) return false;
  recordTask(run, index, outcome);
  return true;
}

/** The numbers a copied task carries: what message passing sends a worker (TASK_STRIDE ints). */
export function taskData(run: RunBuffer, index: number): [number, number, number, number] {
  const at = index * TASK_STRIDE;
  return [run.tasks[at], run.tasks[at + 1], run.tasks[at + 2], run.tasks[at + 3]];
}
