import { cancelRun, heartbeat, type RunBuffer } from '../core/runBuffer';
import { runCooperatively, runOnMainThread } from './mainThreadRun';
import { runByMessage, type MessageTraffic } from './messageRun';
import type { Schedule } from '../core/tasks';
import { runShared } from './sharedRun';
import type { WorkerHandle } from './workerHandle';

/** A run's tasks on their way: what the engine awaits, watches and stops. */
export interface Dispatched {
  /** Resolves true when every task ran, false when the run was cancelled. */
  work: Promise<boolean>;
  /** Per worker heartbeat counters, when the mode has shared memory to keep them in. */
  heartbeats: (() => number[]) | null;
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
  /** Filled in with this run's messages and copied bytes. */
  traffic: MessageTraffic;
  isCancelled: () => boolean;
  canShareMemory: boolean;
  /** Per worker: still computing? Set false as each one finishes. */
  busy: boolean[];
}

/** How each mode starts a run (the registry in modes.ts names one of these per mode). */
export type StartRun = (context: DispatchContext) => Dispatched;

const idleMarker = (busy: boolean[]) => (worker: number) => () => (busy[worker] = false);

/**
 * Workers claim tasks from the shared buffer themselves; `behindLock`, only while holding the run's one
 * lock (core/gil.ts), handed over every 5 ms.
 */
export const startSharedRun =
  (behindLock: boolean): StartRun =>
  ({ run, handles, schedule, traffic, busy }) => {
    traffic.messages = 2 * handles.length;
    return {
      work: runShared(run, handles, schedule, idleMarker(busy), behindLock),
      heartbeats: () => handles.map((_, worker) => heartbeat(run, worker)),
      cancel: () => cancelRun(run),
    };
  };

export const startShared = startSharedRun(false);

/**
 * The gil mode: every worker computes only while it holds the run's one lock, so exactly one computes
 * at a time: the article's threads under the GIL, on real threads. The lanes show the turns.
 */
export const startBehindLock = startSharedRun(true);

/** Each task copied to a worker and its result copied back. */
export const startMessage: StartRun = ({ run, handles, schedule, traffic, isCancelled, canShareMemory, busy }) => {
  // Control only (a cancel flag and a heartbeat per worker): the tasks themselves still travel by copy.
  const controls = canShareMemory ? new Int32Array(new SharedArrayBuffer(8 * handles.length)) : null;
  return {
    work: runByMessage(run, handles, schedule, isCancelled, traffic, controls, idleMarker(busy)),
    heartbeats: controls && (() => handles.map((_, worker) => Atomics.load(controls, 2 * worker + 1))),
    cancel: controls && (() => handles.forEach((_, worker) => Atomics.store(controls, 2 * worker, 1))),
  };
};

/** Every task on the page's own thread in one go. */
export const startOnMainThread: StartRun = ({ run }) => ({
  work: Promise.resolve(runOnMainThread(run)),
  heartbeats: null,
  cancel: () => cancelRun(run),
});

/** The page's own thread, yielding to the event loop between slices of tasks. */
export const startCooperative: StartRun = ({ run }) => ({
  work: runCooperatively(run),
  heartbeats: null,
  cancel: () => cancelRun(run),
});
