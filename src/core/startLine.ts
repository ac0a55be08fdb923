import { addActivity, runActivity, type RunActivity } from './breakdown';
import type { SharedRunReport, WorkerPlace } from './claimLoop';
import { wallClock } from './clock';
import { CLOCK, HEADER, resetRunBuffer, type RunBuffer } from './runBuffer';

/**
 * A timed sample on shared memory. Every worker is handed its order and comes to a start line in the
 * run buffer; the last to arrive starts the sample's clock and raises `go`, and the others, spinning,
 * see it within microseconds. The page is not in that path: a message to start would cost a wake-up
 * and a turn of each worker's event loop (0.1-0.2 ms median, up to 5 ms: `npm run bench -- --only
 * quiet`), and a page that raised go itself had to win a core from two spinning workers first (on 2
 * cores one of them then lost its core for a 4 ms scheduler slice). The sample's runs follow one
 * another inside the workers, each separated from the next by a barrier in the same memory, and each
 * worker replies once: the page's thread handles one message per worker per sample, not per run.
 */

/** What a worker says when its part of a sample is over. */
export interface SampleReport extends SharedRunReport {
  /** The runs this worker closed (the last to finish a run closes it), summed; null if it closed none. */
  activity: RunActivity | null;
}

/**
 * How long a waiting worker spins before it parks. Spinning keeps the core awake and the reaction
 * immediate; past these bounds the worker gives its core back (another worker has not got one yet)
 * and wakes on a notify instead. A "worker" that shares the page's thread (the unit tests' in-process
 * ones) must never spin: nobody else could run meanwhile.
 */
export interface WaitPolicy {
  startSpinMs: number;
  barrierSpinMs: number;
}
export const SPIN_THEN_PARK: WaitPolicy = { startSpinMs: 5, barrierSpinMs: 5 };
export const PARK_AT_ONCE: WaitPolicy = { startSpinMs: 0, barrierSpinMs: 0 };
/** A parked worker looks at the cancel flag (and beats its heartbeat) at least this often. */
const PARK_MS = 10;
/** Looks at the clock, the cancel flag and the heartbeat every this many spins (a spin is a few ns). */
const SPINS_PER_LOOK = 0xff;

/** Before a sample's orders go out: nobody at the line, no go, the first run, no clock. */
export function resetStartLine(run: RunBuffer): void {
  for (const slot of [HEADER.armed, HEADER.go, HEADER.closed, HEADER.rep]) Atomics.store(run.header, slot, 0);
  run.clock.fill(0);
}

/** Starts run `rep` of a sample: the first starts the sample's clock; the next ones get a clean buffer. */
export function openRep(run: RunBuffer, rep: number): void {
  if (rep > 0) resetRunBuffer(run);
  const now = wallClock();
  if (rep === 0) run.clock[CLOCK.startedAt] = now;
  run.clock[CLOCK.repStartAt] = now;
}

/** The run just finished, as activity from its start; the first run also records its wait before work. */
export function closeRep(run: RunBuffer, workers: number, rep: number): RunActivity {
  const origin = run.clock[CLOCK.repStartAt];
  const record = { owner: run.owner, startMs: run.startedAt, endMs: run.endedAt, nodes: run.nodes };
  const activity = runActivity(record, workers, wallClock() - origin, origin);
  if (rep === 0) run.clock[CLOCK.firstWaitMs] = Math.max(0, ...activity.beforeMs);
  return activity;
}

/** When the sample's clock started (epoch ms), 0 before it has. */
export function sampleStartedAt(run: RunBuffer): number {
  return run.clock[CLOCK.startedAt];
}

/** When the run now going started (epoch ms), 0 before the first has. */
export function repStartedAt(run: RunBuffer): number {
  return run.clock[CLOCK.repStartAt];
}

/** The first run's wait from the clock's start to its last worker's first task, ms. */
export function firstTaskWaitMs(run: RunBuffer): number {
  return run.clock[CLOCK.firstWaitMs];
}

type Parker = (header: Int32Array, slot: number, seen: number, ms: number) => Promise<unknown>;
const waitAsync = (
  Atomics as { waitAsync?: (array: Int32Array, index: number, value: number, ms: number) => { value: unknown } }
).waitAsync;
/** Atomics.waitAsync where the engine has it, else a short sleep; either way the thread is free meanwhile. */
const park: Parker = waitAsync
  ? async (header, slot, seen, ms) => waitAsync(header, slot, seen, ms).value
  : (_header, _slot, _seen, ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 1)));

/** Waits until the header's `slot` reaches `value`: spins, then parks. False when the run is cancelled. */
async function waitUntil(place: WorkerPlace, slot: number, value: number, spinMs: number): Promise<boolean> {
  const { run, control } = place;
  const spinUntil = performance.now() + spinMs;
  for (let spins = 0; Atomics.load(run.header, slot) < value; spins++) {
    if ((spins & SPINS_PER_LOOK) !== 0) continue;
    if (Atomics.load(run.header, HEADER.cancel) !== 0) return false;
    // A waiting worker is alive: the page's watchdog judges it by this beat.
    Atomics.add(control, 1, 1);
    if (performance.now() > spinUntil) break;
  }
  for (let seen = Atomics.load(run.header, slot); seen < value; seen = Atomics.load(run.header, slot)) {
    if (Atomics.load(run.header, HEADER.cancel) !== 0) return false;
    Atomics.add(control, 1, 1);
    await park(run.header, slot, seen, PARK_MS);
  }
  return true;
}

/** Raises a header flag and wakes whoever parked on it. */
function raise(run: RunBuffer, slot: number, value: number): void {
  Atomics.store(run.header, slot, value);
  Atomics.notify(run.header, slot);
}

/**
 * One worker's part of a sample of `repeat` runs: arrive at the start line (the last to arrive starts
 * the clock and raises go), then each run, with a barrier between runs. The last worker to finish a
 * run closes it: reads its activity and, if another run follows, resets the buffer and lets all on.
 */
export async function runSample(
  place: WorkerPlace,
  repeat: number,
  behave: (place: WorkerPlace) => SharedRunReport,
  policy: WaitPolicy = SPIN_THEN_PARK,
): Promise<SampleReport> {
  const { run, workers } = place;
  let tasksRun = 0;
  let activity: RunActivity | undefined;
  const report = (cancelled: boolean): SampleReport => ({ tasksRun, cancelled, activity: activity ?? null });
  if (Atomics.add(run.header, HEADER.armed, 1) + 1 === workers) {
    openRep(run, 0);
    raise(run, HEADER.go, 1);
  } else if (!(await waitUntil(place, HEADER.go, 1, policy.startSpinMs))) {
    return report(true);
  }
  for (let rep = 0; rep < repeat; rep++) {
    const part = behave(place);
    tasksRun += part.tasksRun;
    if (part.cancelled) return report(true);
    const last = rep + 1 === repeat;
    if (Atomics.add(run.header, HEADER.closed, 1) + 1 === workers) {
      activity = addActivity(activity, closeRep(run, workers, rep));
      if (!last) {
        Atomics.store(run.header, HEADER.closed, 0);
        openRep(run, rep + 1);
        raise(run, HEADER.rep, rep + 1);
      }
    } else if (!last && !(await waitUntil(place, HEADER.rep, rep + 1, policy.barrierSpinMs))) {
      return report(true);
    }
  }
  return report(false);
}
