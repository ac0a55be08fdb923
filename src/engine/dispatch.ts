import { cancelRun, heartbeat, type RunBuffer } from '../core/runBuffer';
import { runCooperatively, runOnMainThread } from './mainThreadRun';
import { runByMessage, type MessageTraffic } from './messageRun';
import type { Mode, Schedule } from './modes';
import { runShared } from './sharedRun';
import type { WorkerHandle } from './workerHandle';

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
  mode: Mode;
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

/** Starts the run's tasks the way its mode prescribes. */
export function dispatch({ mode, run, handles, schedule, traffic, isCancelled, canShareMemory, busy }: DispatchContext): Dispatched {
  const idle = (worker: number) => () => (busy[worker] = false);
  if (mode === 'shared') {
    traffic.messages = 2 * handles.length;
    return {
      work: runShared(run, handles, schedule, idle),
      heartbeats: () => handles.map((_, worker) => heartbeat(run, worker)),
      cancel: () => cancelRun(run),
    };
  }
  if (mode === 'message') {
    // Control only (a cancel flag and a heartbeat per worker): the tasks themselves still travel by copy.
    const controls = canShareMemory ? new Int32Array(new SharedArrayBuffer(8 * handles.length)) : null;
    return {
      work: runByMessage(run, handles, schedule, isCancelled, traffic, controls, idle),
      heartbeats: controls && (() => handles.map((_, worker) => Atomics.load(controls, 2 * worker + 1))),
      cancel: controls && (() => handles.forEach((_, worker) => Atomics.store(controls, 2 * worker, 1))),
    };
  }
  const work = mode === 'cooperative' ? runCooperatively(run) : Promise.resolve(runOnMainThread(run));
  return { work, heartbeats: null, cancel: () => cancelRun(run) };
}
