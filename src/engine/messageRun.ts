import type { RunBuffer } from '../core/runBuffer';
import { beginTask, claimTask, recordTask, taskData, type Schedule } from '../core/tasks';
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
  signal: AbortSignal,
  controls: Int32Array | null,
  finished: (worker: number) => () => void,
): Promise<{ completed: boolean; traffic: MessageTraffic }> {
  const traffic: MessageTraffic = { messages: 0, bytes: 0 };
  let cursor = 0;
  const nextUnclaimed = () => cursor++;

  const drive = async (handle: WorkerHandle, workerIndex: number): Promise<void> => {
    for (let taken = 0; !signal.aborted; taken++) {
      const index = claimTask(schedule, nextUnclaimed, workerIndex, handles.length, taken);
      if (index >= run.taskCount) return;
      beginTask(run, index, workerIndex);
      traffic.messages += 2;
      traffic.bytes += BYTES_PER_TASK;
      const control = controls?.subarray(2 * workerIndex, 2 * workerIndex + 2);
      const outcome = await handle.api.runTask(run.n, ...taskData(run, index), control);
      if (!outcome) return;
      recordTask(run, index, outcome);
    }
  };
  await Promise.all(handles.map((handle, worker) => drive(handle, worker).finally(finished(worker))));
  return { completed: !signal.aborted, traffic };
}
