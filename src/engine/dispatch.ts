import { addActivity, type RunActivity } from '../core/breakdown';
import { cancelRun, heartbeat, type RunBuffer } from '../core/runBuffer';
import type { WorkerBehaviour } from '../core/runOrder';
import { closeRep, openRep, resetStartLine } from '../core/startLine';
import type { Schedule } from '../core/tasks';
import { runCooperatively, runOnMainThread } from './mainThreadRun';
import { runByMessage, type MessageTraffic } from './messageRun';
import type { WorkerHandle } from './workerHandle';

/** How one run ended. */
export interface RunOutcome {
  /** False when the run was cancelled before every task ran. */
  completed: boolean;
  /** Messages and copied bytes this run cost. */
  traffic: MessageTraffic;
}

/** How a dispatched sample ended. */
export interface DispatchOutcome extends RunOutcome {
  /** What the workers did in each run of the sample, summed (core/breakdown.ts). */
  activity: RunActivity;
}

/**
 * A sample's runs on their way: what the engine awaits, watches and stops. Each mode starts the
 * sample's clock in the run buffer (core/startLine.ts `openRep`) once everything that can happen
 * before it has (orders handed out, workers woken).
 */
export interface Dispatched {
  /**
   * Settles as soon as the page holds every result of the sample: where the clock stops. For a
   * shared-memory sample that is the first report (core/startLine.ts: every worker reports only after
   * the last run has closed), not the last.
   */
  ended: Promise<unknown>;
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
  /** Runs of the same tasks back to back in this sample. */
  repeat: number;
  /** Aborts when the run is cancelled. */
  signal: AbortSignal;
  canShareMemory: boolean;
}

/** How each mode starts a run (the registry in modes.ts names one of these per mode). */
export type StartRun = (context: DispatchContext) => Dispatched;

/** Per worker, still computing? Each entry goes false as that worker finishes, true again at `restart`. */
function busyFlags(workers: number) {
  const busy = new Array<boolean>(workers).fill(true);
  return {
    isBusy: (worker: number) => busy[worker],
    finished: (worker: number) => () => (busy[worker] = false),
    restart: () => busy.fill(true),
  };
}

const onPageThread = { heartbeats: null, isBusy: () => true } as const;
/** Shared-memory samples dispatched on this page, numbered so that a late reply is told apart. */
let samples = 0;
const NO_TRAFFIC: MessageTraffic = { messages: 0, bytes: 0 };

/**
 * A sample driven from the page, one run at a time (modes without a start line in shared memory):
 * each run opened and closed on the page's clock, its activity read before the next resets the buffer.
 * `ready` comes first, before the clock starts.
 */
function runsFromPage(
  { run, handles, repeat }: DispatchContext,
  once: () => Promise<RunOutcome>,
  ready: Promise<unknown> = Promise.resolve(),
): Promise<DispatchOutcome> {
  const workers = Math.max(1, handles.length);
  return ready.then(async (): Promise<DispatchOutcome> => {
    let activity: RunActivity | undefined;
    let outcome: RunOutcome = { completed: true, traffic: NO_TRAFFIC };
    for (let rep = 0; rep < repeat && outcome.completed; rep++) {
      openRep(run, rep);
      outcome = await once();
      if (outcome.completed) activity = addActivity(activity, closeRep(run, workers, rep));
    }
    return { ...outcome, activity: activity! };
  });
}

/**
 * Workers claim tasks from the shared buffer themselves (dynamic: Atomics.add on one cursor; static:
 * every P-th task) and write results in place, each doing what its `behaviour` names (core/runOrder.ts).
 * The sample's runs follow one another inside the workers after a start line in the same memory
 * (core/startLine.ts). Messages: one order out and one report back per worker per sample.
 */
export const startSharedRun: StartRun = ({ run, handles, schedule, behaviour, repeat }) => {
  const { isBusy, finished } = busyFlags(handles.length);
  const traffic = { messages: 2 * handles.length, bytes: 0 };
  const buffer = run.buffer as SharedArrayBuffer;
  const workers = handles.length;
  resetStartLine(run);
  const sample = ++samples;
  const reports = handles.map((handle, workerIndex) =>
    handle.api
      .runShared({ buffer, workerIndex, workers, schedule, behaviour, repeat, sample })
      .finally(finished(workerIndex)),
  );
  return {
    ended: Promise.race(reports),
    work: Promise.all(reports).then((all) => ({
      completed: all.every((report) => !report.cancelled),
      traffic,
      activity: all.reduce<RunActivity | undefined>(
        (sum, report) => (report.activity ? addActivity(sum, report.activity) : sum),
        undefined,
      )!,
    })),
    heartbeats: () => handles.map((_, worker) => heartbeat(run, worker)),
    isBusy,
    cancel: () => cancelRun(run),
  };
};

/** Each task copied to a worker and its result copied back. */
export const startMessage: StartRun = (context) => {
  const { run, handles, schedule, signal, canShareMemory } = context;
  // Control only (a cancel flag and a heartbeat per worker): the tasks themselves still travel by copy.
  const controls = canShareMemory ? new Int32Array(new SharedArrayBuffer(8 * handles.length)) : null;
  const { isBusy, finished, restart } = busyFlags(handles.length);
  const once = () => {
    restart();
    return runByMessage(run, handles, schedule, signal, controls, finished);
  };
  // Wakes the workers' idle cores before the clock starts (worker/runLane.ts, PING).
  const woken = Promise.all(handles.map((handle) => handle.api.ping()));
  const work = runsFromPage(context, once, woken);
  return {
    ended: work,
    work,
    heartbeats: controls && (() => handles.map((_, worker) => Atomics.load(controls, 2 * worker + 1))),
    isBusy,
    cancel: controls && (() => handles.forEach((_, worker) => Atomics.store(controls, 2 * worker, 1))),
  };
};

/** Every task on the page's own thread in one go. */
export const startOnMainThread: StartRun = (context) => {
  const work = runsFromPage(context, async () => ({ completed: runOnMainThread(context.run), traffic: NO_TRAFFIC }));
  return { ...onPageThread, ended: work, work, cancel: () => cancelRun(context.run) };
};

/** The page's own thread, yielding to the event loop between slices of tasks. */
export const startCooperative: StartRun = (context) => {
  const once = async () => ({ completed: await runCooperatively(context.run), traffic: NO_TRAFFIC });
  const work = runsFromPage(context, once);
  return { ...onPageThread, ended: work, work, cancel: () => cancelRun(context.run) };
};
