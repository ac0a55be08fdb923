import { releaseProxy, wrap, type Endpoint, type Remote } from 'comlink';
import type { SolverApi } from '../worker/solver.worker';
import { workerFailed } from './errors';

export interface WorkerHandle {
  api: Remote<SolverApi>;
  /** Rejects (with a WorkerFailed error) if the worker crashes or cannot load; never resolves. */
  failed: Promise<never>;
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
  const api = wrap<SolverApi>(endpoint);
  let fail: (error: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => undefined);
  watchErrors((reason) => fail(workerFailed(reason)));
  return {
    api,
    failed,
    terminate() {
      api[releaseProxy]();
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
