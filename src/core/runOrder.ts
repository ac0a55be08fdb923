import { claimUntilDone, type SharedRunReport, type WorkerPlace } from './claimLoop';
import { assertBoardSize } from './errors';
import { claimBehindLock } from './gil';
import { atomicTotal, localTotal, lockedTotal, packedCounters, paddedCounters, plainCursor, plainTotal } from './races';
import { openRunBuffer, workerControl } from './runBuffer';
import { runSample, type SampleReport, type WaitPolicy } from './startLine';
import type { Schedule } from './tasks';

/**
 * What a worker does with the tasks it claims, by name. A new worker-side behaviour is its function
 * and one line here; the mode or experiment that uses it names it, and nothing between changes.
 */
const BEHAVIOURS = {
  /** Claim and solve with nothing in the way: workers sharing memory, truly parallel. */
  free: (place: WorkerPlace) => claimUntilDone(place),
  /** Compute only while holding the run's one lock (the gil mode). */
  'behind-lock': claimBehindLock,
  /** The thread-safety experiment's ways of keeping one total (core/races.ts). */
  'plain-total': plainTotal,
  'atomic-total': atomicTotal,
  'locked-total': lockedTotal,
  'local-total': localTotal,
  'plain-cursor': plainCursor,
  'packed-counters': packedCounters,
  'padded-counters': paddedCounters,
} satisfies Record<string, (place: WorkerPlace) => SharedRunReport>;

export type WorkerBehaviour = keyof typeof BEHAVIOURS;
export const WORKER_BEHAVIOURS = Object.keys(BEHAVIOURS) as WorkerBehaviour[];

/**
 * Everything a run asks of one worker, made once by the engine and passed whole from the page to the
 * worker's run lane to the behaviour.
 */
export interface RunOrder {
  buffer: SharedArrayBuffer;
  workerIndex: number;
  workers: number;
  schedule: Schedule;
  behaviour: WorkerBehaviour;
  /** Runs of the same tasks back to back in this sample, after the start line (core/startLine.ts). */
  repeat: number;
  /**
   * Which sample this is, echoed in the reply: after a cancel a worker may still be answering the
   * last sample when the next one's order arrives, and that late answer must not settle the new one.
   */
  sample: number;
}

export type { SharedRunReport } from './claimLoop';
export type { SampleReport } from './startLine';

/**
 * Carries out a run order on this thread: its runs start when every worker of the order is at the
 * start line. A board, behaviour or repeat it cannot run throws a named error before that.
 */
export function carryOut(order: RunOrder, policy: WaitPolicy): Promise<SampleReport> {
  const run = openRunBuffer(order.buffer);
  assertBoardSize(run.n);
  const behave = Object.hasOwn(BEHAVIOURS, order.behaviour) ? BEHAVIOURS[order.behaviour] : undefined;
  if (!behave) throw new TypeError(`No worker behaviour called ${JSON.stringify(order.behaviour)}`);
  if (!Number.isInteger(order.repeat) || order.repeat < 1) {
    throw new RangeError(`A sample has a whole number of runs, at least 1, got ${order.repeat}`);
  }
  const { workerIndex, workers, schedule } = order;
  const place = { run, workerIndex, workers, schedule, control: workerControl(run, workerIndex) };
  return runSample(place, order.repeat, behave, policy);
}
