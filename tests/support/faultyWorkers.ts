import { expose } from 'comlink';
import { handleFor, type WorkerFactory } from '../../src/engine/workerHandle';
import { PARK_AT_ONCE } from '../../src/core/startLine';
import { createSolverApi } from '../../src/worker/api';
import { serveRunLane } from '../../src/worker/runLane';

/**
 * In-process workers whose failures a test can trigger: `crash()` fires the error event every live
 * worker would see, `silent` workers never answer a call, `hangOnRun` ones warm up and then never
 * answer (nor beat) once a run starts, `refuse` makes creation throw, and the first `failToLoad` workers
 * fail as a script that cannot load does (their error event fires at once).
 */
export function faultyWorkers(
  options: { silent?: boolean; refuse?: string; hangOnRun?: boolean; failToLoad?: number } = {},
) {
  const crashes = new Set<(reason: string) => void>();
  let created = 0;
  const factory: WorkerFactory = () => {
    if (options.refuse) throw new Error(options.refuse);
    created++;
    const { port1, port2 } = new MessageChannel();
    const never = () => new Promise<never>(() => undefined);
    const base = createSolverApi(PARK_AT_ONCE);
    const api = options.hangOnRun
      ? { ...base, runShared: never, runTasks: never, openRunLane: (port: MessagePort) => serveRunLane(port, never) }
      : base;
    if (!options.silent) expose(api, port1);
    return handleFor(
      port2,
      () => {
        port1.close();
        port2.close();
      },
      (fail) => {
        crashes.add(fail);
        if (created <= (options.failToLoad ?? 0)) queueMicrotask(() => fail('a worker could not start or crashed'));
      },
    );
  };
  return {
    factory,
    crash: (reason: string) => crashes.forEach((fail) => fail(reason)),
    created: () => created,
  };
}
