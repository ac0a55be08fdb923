import { cancelRun, heartbeat, type RunBuffer } from '../core/runBuffer';
import type { WorkerBehaviour } from '../core/runOrder';
import type { Schedule } from '../core/tasks';
import { runCooperatively, runOnMainThread } from './mainThreadRun';
import { runByMessage, type MessageTraffic } from './messageRun';
import type { WorkerHandle } from './workerHandle';

/** How a dispatched run ended. */
export interface DispatchOutcome {
  /** False when the run was cancelled before every task ran. */
  completed: boolean;
  /** Messages and copied bytes this run cost. */
  traffic: MessageTraffic;
}

/** A run's tasks on their way: what the engine awaits, watches and stops. */
export interface Dispatched {
  work: Promise<DispatchOutcome>;
  /** Per worker heartbeat counters, when the mode has shared memory to keep them in. */
  heartbeats: (() => number[]) | null;
  /** Is this worker still computing? (A finished one is never judged by its heartbeat.) */
  isBusy: (worker: number) => boolean;
  /**
   * Stops the run's tasks through memory they can see; null for a message-mode run without shared
   * memory, whose workers can only be replaced.
   */
  cancel: (() => void) | null;
}

export interface DispatchContext {
  run: RunBuffer;
  handles: WorkerHandle[];
  schedule: Schedule;
  /** What each worker does with the tasks it claims from shared memory (core/runOrder.ts). */
  behaviour: WorkerBehaviour;
  /** Aborts when the run is cancelled. */
  signal: AbortSignal;
  canShareMemory: boolean;
}

/** How each mode starts a run (the registry in modes.ts names one of these per mode). */
export type StartRun = (context: DispatchContext) => Dispatched;

/** Per worker, still computing? Each entry goes false as that worker finishes. */
function busyFlags(workers: number) {
  const busy = new Array<boolean>(workers).fill(true);
  return { isBusy: (worker: number) => busy[worker], finished: (worker: number) => () => (busy[worker] = false) };
}

const onPageThread = { heartbeats: null, isBusy: () => true } as const;
const NO_TRAFFIC: MessageTraffic = { messages: 0, bytes: 0 };

/**
 * Workers claim tasks from the shared buffer themselves (dynamic: Atomics.add on one cursor; static:
 * every P-th task) and write results in place, each doing what its `behaviour` names (core/runOrder.ts).
 * Messages: one run order out and one report back per worker.
 */
export const startSharedRun: StartRun = ({ run, handles, schedule, behaviour }) => {
  const { isBusy, finished } = busyFlags(handles.length);
  const traffic = { messages: 2 * handles.length, bytes: 0 };
  const buffer = run.buffer as SharedArrayBuffer;
  const workers = handles.length;
  const reports = handles.map((handle, workerIndex) =>
    handle.api.runShared({ buffer, workerIndex, workers, schedule, behaviour }).finally(finished(workerIndex)),
  );
  return {
    work: Promise.all(reports).then((all) => ({ completed: all.every((report) => !report.cancelled), traffic })),
    heartbeats: () => handles.map((_, worker) => heartbeat(run, worker)),
    isBusy,
    cancel: () => cancelRun(run),
  };
};

/** Each task copied to a worker and its result copied back. */
export const startMessage: StartRun = ({ run, handles, schedule, signal, canShareMemory }) => {
  // Control only (a cancel flag and a heartbeat per worker): the tasks themselves still travel by copy.
  const controls = canShareMemory ? new Int32Array(new SharedArrayBuffer(8 * handles.length)) : null;
  const { isBusy, finished } = busyFlags(handles.length);
  return {
    work: runByMessage(run, handles, schedule, signal, controls, finished),
    heartbeats: controls && (() => handles.map((_, worker) => Atomics.load(controls, 2 * worker + 1))),
    isBusy,
    cancel: controls && (() => handles.forEach((_, worker) => Atomics.store(controls, 2 * worker, 1))),
  };
};

/** Every task on the page's own thread in one go. */
export const startOnMainThread: StartRun = ({ run }) => ({
  ...onPageThread,
  work: Promise.resolve({ completed: runOnMainThread(run), traffic: NO_TRAFFIC }),
  cancel: () => cancelRun(run),
});

/** The page's own thread, yielding to the event loop between slices of tasks. */
export const startCooperative: StartRun = ({ run }) => ({
  ...onPageThread,
  work: runCooperatively(run).then((completed) => ({ completed, traffic: NO_TRAFFIC })),
  cancel: () => cancelRun(run),
});
