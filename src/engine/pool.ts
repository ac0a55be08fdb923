import type { WorkerFactory, WorkerHandle } from './workerHandle';

export interface PoolStartup {
  /** Workers created by this call (0 when the pool was already big enough). */
  started: number;
  /** Wall time to create, load and warm them, kept out of every timed run. */
  ms: number;
}

/**
 * The only owner of worker lifetimes. Workers are created once, warmed, and reused by every run, so
 * spawn and JIT warm-up never land inside a measurement.
 */
export class WorkerPool {
  private readonly workers: WorkerHandle[] = [];

  constructor(private readonly factory: WorkerFactory) {}

  get size(): number {
    return this.workers.length;
  }

  async ensure(count: number): Promise<PoolStartup> {
    const missing = count - this.workers.length;
    if (missing <= 0) return { started: 0, ms: 0 };
    const t0 = performance.now();
    const fresh = Array.from({ length: missing }, () => this.factory());
    this.workers.push(...fresh);
    await Promise.all(fresh.map((worker) => worker.api.warm()));
    return { started: missing, ms: performance.now() - t0 };
  }

  take(count: number): WorkerHandle[] {
    if (count > this.workers.length) throw new Error(`pool has ${this.workers.length} workers, ${count} requested`);
    return this.workers.slice(0, count);
  }

  /** Kills every worker, for runs that cannot be stopped politely (the message fallback's cancel). */
  terminateAll(): void {
    for (const worker of this.workers.splice(0)) worker.terminate();
  }
}
