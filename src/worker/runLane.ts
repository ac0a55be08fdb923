import type { Schedule } from '../core/tasks';
import type { SharedRunReport } from './api';

/** One run order: the shared run buffer and this worker's place in the run. */
export interface RunOrder {
  buffer: SharedArrayBuffer;
  workerIndex: number;
  workers: number;
  schedule: Schedule;
  /** Compute only while holding the run's one lock (the gil mode). */
  behindLock: boolean;
}

/** Errors cross as `{name, message}`, so the page can tell them apart by name. */
export type RunReply =
  { ok: true; report: SharedRunReport } | { ok: false; error: { name: string; message: string } } | typeof PONG;

/**
 * Sent just before a run's clock starts: a core that has been idle for a while (between two clicks)
 * takes ~0.3 ms to wake on this 2-core VM, for the bare reference page as much as for this one
 * (`npm run bench`, fixed cost after idle); the ping pays that outside the timed part.
 */
export const PING = 'ping';
export const PONG = 'pong';

export type RunShared = (
  buffer: SharedArrayBuffer,
  workerIndex: number,
  workers: number,
  schedule: Schedule,
  behindLock: boolean,
) => SharedRunReport | Promise<SharedRunReport>;

/**
 * Serves shared-memory runs on a port of their own: one plain message in, one out. Comlink carries
 * every other call; on this path its bookkeeping (ids, wire values, proxies) cost 0.15 ms of the
 * page's thread per run on 2 workers, more than the whole run of a small board (bench/reference
 * starts two workers in 0.02 ms).
 */
export function serveRunLane(port: MessagePort, runShared: RunShared): void {
  port.onmessage = async (event: MessageEvent<RunOrder | typeof PING>) => {
    if (event.data === PING) {
      port.postMessage(PONG);
      return;
    }
    const { buffer, workerIndex, workers, schedule, behindLock } = event.data;
    let reply: RunReply;
    try {
      reply = { ok: true, report: await runShared(buffer, workerIndex, workers, schedule, behindLock) };
    } catch (error) {
      const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
      reply = { ok: false, error: { name, message } };
    }
    port.postMessage(reply);
  };
}
