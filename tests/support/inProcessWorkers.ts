import { expose } from 'comlink';
import { handleFor, type WorkerFactory } from '../../src/engine/workerHandle';
import { PARK_AT_ONCE } from '../../src/core/startLine';
import { createSolverApi } from '../../src/worker/api';

/**
 * The real worker API behind a real MessageChannel, in this thread: the Comlink contract without a
 * browser. It shares the test's thread, so it never spins at a start line (core/startLine.ts).
 */
export const inProcessWorkerFactory: WorkerFactory = () => {
  const { port1, port2 } = new MessageChannel();
  expose(createSolverApi(PARK_AT_ONCE), port1);
  return handleFor(port2, () => {
    port1.close();
    port2.close();
  });
};
