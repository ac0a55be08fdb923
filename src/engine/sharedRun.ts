import type { RunBuffer } from '../core/runBuffer';
import type { Schedule } from '../core/tasks';
import type { WorkerHandle } from './workerHandle';

/**
 * Workers claim tasks themselves from the shared buffer (dynamic: Atomics.add on one cursor; static:
 * every P-th task) and write results in place; messages carry only the start call and a small report.
 */
export async function runShared(
  run: RunBuffer,
  handles: WorkerHandle[],
  schedule: Schedule,
  finished: (worker: number) => () => void,
  behindLock = false,
): Promise<boolean> {
  const buffer = run.buffer as SharedArrayBuffer;
  const reports = await Promise.all(
    handles.map((handle, index) =>
      handle.api.runShared(buffer, index, handles.length, schedule, behindLock).finally(finished(index)),
    ),
  );
  return reports.every((report) => !report.cancelled);
}
