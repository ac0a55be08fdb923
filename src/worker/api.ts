import { wallClock } from '../core/clock';
import { assertBoardSize } from '../core/errors';
import { HEADER, openRunBuffer, workerControl, type RunBuffer } from '../core/runBuffer';
import { countSubtree } from '../core/solver';
import { TASK_STRIDE } from '../core/split';
import { GlobalLock } from '../core/gil';
import { warmKernel, warmUpControl } from '../core/warmUp';
import { serveRunLane } from './runLane';

export interface TaskOutcome {
  solutions: number;
  nodes: number;
  /** Wall-clock milliseconds since the epoch, comparable across threads (each has its own `now()` origin). */
  startedAt: number;
  endedAt: number;
}

export interface SharedRunReport {
  tasksRun: number;
  cancelled: boolean;
}

/** The start time is written first so the page's live lanes can draw the task while it runs. */
function solveClaimedTask(run: RunBuffer, index: number, control: Int32Array): boolean {
  const at = index * TASK_STRIDE;
  run.startedAt[index] = wallClock();
  const result = countSubtree(run.n, run.tasks[at], run.tasks[at + 1], run.tasks[at + 2], control);
  if (result.cancelled) return false;
  run.solutions[index] = result.solutions * run.tasks[at + 3];
  run.nodes[index] = result.nodes;
  run.endedAt[index] = wallClock();
  return true;
}

export type ClaimSchedule = 'dynamic' | 'static';

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
      schedule: ClaimSchedule = 'dynamic',
      behindLock = false,
    ): SharedRunReport {
      const run = openRunBuffer(buffer);
      assertBoardSize(run.n);
      const control = workerControl(run, workerIndex);
      // The gil mode: compute only while holding the run's one lock, handing it over every 5 ms.
      const lock = behindLock ? new GlobalLock(run.header, workerIndex, control) : null;
      if (lock && !lock.acquire()) return { tasksRun: 0, cancelled: true };
      let tasksRun = 0;
      try {
        for (let taken = 0; ; taken++) {
          if (Atomics.load(run.header, HEADER.cancel) !== 0) return { tasksRun, cancelled: true };
          const index =
            schedule === 'dynamic' ? Atomics.add(run.header, HEADER.cursor, 1) : workerIndex + taken * workers;
          if (index >= run.taskCount) return { tasksRun, cancelled: false };
          Atomics.store(run.owner, index, workerIndex);
          if (!solveClaimedTask(run, index, control)) return { tasksRun, cancelled: true };
          tasksRun++;
          if (lock?.shouldSwitch() && !lock.handOver()) return { tasksRun, cancelled: true };
        }
      } finally {
        lock?.release();
      }
    },

    /** Message-passing fallback: one copied task in, one copied result out. */
    runTask(n: number, cols: number, left: number, right: number, weight: number, control?: Int32Array): TaskOutcome {
      assertBoardSize(n);
      const startedAt = wallClock();
      const result = countSubtree(n, cols, left, right, control ?? idleControl);
      return { solutions: result.solutions * weight, nodes: result.nodes, startedAt, endedAt: wallClock() };
    },

    /** Takes the port on which the page sends run orders (worker/runLane.ts). */
    openRunLane(port: MessagePort): void {
      serveRunLane(port, api.runShared);
    },
  };
  return api;
}

export type SolverApi = ReturnType<typeof createSolverApi>;
