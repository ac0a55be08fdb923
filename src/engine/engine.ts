import { wallClock } from '../core/clock';
import { planTasks, type SplitChoice } from '../core/plan';
import { SolverInputError } from '../core/errors';
import { cancelRun, createRunBuffer, MAX_WORKERS, resetRunBuffer, type RunBuffer } from '../core/runBuffer';
import { splitTasks } from '../core/split';
import { engineBusy, isNamed, RUN_CANCELLED, runCancelled, workerTimeout } from './errors';
import { STALL_MS, watchHeartbeats } from './watchdog';
import { WARM_UP_MS, warmKernel, warmUpControl } from '../core/warmUp';
import type { Dispatched } from './dispatch';
import { markRun, nextPaint, settleMainThread } from './runClock';
import type { MessageTraffic } from './messageRun';
import { DEFAULT_MODE, modeSpec, withoutSharedMemory, type Mode, type ModeSpec } from './modes';
import type { Schedule } from '../core/tasks';
import { WorkerPool, type PoolStartup } from './pool';
import { summarizeRun, type RunResult } from './runResult';
import { TaskCostMemory } from './taskCosts';
import type { WorkerFactory, WorkerHandle } from './workerHandle';

export interface RunRequest {
  n: number;
  workers: number;
  /** Rows cut off as tasks, or 'auto' for about 32 tasks per worker. */
  split: SplitChoice;
  /** Size an 'auto' split for this many workers (a sweep sizes every point for its largest). */
  splitFor?: number;
  symmetry?: boolean;
  mode?: Mode;
  schedule?: Schedule;
  /**
   * Runs of the same tasks back to back, timed as one sample (default 1): a run too short to time
   * well is repeated until the sample swamps the timer and the fixed costs. `ms` is the mean per run.
   */
  repeat?: number;
}

export interface EngineOptions {
  /** How long a new worker may take to load and warm before it is given up on. */
  startTimeoutMs?: number;
  /** How long a busy worker may go without a heartbeat before the run is stopped. */
  stallMs?: number;
}

/** A run in flight, for drawing it live: the buffer's typed arrays fill in as tasks finish. */
export interface LiveRun {
  run: RunBuffer;
  workers: number;
  mode: Mode;
  splitDepth: number;
  /** Epoch ms (timeOrigin + now) when the clock started; task times use the same origin. */
  startedAt: number;
}


interface TimedRuns {
  spec: ModeSpec;
  run: RunBuffer;
  handles: WorkerHandle[];
  schedule: Schedule;
  traffic: MessageTraffic;
  live: LiveRun;
  repeat: number;
  isCancelled: () => boolean;
  /** Rejects when the run is cancelled. */
  cancelled: Promise<never>;
  /** Tells the engine how to stop what is now running. */
  setStop: (stop: () => void) => void;
}

/** Each slice of the main thread's warm-up: short enough not to drop a frame. */
const MAIN_THREAD_SLICE_MS = 12;

/** Shared memory needs cross-origin isolation; without it worker modes hand tasks out by message. */
export function sharedMemoryAvailable(): boolean {
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
  return isolated && typeof SharedArrayBuffer === 'function';
}

/**
 * Schedules, times and cancels runs, on the worker pool or (for the teaching modes) the main thread.
 * One run at a time: a second call while one is in flight is refused rather than queued, so a stale
 * click can never write results.
 */
export class Engine {
  private readonly pool: WorkerPool;
  private readonly costs = new TaskCostMemory();
  private readonly stallMs: number;
  private cancelActive: (() => void) | null = null;
  private settled: Promise<unknown> = Promise.resolve();
  private mainThreadWarm: Promise<void> | null = null;
  /** Told when a run's clock starts (with its live buffer) and when it ends (null). */
  onLive: (live: LiveRun | null) => void = () => undefined;

  constructor(
    factory: WorkerFactory,
    readonly canShareMemory: boolean = sharedMemoryAvailable(),
    options: EngineOptions = {},
  ) {
    this.pool = new WorkerPool(factory, options.startTimeoutMs);
    this.stallMs = options.stallMs ?? STALL_MS;
  }

  get busy(): boolean {
    return this.cancelActive !== null;
  }

  get poolSize(): number {
    return this.pool.size;
  }

  /** Starts and warms workers ahead of a run; its cost is reported, never timed as part of a run. */
  prepare(workers: number): Promise<PoolStartup> {
    return this.pool.ensure(workers);
  }

  cancel(): void {
    this.cancelActive?.();
  }

