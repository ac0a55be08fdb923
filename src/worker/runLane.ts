import { toWireError, type WireError } from '../core/errors';
import type { RunOrder, SampleReport } from '../core/runOrder';

/** A run lane's answers: at the start line, then the report or the error as it crosses threads. */
export type RunReply =
  { ok: true; report: SampleReport } | { ok: false; error: WireError } | typeof PONG | typeof ARMED;

/**
 * Sent just before a run's clock starts: a core that has been idle for a while (between two clicks)
 * takes ~0.3 ms to wake on this 2-core VM, for the bare reference page as much as for this one
 * (`npm run bench`, fixed cost after idle); the ping pays that outside the timed part.
 */
export const PING = 'ping';
export const PONG = 'pong';
/** Sent when this worker is at a sample's start line (core/startLine.ts), before its report. */
export const ARMED = 'armed';

/**
 * Serves shared-memory samples on a port of their own: one plain message in; out, one at the start line
 * and one report. Comlink carries
 * every other call; on this path its bookkeeping (ids, wire values, proxies) cost 0.15 ms of the
 * page's thread per run on 2 workers, more than the whole run of a small board (bench/reference
 * starts two workers in 0.02 ms).
 */
export function serveRunLane(
  port: MessagePort,
  runShared: (order: RunOrder, armed: () => void) => Promise<SampleReport>,
): void {
  port.onmessage = async (event: MessageEvent<RunOrder | typeof PING>) => {
    if (event.data === PING) {
      port.postMessage(PONG);
      return;
    }
    let reply: RunReply;
    try {
      reply = { ok: true, report: await runShared(event.data, () => port.postMessage(ARMED)) };
    } catch (error) {
      reply = { ok: false, error: toWireError(error) };
    }
    port.postMessage(reply);
  };
}
