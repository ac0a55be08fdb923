import { isNamed, reasonOf, WORKER_FAILED, workersUnavailable, workerTimeout } from './errors';
import { anySignal, untilAborted } from './signals';
import type { WorkerFactory, WorkerHandle } from './workerHandle';

export interface PoolStartup {
  /** Workers created by this call (0 when the pool was already big enough). */
  started: number;
  /** Wall time to create, load and warm them, kept out of every timed run. */
  ms: number;
}

/**
 * Where the pool gets its workers: a factory at hand (tests), or one to load first. The page loads it
 * (engine/workerHandle.ts, with Comlink) when the first worker is needed, not in the first paint.
 */
export type WorkerSource = WorkerFactory | { load: () => Promise<WorkerFactory> };

/** Pauses before each new try at starting workers whose script failed to load. */
const START_RETRY_DELAYS_MS = [300, 1500];

/** A healthy worker loads and warms in well under a second; this is for one that never will. */
export const START_TIMEOUT_MS = 15_000;

/**
 * The only owner of worker lifetimes. Workers are created once, warmed, and reused by every run, so
 * spawn and JIT warm-up never land inside a measurement. After any failure the whole pool is thrown
 * away and the next run starts fresh workers.
 */
export class WorkerPool {
  private readonly workers: WorkerHandle[] = [];
  /** Start-ups run one after another, so a second caller waits for warm workers instead of taking cold ones. */
  private starting: Promise<unknown> = Promise.resolve();

  private factory: WorkerFactory | null;

  constructor(
    private readonly source: WorkerSource,
    private readonly startTimeoutMs = START_TIMEOUT_MS,
  ) {
    this.factory = typeof source === 'function' ? source : null;
  }

  /** The factory, loaded once; a load that failed (offline, a new deployment) is tried again next time. */
  private async loadedFactory(): Promise<WorkerFactory> {
    if (this.factory) return this.factory;
    try {
      this.factory = await (this.source as Exclude<WorkerSource, WorkerFactory>).load();
      return this.factory;
    } catch (error) {
      throw workersUnavailable(`the code that starts workers did not load (${reasonOf(error)})`);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  ensure(count: number): Promise<PoolStartup> {
    const next = this.starting.catch(() => undefined).then(() => this.grow(count));
    this.starting = next;
    return next;
  }

  /**
   * A worker script that fails to load is tried again before the page gives up on workers, and the
   * factory is told which try it is (workerHandle.ts loads the script afresh on a retry). Only after the
   * last try is the failure final.
   */
  private async grow(count: number): Promise<PoolStartup> {
    const t0 = performance.now();
    for (let attempt = 0; ; attempt++) {
      try {
        const started = await this.startMissing(count, attempt);
        return { started, ms: performance.now() - t0 };
      } catch (error) {
        if (!isNamed(error, WORKER_FAILED) || attempt === START_RETRY_DELAYS_MS.length) {
          throw isNamed(error, WORKER_FAILED)
            ? workersUnavailable(`the worker script failed to load or run, ${attempt + 1} times: ${reasonOf(error)}`)
            : error;
        }
        await new Promise((resolve) => setTimeout(resolve, START_RETRY_DELAYS_MS[attempt]));
      }
    }
  }

  /** Starts and warms the workers still missing (`attempt`: 0, then each retry); how many it started. */
  private async startMissing(count: number, attempt: number): Promise<number> {
    if (count - this.workers.length <= 0) return 0;
    const factory = await this.loadedFactory();
    const missing = count - this.workers.length;
    const fresh: WorkerHandle[] = [];
    try {
      for (let i = 0; i < missing; i++) {
        // One worker a task: starting one costs the page's thread ~10 ms here, several at once made one
        // task long enough to block a tap on a phone four times slower.
        if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0));
        fresh.push(factory(attempt));
      }
    } catch (error) {
      for (const worker of fresh) worker.terminate();
      throw workersUnavailable(error instanceof Error ? error.message : String(error));
    }
    this.workers.push(...fresh);
    const failure = this.failure(fresh);
    try {
      const givingUp = anySignal([failure.signal, AbortSignal.timeout(this.startTimeoutMs)]);
      await untilAborted(Promise.all(fresh.map((worker) => worker.api.warm())), givingUp);
    } catch (error) {
      this.discard(fresh);
      if (isNamed(error, 'TimeoutError')) {
        throw workerTimeout(`a new worker did not answer within ${this.startTimeoutMs / 1000} s`);
      }
      throw error;
    } finally {
      failure.dispose();
    }
    return missing;
  }

  take(count: number): WorkerHandle[] {
    if (count > this.workers.length) throw new Error(`pool has ${this.workers.length} workers, ${count} requested`);
    return this.workers.slice(0, count);
  }

  /** A signal that aborts (with a WorkerFailed error) as soon as any of these workers fails; dispose it after. */
  failure(workers: WorkerHandle[]): { signal: AbortSignal; dispose: () => void } {
    const failed = new AbortController();
    const unsubscribe = workers.map((worker) => worker.onFailure((error) => failed.abort(error)));
    return { signal: failed.signal, dispose: () => unsubscribe.forEach((stop) => stop()) };
  }

  private discard(workers: WorkerHandle[]): void {
    for (const worker of workers) {
      worker.terminate();
      this.workers.splice(this.workers.indexOf(worker), 1);
    }
  }

  /** Kills every worker: after a failure, or for runs that cannot be stopped politely. */
  terminateAll(): void {
    for (const worker of this.workers.splice(0)) worker.terminate();
  }
}
