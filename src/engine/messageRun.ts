import type { RunBuffer } from '../core/runBuffer';
import { TASK_STRIDE } from '../core/split';
import { assignTask, claimTask, recordTask, type Schedule } from '../core/tasks';
import type { WorkerHandle } from './workerHandle';

export interface MessageTraffic {
  messages: number;
  /** Task data copied between threads (see the byte counts below). */
  bytes: number;
}

/** Out: four int32s per task, and N once per chunk (a number). Back: four numbers per task. */
const BYTES_OUT_PER_TASK = 4 * 4;
const BYTES_OUT_PER_CHUNK = 8;
const BYTES_BACK_PER_TASK = 4 * 8;

/**
 * Chunks each worker has been sent and not yet answered: one computing, one waiting in its message
 * queue. With one task at a time a worker sat idle for every round trip (its reply, the page's turn,
 * the next message, a core waking): lanes 48-53% busy at N=13 on 2 workers. `multiprocessing.Pool`
 * keeps its workers fed the same way, with chunks queued ahead.
 */
const CHUNKS_AHEAD = 2;

/**
 * Tasks in the next chunk: a share of what is left (guided self-scheduling), so early chunks are big
 * (few messages) and the last ones single tasks (no worker left holding a big chunk at the end).
 */
export function chunkSize(remaining: number, workers: number): number {
  return Math.max(1, Math.ceil(remaining / (2 * CHUNKS_AHEAD * workers)));
}

/**
 * No shared memory: tasks are sent to a worker as copied messages, a chunk at a time, and their
 * results copied back. Dynamic hands the next tasks to whichever worker has room in its queue; static
 * deals every P-th task to worker w.
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
  const workers = handles.length;
  let cursor = 0;
  const nextUnclaimed = () => cursor++;

  const drive = async (handle: WorkerHandle, workerIndex: number): Promise<void> => {
    const control = controls?.subarray(2 * workerIndex, 2 * workerIndex + 2);
    let taken = 0;
    const claimChunk = (): number[] => {
      const left = schedule === 'dynamic' ? run.taskCount - cursor : (run.taskCount - workerIndex) / workers - taken;
      const chunk: number[] = [];
      for (let size = chunkSize(left, schedule === 'dynamic' ? workers : 1); chunk.length < size;) {
        const index = claimTask(schedule, nextUnclaimed, workerIndex, workers, taken++);
        if (index >= run.taskCount) break;
        chunk.push(index);
      }
      return chunk;
    };
    // Each feeder keeps one chunk in flight; CHUNKS_AHEAD feeders keep the worker's queue from running dry.
    const feed = async (): Promise<void> => {
      while (!signal.aborted) {
        const chunk = claimChunk();
        if (chunk.length === 0) return;
        const data = new Int32Array(chunk.length * TASK_STRIDE);
        chunk.forEach((index, i) => {
          // The worker stamps the real start: a queued task has not begun.
          assignTask(run, index, workerIndex);
          data.set(run.tasks.subarray(index * TASK_STRIDE, (index + 1) * TASK_STRIDE), i * TASK_STRIDE);
        });
        traffic.messages += 2;
        traffic.bytes += BYTES_OUT_PER_CHUNK + (BYTES_OUT_PER_TASK + BYTES_BACK_PER_TASK) * chunk.length;
        const outcomes = await handle.api.runTasks(run.n, data, control);
        if (!outcomes) return;
        outcomes.forEach((outcome, i) => recordTask(run, chunk[i], outcome));
      }
    };
    await Promise.all(Array.from({ length: CHUNKS_AHEAD }, feed));
  };
  await Promise.all(handles.map((handle, worker) => drive(handle, worker).finally(finished(worker))));
  return { completed: !signal.aborted, traffic };
}
