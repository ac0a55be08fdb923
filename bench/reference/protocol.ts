/** Messages between the reference page and its workers: the least a shared-memory run can need. */
export type ReferenceRequest =
  | { kind: 'warm' }
  /** The run buffer, once per board: the header, one control line per worker, then the tasks. */
  | { kind: 'load'; buffer: SharedArrayBuffer; taskCount: number; n: number }
  | { kind: 'run'; worker: number }
  | { kind: 'whole'; n: number };

export type ReferenceReply =
  | { kind: 'warmed' }
  | { kind: 'loaded' }
  | { kind: 'ran'; solutions: number; tasks: number }
  /** One whole-board solve, timed inside the worker: the kernel alone, with nothing around it. */
  | { kind: 'whole'; solutions: number; ms: number };

/** Int32 slots: [0] the shared cursor; then 16 ints (one cache line) of control per worker. */
export const CONTROL_STRIDE = 16;
export const MAX_REFERENCE_WORKERS = 8;
export const TASKS_OFFSET_INTS = CONTROL_STRIDE * (MAX_REFERENCE_WORKERS + 1);

/** What `npm run bench` calls on the page (through Playwright's evaluate). */
export interface ReferencePage {
  start(workers: number): Promise<void>;
  /**
   * Times `runs` runs of N on `workers` workers; ms of each, measured on the page. Back to back, or
   * each after `idleMs` of idleness, as a click on a page's Run button comes after idle time.
   */
  time(n: number, workers: number, runs: number, idleMs?: number): Promise<number[]>;
  /** The kernel alone: a whole-board solve in one worker, timed inside the worker. */
  kernel(n: number): Promise<number>;
}
