import { releaseProxy, wrap, type Endpoint, type Remote } from 'comlink';
import type { SolverApi } from '../worker/solver.worker';
import { workerFailed } from './errors';

export type SolverCalls = Pick<Remote<SolverApi>, 'warm' | 'countSolutions' | 'runShared' | 'runTask'>;

export interface WorkerHandle {
  api: SolverCalls;
  /**
   * Calls back (with a WorkerFailed error) if the worker crashes or cannot load, at once if it already
   * has. A subscription rather than a promise: racing a never-settling promise on every run would
   * leave one reaction behind per run.
   */
  onFailure(listener: (error: Error) => void): () => void;
  terminate(): void;
}

/** How the pool gets a worker; tests substitute an in-process endpoint over a MessageChannel. */
export type WorkerFactory = () => WorkerHandle;

/**
 * Wraps an endpoint with Comlink. `watchErrors` hooks the endpoint's own failure events, which
 * Comlink ignores: without them a crashed worker would leave its calls pending forever.
 */
export function handleFor(
  endpoint: Endpoint,
  terminate: () => void,
  watchErrors: (fail: (reason: string) => void) => void = () => undefined,
): WorkerHandle {
  const remote = wrap<SolverApi>(endpoint);
  // Comlink makes (and registers for finalization) a new proxy on every property read: reading each
  // method once here keeps thousands of runs from leaving thousands of proxies behind.
  const api: SolverCalls = {
    warm: remote.warm,
    countSolutions: remote.countSolutions,
    runShared: remote.runShared,
    runTask: remote.runTask,
  };
  const listeners = new Set<(error: Error) => void>();
  let failure: Error | null = null;
  watchErrors((reason) => {
    failure ??= workerFailed(reason);
    for (const listener of listeners) listener(failure);
  });
  return {
    api,
    onFailure(listener) {
      if (failure) queueMicrotask(() => listener(failure!));
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    terminate() {
      listeners.clear();
      remote[releaseProxy]();
      terminate();
    },
  };
}

export const browserWorkerFactory: WorkerFactory = () => {
  const worker = new Worker(new URL('../worker/solver.worker.ts', import.meta.url), {
    type: 'module',
    name: 'queens-solver',
  });
  return handleFor(
    worker,
    () => worker.terminate(),
    (fail) => {
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        fail(event.message ? `a worker crashed: ${event.message}` : 'a worker could not start or crashed');
      });
      worker.addEventListener('messageerror', () => fail('a message from a worker could not be read'));
    },
  );
};
