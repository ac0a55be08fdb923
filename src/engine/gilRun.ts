import { heartbeat, cancelRun } from '../core/runBuffer';
import type { StartRun } from './dispatch';
import { runShared } from './sharedRun';

/**
 * The gil mode: the shared-memory run, but every worker computes only while it holds the run's one
 * lock (core/gil.ts) and hands it over every 5 ms, so exactly one computes at a time: the article's
 * threads under the GIL, on real threads. The lanes show the turns.
 */
export const startBehindLock: StartRun = ({ run, handles, schedule, traffic, busy }) => {
  traffic.messages = 2 * handles.length;
  return {
    work: runShared(run, handles, schedule, (worker) => () => (busy[worker] = false), true),
    heartbeats: () => handles.map((_, worker) => heartbeat(run, worker)),
    cancel: () => cancelRun(run),
  };
};