  /**
   * Warms the kernel on the page's own thread, for the modes that run there, in slices short enough
   * that the page never stutters; once per page. Without it the first main-thread run at N=14-15 took
   * 1.65-2.9x as long as one warm worker.
   */
  warmMainThread(): Promise<void> {
    this.mainThreadWarm ??= (async () => {
      const control = warmUpControl();
      let spent = 0;
      while (spent < WARM_UP_MS) {
        spent += warmKernel(control, MAIN_THREAD_SLICE_MS);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    })();
    return this.mainThreadWarm;
  }

  /**
   * Resolves once the current run's promise has settled, a cancelled one included (its shared-memory
   * workers see the flag within microseconds; a message-mode cancel has already replaced them).
   */
  async whenIdle(): Promise<void> {
    await this.settled.catch(() => undefined);
  }

  run(request: RunRequest): Promise<RunResult> {
    if (this.busy) return Promise.reject(engineBusy());
    if (!Number.isInteger(request.workers) || request.workers < 1 || request.workers > MAX_WORKERS) {
      // Each worker owns a control slot in the run buffer; there are MAX_WORKERS of them.
      return Promise.reject(new SolverInputError(`Workers must be a whole number from 1 to ${MAX_WORKERS}`));
    }
    const running = this.execute(request);
    this.settled = running;
    return running;
  }

  private async execute(request: RunRequest): Promise<RunResult> {
    let cancelled = false;
    let rejectOnCancel: (reason: Error) => void = () => undefined;
    const cancelledPromise = new Promise<never>((_, reject) => (rejectOnCancel = reject));
    cancelledPromise.catch(() => undefined);
    let stopWork: () => void = () => undefined;
    this.cancelActive = () => {
      cancelled = true;
      stopWork();
      rejectOnCancel(runCancelled());
    };
    try {
      const requested = request.mode ?? DEFAULT_MODE;
      const mode: Mode = this.canShareMemory ? requested : withoutSharedMemory(requested);
      const spec = modeSpec(mode);
      const schedule = request.schedule ?? 'dynamic';
      const workers = spec.usesWorkers ? request.workers : 1;
      if (spec.usesWorkers) await Promise.race([this.pool.ensure(workers), cancelledPromise]);

      const symmetry = request.symmetry ?? false;
      const depth = request.split === 'auto' ? spec.autoSplit(request.n, request.splitFor ?? workers, symmetry) : request.split;
      const natural = splitTasks(request.n, depth, { symmetry });
      const { tasks, order } = planTasks(natural, schedule === 'dynamic' ? this.costs.recall(natural) : undefined);
      const run = createRunBuffer(tasks, spec.sharesMemory);
      const handles = spec.usesWorkers ? this.pool.take(workers) : [];
      const traffic: MessageTraffic = { messages: 0, bytes: 0 };
      // Before the tasks are out, a cancel has nothing to stop but the run itself.
      stopWork = () => cancelRun(run);

      if (!spec.usesWorkers) await Promise.race([this.warmMainThread(), cancelledPromise]);
      const repeat = Math.max(1, Math.floor(request.repeat ?? 1));
      const live: LiveRun = { run, workers, mode, splitDepth: tasks.depth, startedAt: wallClock() };
      // Told before the clock starts, so its listeners run outside the timed part.
      this.onLive(live);
      await Promise.race([spec.freezesPage ? nextPaint() : settleMainThread(), cancelledPromise]);
      const ms = await this.timeRuns({
        spec, run, handles, schedule, traffic, live, repeat,
        isCancelled: () => cancelled,
        cancelled: cancelledPromise,
        setStop: (stop) => (stopWork = stop),
      });
      if (cancelled) throw runCancelled();
      const startedAt = live.startedAt;
      if (schedule === 'dynamic') this.costs.remember(natural, order, run.nodes);
      return summarizeRun(run, { workers, mode, schedule, splitDepth: tasks.depth, symmetry, ms, repeat, startedAt, traffic });
    } finally {
      this.onLive(null);
      this.cancelActive = null;
    }
  }

  /** The timed part: `repeat` back-to-back runs of the same tasks. Returns the time per run (ms). */
  private async timeRuns(t: TimedRuns): Promise<number> {
    const { spec, run, handles, live } = t;
    const failure = this.pool.failure(handles);
    const busy = handles.map(() => true);
    let current: Dispatched | null = null;
    let stopWatching = () => undefined as void;
    const stalled = new Promise<never>((_, reject) => {
      if (!spec.usesWorkers) return;
      const stall = (worker: number) =>
        reject(workerTimeout(`worker ${worker + 1} stopped responding (no progress for ${this.stallMs / 1000} s)`));
      stopWatching = watchHeartbeats(() => current?.heartbeats?.() ?? [], (worker) => busy[worker], stall, this.stallMs);
    });
    stalled.catch(() => undefined);
    const stops = [t.cancelled, failure.promise, stalled];
    try {
      // Wakes the workers' idle cores before the clock starts (worker/runLane.ts, PING).
      if (spec.sharesMemory) await Promise.race([Promise.all(handles.map((handle) => handle.api.ping())), ...stops]);
      markRun('start');
      const t0 = performance.now();
      for (let rep = 0; rep < t.repeat; rep++) {
        if (rep > 0) resetRunBuffer(run);
        t.traffic.messages = 0;
        t.traffic.bytes = 0;
        busy.fill(true);
        live.startedAt = wallClock();
        current = spec.start({ run, handles, schedule: t.schedule, traffic: t.traffic, isCancelled: t.isCancelled, canShareMemory: this.canShareMemory, busy });
        // A message-mode worker without shared memory cannot be told to stop: it is replaced instead.
        t.setStop(current.cancel ?? (() => this.pool.terminateAll()));
        if (!(await Promise.race([current.work, ...stops]))) throw runCancelled();
      }
      const ms = (performance.now() - t0) / t.repeat;
      markRun('end');
      return ms;
    } catch (error) {
      if (!isNamed(error, RUN_CANCELLED)) this.pool.terminateAll();
      throw error;
    } finally {
      failure.dispose();
      stopWatching();
    }
  }

  dispose(): void {
    this.cancel();
    this.pool.terminateAll();
  }
}
