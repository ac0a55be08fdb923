import { releaseProxy, transfer, wrap, type Endpoint, type Remote } from 'comlink';
import { fromWireError } from '../core/errors';
import type { RunOrder, SampleReport } from '../core/runOrder';
import type { SolverApi } from '../worker/solver.worker';
import { PING, PONG, type RunReply } from '../worker/runLane';
import { crossErrorsAsWire } from '../worker/wireErrors';
import solverWorkerUrl from '../worker/solver.worker.ts?worker&url';
import { workerFailed } from './errors';

crossErrorsAsWire();

/** Each method as the page calls it across the thread: the same parameters, the result as a promise. */
type Across<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
};

/** The worker's API as the page calls it (its type derives from the exposed object), and a ping. */
export type SolverCalls = Across<Pick<SolverApi, 'warm' | 'countSolutions' | 'runTasks'>> & {
  /** A sample on shared memory, over the run lane (core/startLine.ts): settles with this worker's report. */
  runShared(order: RunOrder): Promise<SampleReport>;
  /** A round trip that wakes the worker's thread (and its core) just before a run is timed. */
  ping(): Promise<void>;
};

/**
 * The page's end of a worker's run lane (worker/runLane.ts): one message out, one back. The engine
 * runs one run at a time, so each worker has at most one order outstanding.
 */
function runLane(remote: Remote<SolverApi>): Pick<SolverCalls, 'runShared' | 'ping'> & { close: () => void } {
  const { port1, port2 } = new MessageChannel();
  void remote.openRunLane(transfer(port2, [port2])).catch(() => undefined);
  let pending: {
    sample: number;
    resolve: (report: SampleReport) => void;
    reject: (error: Error) => void;
  } | null = null;
  let pinged: (() => void) | null = null;
  port1.onmessage = (event: MessageEvent<RunReply>) => {
    const reply = event.data;
    if (reply === PONG) {
      pinged?.();
      pinged = null;
      return;
    }
    // A late answer to a cancelled sample: the order now pending is another one.
    if (reply.sample !== pending?.sample) return;
    const waiting = pending;
    pending = null;
    if (reply.ok) waiting?.resolve(reply.report);
    else waiting?.reject(fromWireError(reply.error));
  };
  return {
    runShared: (order) =>
      new Promise((resolve, reject) => {
        pending = { sample: order.sample, resolve, reject };
        port1.postMessage(order);
      }),
    ping: () =>
      new Promise((resolve) => {
        pinged = resolve;
        port1.postMessage(PING);
      }),
    close: () => port1.close(),
  };
}

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

/**
 * How the pool gets a worker (`attempt`: 0, or which retry after workers failed to start); tests
 * substitute an in-process endpoint over a MessageChannel.
 */
export type WorkerFactory = (attempt?: number) => WorkerHandle;

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
  const lane = runLane(remote);
  const api: SolverCalls = {
    warm: remote.warm,
    countSolutions: remote.countSolutions,
    runShared: lane.runShared,
    ping: lane.ping,
    runTasks: remote.runTasks,
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
      lane.close();
      remote[releaseProxy]();
      terminate();
    },
  };
}

/**
 * A retry loads the worker script under a URL of its own, so the browser fetches it whole. WebKitGTK
 * 2.50 refuses a module worker in a cross-origin-isolated page when the script's revalidation comes
 * back 304 without COEP, as `vite preview`'s did (build/security.ts now sends it): on a fresh profile, a
 * page opened right after the first had every worker fail within 10 ms for good; the same URL with a
 * query started. With either fix alone the fresh-profile scenario passed 3 of 3, with neither it
 * failed 3 of 3. The service worker finds the file whatever the query (sw-template.js).
 */
function solverScript(attempt: number): string {
  return attempt === 0 ? solverWorkerUrl : `${solverWorkerUrl}?retry=${attempt}`;
}

export const browserWorkerFactory: WorkerFactory = (attempt = 0) => {
  const worker = new Worker(solverScript(attempt), { type: 'module', name: 'queens-solver' });
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
