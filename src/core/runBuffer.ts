import { TASK_STRIDE, type TaskList } from './split';

/**
 * One run's memory, laid out the same whether it is a SharedArrayBuffer (workers claim tasks and
 * write results in place) or a plain ArrayBuffer (the message-passing fallback): the bookkeeping
 * code is shared and results read the same way in both transports.
 */
const HEADER_INTS = 16;
/**
 * `lock`, `waiting` and `turns` are the global lock of the `gil` mode (core/gil.ts); `armed`, `go`,
 * `closed` and `rep` are a sample's start line and its barrier between back-to-back runs (core/startLine.ts).
 */
export const HEADER = {
  cursor: 0,
  cancel: 1,
  n: 3,
  taskCount: 4,
  lock: 5,
  waiting: 6,
  turns: 7,
  armed: 8,
  go: 9,
  closed: 10,
  rep: 11,
} as const;

/**
 * A sample's clock, in float64s after the header (epoch ms, core/clock.ts): when the sample's clock
 * started (core/startLine.ts), when the run now going started, and how long the first run's last
 * worker waited before its first task.
 */
export const CLOCK = { startedAt: 0, repStartAt: 1, firstWaitMs: 2 } as const;
const CLOCK_FLOATS = 8;
const CONTROL_START_INTS = HEADER_INTS + CLOCK_FLOATS * 2;

/**
 * Per worker, two ints the kernel polls every few thousand nodes: [0] its cancel flag, [1] a heartbeat
 * it bumps, so the page can tell a worker that is computing from one that has died.
 */
export const MAX_WORKERS = 64;
/** One 64-byte cache line per worker, so one worker's heartbeat never evicts another's cancel flag. */
const CONTROL_STRIDE_INTS = 16;
const CONTROL_INTS = CONTROL_STRIDE_INTS * MAX_WORKERS;

/**
 * The thread-safety experiment's shared counters (core/races.ts), each where its lesson needs it:
 * the one shared total and the lock that guards it on cache lines of their own; every worker's own
 * counter packed side by side (several in one 64-byte line: false sharing) and again 128 bytes apart
 * (the stride that also clears the adjacent-line prefetch of Intel cores). Offsets in int32s from the
 * region's start, which is 128-byte aligned.
 */
export const TALLY = {
  total: 0,
  lock: 16,
  duplicates: 32,
  arrived: 40,
  /** Workers that have seen every other one running at the same moment (core/races.ts startTogether). */
  seenAtOnce: 44,
  /** Set when a worker gave up waiting at the start line, so nobody waits for it. */
  alone: 45,
  packed: 48,
  padded: 128,
  paddedStride: 32,
} as const;
const TALLY_INTS = TALLY.padded + TALLY.paddedStride * MAX_WORKERS;
/** Where the tally starts, in int32s: after the header and the control slots, rounded up to 128 bytes. */
const TALLY_START = Math.ceil((CONTROL_START_INTS + CONTROL_INTS) / 32) * 32;
const TASKS_START = TALLY_START + TALLY_INTS;

export interface RunBuffer {
  buffer: ArrayBufferLike;
  header: Int32Array;
  /** The sample's clock (CLOCK). */
  clock: Float64Array;
  /** Worker 0's [cancel, heartbeat] pair, which the main-thread modes use as their own. */
  cancelFlag: Int32Array;
  n: number;
  taskCount: number;
  tasks: Int32Array;
  /**
   * Per task: solutions (already multiplied by the task's weight), nodes, start and end times, and the
   * distinct solutions the eight-symmetry search counts (0 for the other searches).
   */
  solutions: Float64Array;
  nodes: Float64Array;
  startedAt: Float64Array;
  endedAt: Float64Array;
  distinct: Float64Array;
  /** Per task: index of the worker that ran it, -1 while unclaimed. */
  owner: Int32Array;
  /** The thread-safety experiment's counters (TALLY); zero in every other run. */
  tally: Int32Array;
}

/** Float64s per task: solutions, nodes, start, end, distinct. */
const PER_TASK_FLOATS = 5;

export function runBufferBytes(taskCount: number): number {
  return (TASKS_START + taskCount * TASK_STRIDE) * 4 + taskCount * PER_TASK_FLOATS * 8 + taskCount * 4;
}

/** Worker `index`'s [cancel, heartbeat] pair: the view its kernel is handed. */
export function workerControl(run: RunBuffer, index: number): Int32Array {
  return new Int32Array(run.buffer, (CONTROL_START_INTS + CONTROL_STRIDE_INTS * index) * 4, 2);
}

/** Raises the run's cancel flag and every worker's own. */
export function cancelRun(run: RunBuffer): void {
  Atomics.store(run.header, HEADER.cancel, 1);
  for (let index = 0; index < MAX_WORKERS; index++) Atomics.store(workerControl(run, index), 0, 1);
  // Workers parked at a sample's start line or barrier (core/startLine.ts) look now, not at their next wake.
  if (typeof SharedArrayBuffer === 'function' && run.buffer instanceof SharedArrayBuffer) {
    Atomics.notify(run.header, HEADER.go);
    Atomics.notify(run.header, HEADER.rep);
  }
}

/** Makes a finished run's buffer ready to run the same tasks again (a batched sample's next run). */
export function resetRunBuffer(run: RunBuffer): void {
  Atomics.store(run.header, HEADER.cursor, 0);
  run.owner.fill(-1);
  run.solutions.fill(0);
  run.nodes.fill(0);
  run.startedAt.fill(0);
  run.endedAt.fill(0);
  run.distinct.fill(0);
  run.tally.fill(0);
}

export function heartbeat(run: RunBuffer, index: number): number {
  return Atomics.load(workerControl(run, index), 1);
}

export function createRunBuffer(tasks: TaskList, shared: boolean): RunBuffer {
  const bytes = runBufferBytes(tasks.count);
  const buffer = shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
  const view = openRunBuffer(buffer, tasks.n, tasks.count);
  view.header[HEADER.n] = tasks.n;
  view.header[HEADER.taskCount] = tasks.count;
  view.tasks.set(tasks.data);
  view.owner.fill(-1);
  return view;
}

/** Views over an existing run buffer; the worker side calls this on the buffer it was handed. */
export function openRunBuffer(buffer: ArrayBufferLike, n?: number, count?: number): RunBuffer {
  const header = new Int32Array(buffer, 0, HEADER_INTS);
  const taskCount = count ?? header[HEADER.taskCount];
  const tasksOffset = TASKS_START * 4;
  const floatsOffset = tasksOffset + taskCount * TASK_STRIDE * 4;
  const floats = (k: number) => new Float64Array(buffer, floatsOffset + k * taskCount * 8, taskCount);
  return {
    buffer,
    header,
    clock: new Float64Array(buffer, HEADER_INTS * 4, CLOCK_FLOATS),
    cancelFlag: new Int32Array(buffer, CONTROL_START_INTS * 4, 2),
    n: n ?? header[HEADER.n],
    taskCount,
    tasks: new Int32Array(buffer, tasksOffset, taskCount * TASK_STRIDE),
    solutions: floats(0),
    nodes: floats(1),
    startedAt: floats(2),
    endedAt: floats(3),
    distinct: floats(4),
    owner: new Int32Array(buffer, floatsOffset + PER_TASK_FLOATS * taskCount * 8, taskCount),
    tally: new Int32Array(buffer, TALLY_START * 4, TALLY_INTS),
  };
}

export function totalSolutions(run: RunBuffer): number {
  let sum = 0;
  for (let i = 0; i < run.taskCount; i++) sum += run.solutions[i];
  return sum;
}
