import { HEADER, type RunBuffer } from './runBuffer';
import { claimTask, solveTask, type Schedule } from './tasks';

/** What a worker says when its part of a shared run is over: only this travels back as a message. */
export interface SharedRunReport {
  tasksRun: number;
  cancelled: boolean;
}

/** One worker's place in a shared run: the buffer it claims from, who it is, and the claim rule. */
export interface WorkerPlace {
  run: RunBuffer;
  workerIndex: number;
  workers: number;
  schedule: Schedule;
  /** This worker's [cancel, heartbeat] pair in the run buffer. */
  control: Int32Array;
}

/** What a worker behaviour changes in the claim loop; each is optional. */
export interface ClaimHooks {
  /** Takes the next unclaimed task's index from the shared cursor (default: Atomics.add). */
  nextUnclaimed?: () => number;
  /** Called at every solution found. */
  onSolution?: () => void;
  /** Runs after each task, given its index (a lock hand-over, a count added); false: cancelled meanwhile. */
  afterTask?: (index: number) => boolean;
}

/**
 * Claims tasks until none are left or the run is cancelled: dynamic takes the next one from the shared
 * cursor (Atomics.add unless `hooks` says otherwise), static every `workers`-th task (the article's
 * round-robin deal). Results go straight into shared memory.
 */
export function claimUntilDone(place: WorkerPlace, hooks: ClaimHooks = {}): SharedRunReport {
  const { run, workerIndex, workers, schedule, control } = place;
  const nextUnclaimed = hooks.nextUnclaimed ?? (() => Atomics.add(run.header, HEADER.cursor, 1));
  const onSolution = hooks.onSolution ?? null;
  let tasksRun = 0;
  for (let taken = 0; ; taken++) {
    if (Atomics.load(run.header, HEADER.cancel) !== 0) return { tasksRun, cancelled: true };
    const index = claimTask(schedule, nextUnclaimed, workerIndex, workers, taken);
    if (index >= run.taskCount) return { tasksRun, cancelled: false };
    if (!solveTask(run, index, workerIndex, control, onSolution)) return { tasksRun, cancelled: true };
    tasksRun++;
    if (hooks.afterTask && !hooks.afterTask(index)) return { tasksRun, cancelled: true };
  }
}
