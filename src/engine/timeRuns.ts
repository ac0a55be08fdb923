import { addActivity, runActivity, type RunActivity } from '../core/breakdown';
import { wallClock } from '../core/clock';
import { resetRunBuffer, type RunBuffer } from '../core/runBuffer';
import type { WorkerBehaviour } from '../core/runOrder';
import type { Schedule } from '../core/tasks';
import type { Dispatched } from './dispatch';
import { isNamed, RUN_CANCELLED, runCancelled, workerTimeout } from './errors';
import type { MessageTraffic } from './messageRun';
import type { ModeSpec } from './modes';
import { watchPageWork } from './pageWork';
import { markRun } from './runClock';
import { anySignal, untilAborted } from './signals';
import { watchHeartbeats } from './watchdog';
import type { WorkerHandle } from './workerHandle';

export interface TimedRuns {
  spec: ModeSpec;
  run: RunBuffer;
  handles: WorkerHandle[];
  schedule: Schedule;
  behaviour: WorkerBehaviour;
  canShareMemory: boolean;
  /** Back-to-back runs of the same tasks in this sample. */
  repeat: number;
  /** Aborts on Cancel. */
  cancelled: AbortSignal;
  /** Aborts when one of `handles` fails. */
  failed: AbortSignal;
  stallMs: number;
  /** Called with the epoch ms at which each run's clock starts (the live lanes' origin). */
  onStart: (startedAt: number) => void;
  /** Kills the workers: for a run that cannot be stopped politely, and after any failure. */
  replaceWorkers: () => void;
}

export interface Timed {
  /** Wall time per run, measured on the main thread. */
  ms: number;
  /** What the last run of the sample cost in messages and copied bytes. */
  traffic: MessageTraffic;
  /** The page's own long frames inside the timed part, in ms; null where the browser cannot tell. */
  pageBusyMs: number | null;
  /** What every worker did in each run of the sample, summed (core/breakdown.ts). */
  activity: RunActivity;
}

/** A run buffer's task record (epoch ms) as activity, from `origin`, the run's start. */
function recordedActivity(run: RunBuffer, workers: number, wallMs: number, origin: number): RunActivity {
  return runActivity(
    { owner: run.owner, startMs: run.startedAt, endMs: run.endedAt, nodes: run.nodes },
    workers,
    wallMs,
    origin,
  );
}

/** The timed part of a run: `repeat` back-to-back runs of the same tasks, stopped by any of its signals. */
export async function timeRuns(t: TimedRuns): Promise<Timed> {
  const { spec, run, handles } = t;
  const workers = Math.max(1, handles.length);
  let current: Dispatched | null = null;
  const stalled = new AbortController();
  const stopWatching = spec.usesWorkers
    ? watchHeartbeats(
        () => current?.heartbeats?.() ?? [],
        (worker) => current?.isBusy(worker) ?? false,
        (worker) =>
          stalled.abort(
            workerTimeout(`worker ${worker + 1} stopped responding (no progress for ${t.stallMs / 1000} s)`),
          ),
        t.stallMs,
      )
    : () => undefined;
  const stopped = anySignal([t.cancelled, t.failed, stalled.signal]);
  // A message-mode worker without shared memory cannot be told to stop: it is replaced instead.
  const stopCurrent = () => {
    if (current) (current.cancel ?? t.replaceWorkers)();
  };
  t.cancelled.addEventListener('abort', stopCurrent, { once: true });
  try {
    // Wakes the workers' idle cores before the clock starts (worker/runLane.ts, PING), whatever the mode.
    if (spec.usesWorkers) await untilAborted(Promise.all(handles.map((handle) => handle.api.ping())), stopped);
    markRun('start');
    const pageWork = watchPageWork();
    const t0 = performance.now();
    let traffic: MessageTraffic = { messages: 0, bytes: 0 };
    let activity: RunActivity | undefined;
    for (let rep = 0; rep < t.repeat; rep++) {
      if (rep > 0) resetRunBuffer(run);
      const repStart = performance.now();
      const origin = wallClock();
      t.onStart(origin);
      current = spec.start({
        run,
        handles,
        schedule: t.schedule,
        behaviour: t.behaviour,
        signal: t.cancelled,
        canShareMemory: t.canShareMemory,
      });
      const outcome = await untilAborted(current.work, stopped);
      if (!outcome.completed) throw runCancelled();
      traffic = outcome.traffic;
      // A few µs for a few hundred tasks: read before the next run resets the buffer.
      activity = addActivity(activity, recordedActivity(run, workers, performance.now() - repStart, origin));
    }
    const t1 = performance.now();
    markRun('end');
    return {
      ms: (t1 - t0) / t.repeat,
      traffic,
      pageBusyMs: pageWork.stop(t0, t1),
      activity: activity!,
    };
  } catch (error) {
    if (!isNamed(error, RUN_CANCELLED)) t.replaceWorkers();
    throw error;
  } finally {
    t.cancelled.removeEventListener('abort', stopCurrent);
    stopWatching();
  }
}
