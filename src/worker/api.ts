import { provideEightfold } from '../core/eightfoldSlot';
import { EIGHTFOLD_SEARCH } from '../core/eightfoldSearch';
import { assertBoardSize } from '../core/errors';
import { carryOut, type RunOrder, type SampleReport } from '../core/runOrder';
import { type WaitPolicy } from '../core/startLine';
import { countSubtree } from '../core/solver';
import { TASK_STRIDE } from '../core/split';
import { solveTaskData, type TaskOutcome } from '../core/tasks';
import { warmKernel, warmUpControl } from '../core/warmUp';
import { serveRunLane } from './runLane';

/**
 * The worker's API. `policy` says how it waits at a sample's start line and between its runs
 * (core/startLine.ts): a real worker spins, then parks; one that shares the page's thread parks at once.
 */
export function createSolverApi(policy: WaitPolicy) {
  // A worker may be handed any run: it carries every search, warmed together.
  provideEightfold(EIGHTFOLD_SEARCH);
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
     * Carries out a run order on a shared run buffer (core/runOrder.ts): results go straight into shared
     * memory; only a small report travels back as a message.
     */
    runShared(order: RunOrder): Promise<SampleReport> {
      return carryOut(order, policy);
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
