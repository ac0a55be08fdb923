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

/**
 * Claims tasks until none are left or the run is cancelled: dynamic takes the next one with Atomics.add
 * on the shared cursor, static every `workers`-th task (the article's round-robin deal). Results go
 * straight into shared memory. `betweenTasks` runs after each task (a lock hand-over, say); false
 * from it means the run was cancelled meanwhile.
 */
export function claimUntilDone(place: WorkerPlace, betweenTasks: () => boolean = () => true): SharedRunReport {
  const { run, workerIndex, workers, schedule, control } = place;
  const nextUnclaimed = () => Atomics.add(run.header, HEADER.cursor, 1);
  let tasksRun = 0;
  for (let taken = 0; ; taken++) {
    if (Atomics.load(run.header, HEADER.cancel) !== 0) return { tasksRun, cancelled: true };
    const index = claimTask(schedule, nextUnclaimed, workerIndex, workers, taken);
    if (index >= run.taskCount) return { tasksRun, cancelled: false };
    if (!solveTask(run, index, workerIndex, control)) return { tasksRun, cancelled: true };
    tasksRun++;
    if (!betweenTasks()) return { tasksRun, cancelled: true };
  }
}
