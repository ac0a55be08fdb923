import { planTasks, resolveSplitDepth, type SplitChoice } from '../core/plan';
import { createRunBuffer, HEADER, type RunBuffer } from '../core/runBuffer';
import { splitTasks, TASK_STRIDE } from '../core/split';
import { TaskCostMemory } from './taskCosts';
import { engineBusy, runCancelled } from './errors';
import { WorkerPool, type PoolStartup } from './pool';
import { summarizeRun, type RunResult, type Transport } from './runResult';
import type { WorkerFactory, WorkerHandle } from './workerHandle';

export interface RunRequest {
  n: number;
  workers: number;
  /** Rows cut off as tasks, or 'auto' for about 32 tasks per worker. */
  split: SplitChoice;
  /** Size an 'auto' split for this many workers (a sweep sizes every point for its largest). */
  splitFor?: number;
  symmetry?: boolean;
}

function wallClock(): number {
  return performance.timeOrigin + performance.now();
}

/** Shared memory needs cross-origin isolation; without it the engine hands tasks out by message. */
export function detectTransport(): Transport {
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
  return isolated && typeof SharedArrayBuffer === 'function' ? 'shared' : 'message';
}

/**
 * Schedules, times and cancels runs on the worker pool. One run at a time: a second call while one
 * is in flight is refused rather than queued, so a stale click can never write results.
 */
export class Engine {
  private readonly pool: WorkerPool;
  private readonly costs = new TaskCostMemory();
  private cancelActive: (() => void) | null = null;
  private settled: Promise<unknown> = Promise.resolve();

  constructor(
    factory: WorkerFactory,
    readonly transport: Transport = detectTransport(),
  ) {
    this.pool = new WorkerPool(factory);
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

  /** Resolves once the current run, if any, has fully wound down (a cancelled one included). */
  async whenIdle(): Promise<void> {
    await this.settled.catch(() => undefined);
  }

  run(request: RunRequest): Promise<RunResult> {
    if (this.busy) return Promise.reject(engineBusy());
    const running = this.execute(request);
    this.settled = running;
    return running;
  }

  private async execute(request: RunRequest): Promise<RunResult> {
    let cancelled = false;
    let rejectOnCancel: (reason: Error) => void = () => undefined;
    const cancelledPromise = new Promise<never>((_, reject) => (rejectOnCancel = reject));
    cancelledPromise.catch(() => undefined);
    let stopWorkers: () => void = () => undefined;
    this.cancelActive = () => {
      cancelled = true;
      stopWorkers();
      rejectOnCancel(runCancelled());
    };
    try {
      await Promise.race([this.pool.ensure(request.workers), cancelledPromise]);
      const symmetry = request.symmetry ?? false;
      const depth = resolveSplitDepth(request.split, request.n, request.splitFor ?? request.workers, symmetry);
      const natural = splitTasks(request.n, depth, { symmetry });
      const { tasks, order } = planTasks(natural, this.costs.recall(natural));
      const run = createRunBuffer(tasks, this.transport === 'shared');
      const handles = this.pool.take(request.workers);
      stopWorkers =
        this.transport === 'shared'
          ? () => Atomics.store(run.header, HEADER.cancel, 1)
          : () => this.pool.terminateAll();
      const startedAt = wallClock();
      await Promise.race([settleMainThread(), cancelledPromise]);
      markRun('start');
      const t0 = performance.now();
      const work = this.transport === 'shared' ? runShared(run, handles) : runByMessage(run, handles, () => cancelled);
      const finished = await Promise.race([work, cancelledPromise]);
      const ms = performance.now() - t0;
      markRun('end');
      if (cancelled || !finished) throw runCancelled();
      this.costs.remember(natural, order, run.nodes);
      return summarizeRun(run, {
        workers: request.workers,
        transport: this.transport,
        splitDepth: tasks.depth,
        symmetry,
        ms,
        startedAt,
      });
    } finally {
      this.cancelActive = null;
    }
  }

  dispose(): void {
    this.cancel();
    this.pool.terminateAll();
  }
}

/**
 * Lets work already queued on the main thread (React committing the "Running…" status, a chart drawing
 * the previous sweep point) run before the clock starts; otherwise it would delay the workers' replies
 * and be counted as run time.
 */
function settleMainThread(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * User Timing marks around the timed part, for DevTools and the benchmark's long-task probe. Only the
 * latest pair is kept, so thousands of runs do not grow the performance timeline.
 */
function markRun(edge: 'start' | 'end'): void {
  const name = `parallel-queens-run-${edge}`;
  if (edge === 'start') performance.clearMarks('parallel-queens-run-end');
  performance.clearMarks(name);
  performance.mark(name);
}

/** Workers claim tasks themselves with Atomics.add on the shared cursor; messages carry control only. */
async function runShared(run: RunBuffer, handles: WorkerHandle[]): Promise<boolean> {
  const buffer = run.buffer as SharedArrayBuffer;
  const reports = await Promise.all(handles.map((handle, index) => handle.api.runShared(buffer, index)));
  return reports.every((report) => !report.cancelled);
}

/** The same dynamic schedule without shared memory: each idle worker is sent the next task as a copy. */
async function runByMessage(run: RunBuffer, handles: WorkerHandle[], isCancelled: () => boolean): Promise<boolean> {
  let next = 0;
  const drive = async (handle: WorkerHandle, workerIndex: number): Promise<void> => {
    while (!isCancelled() && next < run.taskCount) {
      const index = next++;
      const at = index * TASK_STRIDE;
      run.owner[index] = workerIndex;
      const outcome = await handle.api.runTask(
        run.n,
        run.tasks[at],
        run.tasks[at + 1],
        run.tasks[at + 2],
        run.tasks[at + 3],
      );
      run.solutions[index] = outcome.solutions;
      run.nodes[index] = outcome.nodes;
      run.startedAt[index] = outcome.startedAt;
      run.endedAt[index] = outcome.endedAt;
    }
  };
  await Promise.all(handles.map(drive));
  return !isCancelled();
}
