import type { RunActivity } from '../core/breakdown';
import type { RunBuffer } from '../core/runBuffer';
import type { WorkerBehaviour } from '../core/runOrder';
import { firstTaskWaitMs, sampleStartedAt } from '../core/startLine';
import type { Schedule } from '../core/tasks';
import type { Dispatched } from './dispatch';
import { isNamed, RUN_CANCELLED, runCancelled, workerTimeout } from './errors';
import type { MessageTraffic } from './messageRun';
import type { Mode, ModeSpec } from './modes';
import { watchPageWork } from './pageWork';
import { closeTimedWindow, markDispatched, type RunPurpose } from './runClock';
import { anySignal, untilAborted } from './signals';
import { watchHeartbeats } from './watchdog';
import type { WorkerHandle } from './workerHandle';

export interface TimedRuns {
  spec: ModeSpec;
  mode: Mode;
  run: RunBuffer;
  handles: WorkerHandle[];
  schedule: Schedule;
  behaviour: WorkerBehaviour;
  canShareMemory: boolean;
  /** Back-to-back runs of the same tasks in this sample. */
  repeat: number;
  purpose: RunPurpose;
  /** Aborts on Cancel. */
  cancelled: AbortSignal;
  /** Aborts when one of `handles` fails. */
  failed: AbortSignal;
  stallMs: number;
  /** Kills the workers: for a run that cannot be stopped politely, and after any failure. */
  replaceWorkers: () => void;
}

export interface Timed {
  /** Wall time per run: from the start line to the page holding every result (runClock.ts). */
  ms: number;
  /** What the last run of the sample cost in messages and copied bytes. */
  traffic: MessageTraffic;
  /** The page's own long frames inside the timed part, in ms; null where the browser cannot tell. */
  pageBusyMs: number | null;
  /** What every worker did in each run of the sample, summed (core/breakdown.ts). */
  activity: RunActivity;
}

/**
 * The timed part of a run: `repeat` back-to-back runs of the same tasks, stopped by any of its signals.
 * The clock starts once the orders are out and the workers awake (the start line, core/startLine.ts)
 * and stops when the page holds every result: one `timed run` measure (runClock.ts).
 */
export async function timeRuns(t: TimedRuns): Promise<Timed> {
  const { spec, run, handles } = t;
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
    const pageWork = watchPageWork();
    const dispatchedAt = markDispatched();
    current = spec.start({
      run,
      handles,
      schedule: t.schedule,
      behaviour: t.behaviour,
      repeat: t.repeat,
      signal: t.cancelled,
      canShareMemory: t.canShareMemory,
    });
    // Where the clock stops may fail before the whole sample does: `work` is then never awaited.
    current.work.catch(() => undefined);
    await untilAborted(current.ended, stopped);
    const end = performance.now();
    const outcome = await untilAborted(current.work, stopped);
    if (!outcome.completed) throw runCancelled();
    const timed = closeTimedWindow(
      { startedAtEpochMs: sampleStartedAt(run), dispatchedAt, end },
      {
        purpose: t.purpose,
        mode: t.mode,
        n: run.n,
        workers: handles.length || 1,
        repeat: t.repeat,
        firstTaskWaitMs: firstTaskWaitMs(run),
      },
    );
    return {
      ms: timed.ms / t.repeat,
      traffic: outcome.traffic,
      pageBusyMs: pageWork.stop(timed.start, timed.start + timed.ms),
      activity: outcome.activity,
    };
  } catch (error) {
    if (!isNamed(error, RUN_CANCELLED)) t.replaceWorkers();
    throw error;
  } finally {
    t.cancelled.removeEventListener('abort', stopCurrent);
    stopWatching();
  }
}
