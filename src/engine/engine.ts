import { eightfoldLoaded, provideEightfold } from '../core/eightfoldSlot';
import type { Symmetry } from '../core/symmetry';
import { planTasks, type SplitChoice } from '../core/plan';
import { SolverInputError } from '../core/errors';
import { cancelRun, createRunBuffer, MAX_WORKERS, type RunBuffer } from '../core/runBuffer';
import { splitTasks } from '../core/split';
import { repStartedAt } from '../core/startLine';
import type { WorkerBehaviour } from '../core/runOrder';
import type { Schedule } from '../core/tasks';
import { WARM_UP_MS, warmKernel, warmUpControl } from '../core/warmUp';
import { engineBusy, runCancelled } from './errors';
import { DEFAULT_MODE, modeSpec, runnableMode, threadsFor, type Mode } from './modes';
import { WorkerPool, type PoolStartup } from './pool';
import { nextIdle } from './quiet';
import { nextPaint, settleMainThread, type RunPurpose } from './runClock';
import { summarizeRun, type RunResult } from './runResult';
import { untilAborted } from './signals';
import { TaskCostMemory } from './taskCosts';
import { timeRuns } from './timeRuns';
import { STALL_MS } from './watchdog';
import type { WorkerSource } from './pool';

export interface RunRequest {
  n: number;
  workers: number;
  /** Rows cut off as tasks, or 'auto' for about 32 tasks per worker. */
  split: SplitChoice;
  /** Size an 'auto' split for this many workers (a sweep sizes every point for its largest). */
  splitFor?: number;
  symmetry?: Symmetry;
  mode?: Mode;
  schedule?: Schedule;
  /** What the shared-memory mode's workers do with their tasks (the thread-safety experiment's ways). */
  behaviour?: WorkerBehaviour;
  /**
   * Runs of the same tasks back to back, timed as one sample (default 1): a run too short to time
   * well is repeated until the sample swamps the timer and the fixed costs. `ms` is the mean per run.
   */
  repeat?: number;
  /** A sample reported as a result (the default), or one of the protocol's sizing runs: named in its measure. */
  purpose?: RunPurpose;
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
  /** When the run was announced to listeners (performance.now()), just before its orders go out. */
  announcedAt: number;
}

/**
 * Each slice of the main thread's warm-up: short enough not to drop a frame, and under 50 ms on a phone
 * four times slower than this machine (Lighthouse's mid-range phone), where a longer one blocks a tap.
 */
