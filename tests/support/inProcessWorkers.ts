import { expose } from 'comlink';
import { handleFor, type WorkerFactory } from '../../src/engine/workerHandle';
import { createSolverApi } from '../../src/worker/api';

/** The real worker API behind a real MessageChannel, in this thread: the Comlink contract without a browser. */
export const inProcessWorkerFactory: WorkerFactory = () => {
  const { port1, port2 } = new MessageChannel();
  expose(createSolverApi(), port1);
  return handleFor(port2, () => {
    port1.close();
    port2.close();
  });
};
