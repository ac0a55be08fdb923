import { toWireError, type WireError } from '../core/errors';
import type { RunOrder, SampleReport } from '../core/runOrder';

/** A run lane's answer for sample `sample`: the report, or the error as it crosses threads. */
export type RunReply =
  { sample: number; ok: true; report: SampleReport } | { sample: number; ok: false; error: WireError } | typeof PONG;

/**
 * Sent just before a message-passing run's clock starts: a core that has been idle for a while
 * (between two clicks) takes ~0.3 ms to wake on this 2-core VM, for the bare reference page as much as
 * for this one (`npm run bench`, fixed cost after idle); the ping pays that outside the timed part.
 * Shared-memory samples need none: their clock starts at the start line (core/startLine.ts).
 */
export const PING = 'ping';
export const PONG = 'pong';

/**
 * Serves shared-memory samples on a port of their own: one plain message in, one out. Comlink carries
 * every other call; on this path its bookkeeping (ids, wire values, proxies) cost 0.15 ms of the
 * page's thread per run on 2 workers, more than the whole run of a small board (bench/reference
 * starts two workers in 0.02 ms).
 */
export function serveRunLane(port: MessagePort, runShared: (order: RunOrder) => Promise<SampleReport>): void {
  port.onmessage = async (event: MessageEvent<RunOrder | typeof PING>) => {
    if (event.data === PING) {
      port.postMessage(PONG);
      return;
    }
    const { sample } = event.data;
    let reply: RunReply;
    try {
      reply = { sample, ok: true, report: await runShared(event.data) };
    } catch (error) {
      reply = { sample, ok: false, error: toWireError(error) };
    }
    port.postMessage(reply);
  };
}
