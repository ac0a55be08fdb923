import { wallClock } from '../core/clock';
import { TASK_STRIDE } from '../core/split';
import type { RunBuffer } from '../core/runBuffer';
import type { Schedule } from './modes';
import type { WorkerHandle } from './workerHandle';

export interface MessageTraffic {
  messages: number;
  /** Task data copied between threads: 5 numbers out and 4 back per task, 8 bytes each. */
  bytes: number;
}

const BYTES_PER_TASK = (5 + 4) * 8;


/**
 * No shared memory: each task is sent to a worker as a copied message and its result copied back.
 * Dynamic hands the next task to whichever worker is idle; static deals every P-th task to worker w.
 */
export async function runByMessage(
  run: RunBuffer,
  handles: WorkerHandle[],
  schedule: Schedule,
  isCancelled: () => boolean,
  traffic: MessageTraffic,
  controls: Int32Array | null,
  finished: (worker: number) => () => void,
): Promise<boolean> {
  let next = 0;
  const claim = (workerIndex: number, taken: number): number =>
    schedule === 'dynamic' ? next++ : workerIndex + taken * handles.length;

  const drive = async (handle: WorkerHandle, workerIndex: number): Promise<void> => {
    for (let taken = 0; !isCancelled(); taken++) {
      const index = claim(workerIndex, taken);
      if (index >= run.taskCount) return;
      const at = index * TASK_STRIDE;
      run.owner[index] = workerIndex;
      run.startedAt[index] = wallClock();
      traffic.messages += 2;
      traffic.bytes += BYTES_PER_TASK;
      const control = controls?.subarray(2 * workerIndex, 2 * workerIndex + 2);
      const outcome = await handle.api.runTask(run.n, run.tasks[at], run.tasks[at + 1], run.tasks[at + 2], run.tasks[at + 3], control);
      run.solutions[index] = outcome.solutions;
      run.nodes[index] = outcome.nodes;
      run.startedAt[index] = outcome.startedAt;
      run.endedAt[index] = outcome.endedAt;
    }
  };
  await Promise.all(handles.map((handle, worker) => drive(handle, worker).finally(finished(worker))));
  return !isCancelled();
}
