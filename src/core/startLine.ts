import { addActivity, runActivity, type RunActivity } from './breakdown';
import type { SharedRunReport, WorkerPlace } from './claimLoop';
import { wallClock } from './clock';
import { CLOCK, HEADER, resetRunBuffer, type RunBuffer } from './runBuffer';

/**
 * A timed sample on shared memory: every worker is handed its order before the clock starts and waits
 * at a start line in the run buffer; the page starts its clock and raises `go`, and the workers see it
 * within microseconds (a message would take a wake-up and a turn of the worker's event loop: 0.1-0.2 ms
 * median, up to 5 ms, measured with `npm run bench -- --only quiet`). The sample's runs then follow one
 * another inside the workers, each separated from the next by a barrier in the same memory, and each
 * worker replies once: the page's thread handles two messages per worker per sample instead of per run.
 */

/** What a worker says when its part of a sample is over. */
export interface SampleReport extends SharedRunReport {
  /** The runs this worker closed (the last to finish a run closes it), summed; null if it closed none. */
  activity: RunActivity | null;
}

/**
 * How long a waiting worker spins before it parks. Spinning keeps the core awake and the reaction
 * immediate; past these bounds the worker gives its core back (the page is busy, or another worker is
 * off its core) and wakes on a notify instead, a few tens of microseconds later. A "worker" that shares
 * the page's thread (the unit tests' in-process ones) must never spin: nobody else could run meanwhile.
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

/** The page, before it hands out a sample's orders: nobody at the line, no go, the first run. */
export function resetStartLine(run: RunBuffer): void {
  for (const slot of [HEADER.armed, HEADER.go, HEADER.closed, HEADER.rep]) Atomics.store(run.header, slot, 0);
  run.clock[CLOCK.repStartAt] = 0;
  run.clock[CLOCK.firstWaitMs] = 0;
}

/** Marks the start of run `rep` of a sample: a clean buffer after the first, and its start time. */
export function openRep(run: RunBuffer, rep: number): void {
  if (rep > 0) resetRunBuffer(run);
  run.clock[CLOCK.repStartAt] = wallClock();
}

/** The page, right after its clock starts: the first run's start time, then go. */
export function releaseStartLine(run: RunBuffer): void {
  openRep(run, 0);
  Atomics.store(run.header, HEADER.go, 1);
  Atomics.notify(run.header, HEADER.go);
}

/** The run just finished, as activity from its start; the first run also records its wait before work. */
export function closeRep(run: RunBuffer, workers: number, rep: number): RunActivity {
  const origin = run.clock[CLOCK.repStartAt];
  const record = { owner: run.owner, startMs: run.startedAt, endMs: run.endedAt, nodes: run.nodes };
  const activity = runActivity(record, workers, wallClock() - origin, origin);
  if (rep === 0) run.clock[CLOCK.firstWaitMs] = Math.max(0, ...activity.beforeMs);
  return activity;
}

/** When the run now going started (epoch ms), 0 before the first has. */
export function repStartedAt(run: RunBuffer): number {
  return run.clock[CLOCK.repStartAt];
}

/** The first run's wait before its last worker's first task, ms. */
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

/**
 * One worker's part of a sample of `repeat` runs: arrive (`armed` tells the page), wait for go, then
 * each run, with a barrier between runs. The last worker to finish a run closes it: reads its activity,
 * and, if another run follows, resets the buffer and lets everyone on.
 */
export async function runSample(
  place: WorkerPlace,
  repeat: number,
  behave: (place: WorkerPlace) => SharedRunReport,
  armed: () => void,
  policy: WaitPolicy = SPIN_THEN_PARK,
): Promise<SampleReport> {
  const { run, workers } = place;
  Atomics.add(run.header, HEADER.armed, 1);
  armed();
  let tasksRun = 0;
  let activity: RunActivity | undefined;
  const report = (cancelled: boolean): SampleReport => ({ tasksRun, cancelled, activity: activity ?? null });
  if (!(await waitUntil(place, HEADER.go, 1, policy.startSpinMs))) return report(true);
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
        Atomics.store(run.header, HEADER.rep, rep + 1);
        Atomics.notify(run.header, HEADER.rep);
      }
    } else if (!last && !(await waitUntil(place, HEADER.rep, rep + 1, policy.barrierSpinMs))) {
      return report(true);
    }
  }
  return report(false);
}
