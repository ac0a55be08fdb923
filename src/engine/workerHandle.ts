import { releaseProxy, wrap, type Endpoint, type Remote } from 'comlink';
import type { SolverApi } from '../worker/solver.worker';

export interface WorkerHandle {
  api: Remote<SolverApi>;
  terminate(): void;
}

/** How the pool gets a worker; tests substitute an in-process endpoint over a MessageChannel. */
export type WorkerFactory = () => WorkerHandle;

export function handleFor(endpoint: Endpoint, terminate: () => void): WorkerHandle {
  const api = wrap<SolverApi>(endpoint);
  return {
    api,
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
  return handleFor(worker, () => worker.terminate());
};
