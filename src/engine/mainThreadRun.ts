import { HEADER, type RunBuffer } from '../core/runBuffer';
import { solveTask } from '../core/tasks';

/** After this much computing the cooperative mode gives the event loop a turn (between tasks: a task is not cut). */
const SLICE_MS = 8;

/** Every task on the UI thread in one go: nothing else (paint, input, Cancel) runs until it ends. */
export function runOnMainThread(run: RunBuffer): boolean {
  for (let index = 0; index < run.taskCount; index++) solveTask(run, index, 0, run.cancelFlag);
  return true;
}

/**
 * Gives the event loop a turn (input, paint, Cancel) and comes back at once. Not setTimeout: after a
 * few nested calls browsers clamp it to 4 ms, which made every 8 ms slice cost 12.
 */
const turns = typeof MessageChannel === 'function' ? new MessageChannel() : null;
// Node's ports (unit tests) would otherwise keep the process alive.
(turns?.port1 as { unref?: () => void } | undefined)?.unref?.();
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    if (!turns) {
      setTimeout(resolve, 0);
      return;
    }
    turns.port1.onmessage = () => resolve();
    turns.port2.postMessage(null);
  });
}

/** The same tasks on the UI thread in slices, yielding between them: responsive, but one core. */
export async function runCooperatively(run: RunBuffer): Promise<boolean> {
  let sliceStart = performance.now();
  for (let index = 0; index < run.taskCount; index++) {
    if (Atomics.load(run.header, HEADER.cancel) !== 0 || !solveTask(run, index, 0, run.cancelFlag)) return false;
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
  return true;
}
