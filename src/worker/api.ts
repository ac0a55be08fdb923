import { assertBoardSize } from '../core/errors';
import { GlobalLock } from '../core/gil';
import { HEADER, openRunBuffer, workerControl } from '../core/runBuffer';
import { countSubtree } from '../core/solver';
import { TASK_STRIDE } from '../core/split';
import { claimTask, solveTask, solveTaskData, type Schedule, type TaskOutcome } from '../core/tasks';
import { warmKernel, warmUpControl } from '../core/warmUp';
import { serveRunLane } from './runLane';

export interface SharedRunReport {
  tasksRun: number;
  cancelled: boolean;
}

export function createSolverApi() {
  // The same two-int shape as a worker's [cancel, heartbeat] pair, so the kernel sees one array type.
  const idleControl = warmUpControl();
  const api = {
    /** Brings the kernel to V8's top tier before anything is timed; returns the milliseconds it took. */
    warm(): number {
      return warmKernel(warmUpControl());
    },

    /** Whole-board count: the contract's simplest call, also used to prove errors cross intact. */
    countSolutions(n: number): number {
      assertBoardSize(n);
      return countSubtree(n, 0, 0, 0, idleControl).solutions;
    },

    /**
     * Claims tasks from a shared run buffer until none are left or the run is cancelled: dynamic takes
     * the next one with Atomics.add on the shared cursor, static takes every `workers`-th task (the
     * article's round-robin deal). Results go straight into shared memory; only this small report
     * travels back as a message.
     */
    runShared(
      buffer: SharedArrayBuffer,
      workerIndex: number,
      workers = 1,
      schedule: Schedule = 'dynamic',
      behindLock = false,
    ): SharedRunReport {
      const run = openRunBuffer(buffer);
      assertBoardSize(run.n);
      const control = workerControl(run, workerIndex);
      // The gil mode: compute only while holding the run's one lock, handing it over every 5 ms.
      const lock = behindLock ? new GlobalLock(run.header, workerIndex, control) : null;
      if (lock && !lock.acquire()) return { tasksRun: 0, cancelled: true };
      let tasksRun = 0;
      const nextUnclaimed = () => Atomics.add(run.header, HEADER.cursor, 1);
      try {
        for (let taken = 0; ; taken++) {
          if (Atomics.load(run.header, HEADER.cancel) !== 0) return { tasksRun, cancelled: true };
          const index = claimTask(schedule, nextUnclaimed, workerIndex, workers, taken);
          if (index >= run.taskCount) return { tasksRun, cancelled: false };
          if (!solveTask(run, index, workerIndex, control)) return { tasksRun, cancelled: true };
          tasksRun++;
          if (lock?.shouldSwitch() && !lock.handOver()) return { tasksRun, cancelled: true };
        }
      } finally {
        lock?.release();
      }
    },

    /**
     * Message passing's chunk: several copied tasks in (TASK_STRIDE ints each), their copied results out,
     * in order; null when the cancel flag stopped one part-way.
     */
    runTasks(n: number, tasks: Int32Array, control?: Int32Array): TaskOutcome[] | null {
      assertBoardSize(n);
      const outcomes: TaskOutcome[] = [];
      for (let at = 0; at < tasks.length; at += TASK_STRIDE) {
        const [cols, left, right, weight] = tasks.subarray(at, at + TASK_STRIDE);
        const outcome = solveTaskData(n, cols, left, right, weight, control ?? idleControl);
        if (!outcome) return null;
        outcomes.push(outcome);
      }
      return outcomes;
    },

    /** Takes the port on which the page sends run orders (worker/runLane.ts). */
    openRunLane(port: MessagePort): void {
      serveRunLane(port, api.runShared);
    },
  };
  return api;
}

export type SolverApi = ReturnType<typeof createSolverApi>;