const MAIN_THREAD_SLICE_MS = 8;

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
  /** The run in flight; aborting it cancels the run. */
  private active: AbortController | null = null;
  private settled: Promise<unknown> = Promise.resolve();
  private mainThreadWarm: Promise<void> | null = null;
  /** Told when a run's clock starts (with its live buffer) and when it ends (null). */
  private readonly liveListeners = new Set<(live: LiveRun | null) => void>();

  constructor(
    factory: WorkerSource,
    readonly canShareMemory: boolean = sharedMemoryAvailable(),
    options: EngineOptions = {},
  ) {
    this.pool = new WorkerPool(factory, options.startTimeoutMs);
    this.stallMs = options.stallMs ?? STALL_MS;
  }

  /** Listens for live runs (each start, with its buffer, and each end, as null); returns the unsubscribe. */
  subscribe(listener: (live: LiveRun | null) => void): () => void {
    this.liveListeners.add(listener);
    return () => this.liveListeners.delete(listener);
  }

  private tellLive(live: LiveRun | null): void {
    for (const listener of this.liveListeners) listener(live);
  }

  get busy(): boolean {
    return this.active !== null;
  }

  get poolSize(): number {
    return this.pool.size;
  }

  /** Starts and warms workers ahead of a run; its cost is reported, never timed as part of a run. */
  prepare(workers: number): Promise<PoolStartup> {
    return this.pool.ensure(workers);
  }

  cancel(): void {
    this.active?.abort(runCancelled());
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
        // In the page's idle moments where it has them: a frame or a tap waiting goes first.
        await nextIdle(100);
      }
    })();
    return this.mainThreadWarm;
  }

  /**
   * Resolves once the current run's promise has settled, a cancelled one included (its shared-memory
   * workers see the flag within microseconds, parked ones are notified, and a late answer is told
   * apart by its sample number; a message-mode cancel has already replaced its workers).
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

  /** The steps of one run; every wait ends early when the run is cancelled. */
  private async execute(request: RunRequest): Promise<RunResult> {
    const cancel = new AbortController();
    this.active = cancel;
    const cancelled = cancel.signal;
    try {
      const { spec, mode, workers, schedule, behaviour, symmetry, repeat } = this.resolve(request);
      if (spec.usesWorkers) await untilAborted(this.pool.ensure(workers), cancelled);
      // The page splits (and the main-thread modes solve) the eight-symmetry search only once asked for it.
      if (symmetry === 'all' && !eightfoldLoaded())
        provideEightfold((await untilAborted(import('../core/eightfoldSearch'), cancelled)).EIGHTFOLD_SEARCH);
      const depth =
        request.split === 'auto' ? spec.autoSplit(request.n, request.splitFor ?? workers, symmetry) : request.split;
      const natural = splitTasks(request.n, depth, { symmetry });
      const { tasks, order } = planTasks(natural, schedule === 'dynamic' ? this.costs.recall(natural) : undefined);
      const run = createRunBuffer(tasks, spec.sharesMemory);
      // Whatever is running sees the flag: the page's thread between tasks, workers every few thousand nodes.
      cancelled.addEventListener('abort', () => cancelRun(run), { once: true });
      const handles = spec.usesWorkers ? this.pool.take(workers) : [];
      if (!spec.usesWorkers) await untilAborted(this.warmMainThread(), cancelled);

      const live: LiveRun = { run, workers, mode, splitDepth: tasks.depth, announcedAt: performance.now() };
      // Told before the clock starts, so its listeners run outside the timed part.
      this.tellLive(live);
      await untilAborted(spec.freezesPage ? nextPaint() : settleMainThread(), cancelled);
      const failure = this.pool.failure(handles);
      const { ms, traffic, pageBusyMs, activity } = await timeRuns({
        spec,
        mode,
        run,
        handles,
        schedule,
        behaviour,
        repeat,
        purpose: request.purpose ?? 'sample',
        cancelled,
        canShareMemory: this.canShareMemory,
        failed: failure.signal,
        stallMs: this.stallMs,
        replaceWorkers: () => this.pool.terminateAll(),
      }).finally(failure.dispose);

      if (schedule === 'dynamic') this.costs.remember(natural, order, run.nodes);
      // The last run's start: its tasks' times are read from there.
      const startedAt = repStartedAt(run);
      return summarizeRun(run, {
        workers,
        mode,
        schedule,
        splitDepth: tasks.depth,
        symmetry,
        ms,
        pageBusyMs,
        activity,
        repeat,
        startedAt,
        traffic,
      });
    } finally {
      this.tellLive(null);
      this.active = null;
    }
  }

  /** What a request means here: the mode that can run (no shared memory: by message), its worker count, defaults. */
  private resolve(request: RunRequest) {
    const mode = runnableMode(request.mode ?? DEFAULT_MODE, this.canShareMemory);
    const spec = modeSpec(mode);
    return {
      mode,
      spec,
      workers: threadsFor(mode, request.workers),
      schedule: request.schedule ?? 'dynamic',
      behaviour: spec.behaviour ?? request.behaviour ?? 'free',
      symmetry: request.symmetry ?? 'none',
      repeat: Math.max(1, Math.floor(request.repeat ?? 1)),
    };
  }

  dispose(): void {
    this.cancel();
    this.pool.terminateAll();
  }
}
