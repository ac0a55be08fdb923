import { addActivity, runActivity, type RunActivity } from './breakdown';
import type { SharedRunReport, WorkerPlace } from './claimLoop';
import { wallClock } from './clock';
import { CLOCK, HEADER, resetRunBuffer, workerControl, type RunBuffer } from './runBuffer';

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
 * How a waiting worker waits. Spinning keeps its core awake and the reaction immediate, but a spinning
 * worker holds a core another thread may need: with more workers than cores, the one still computing
 * lost its core to spinners for a whole scheduler slice (4 workers on this 2-core VM: 3.9 ms per run of
 * a batched N=4 sample, against 0.05 ms for 2 workers). So a worker spins only when the sample's
 * workers fit the device's `cores`, for at most `spinMs`, and at a barrier only while another worker
 * is visibly computing (its heartbeat moved within OTHERS_STILL_MS); otherwise it parks and wakes on a
 * notify (a cancel notifies too). A "worker" that shares the page's thread (the unit tests' in-process ones)
 * must never spin: nobody else could run meanwhile.
 */
export interface WaitPolicy {
  spinMs: number;
  /** Logical processors as the browser reports them. */
  cores: number;
  /**
   * How a parked worker sleeps: `block`, Atomics.wait (a worker has nothing else to do during a sample,
   * and every engine has it, unlike Atomics.waitAsync); `yield`, giving its thread back to the event loop.
   */
  park: 'block' | 'yield';
}
export const PARK_AT_ONCE: WaitPolicy = { spinMs: 0, cores: 1, park: 'yield' };
/** A real worker's policy on a device with `cores` logical processors. */
export function spinThenPark(cores: number): WaitPolicy {
  return { spinMs: 5, cores: Math.max(1, cores), park: 'block' };
}
/** A computing worker beats every 4,096 nodes (tens of µs); this long without a beat, it is off its core. */
const OTHERS_STILL_MS = 0.5;
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

const waitAsync = (
  Atomics as { waitAsync?: (array: Int32Array, index: number, value: number, ms: number) => { value: unknown } }
).waitAsync;
/** Sleeps until the header's `slot` is no longer `seen` (or `ms` pass), the way `policy` says. */
async function park(policy: WaitPolicy, header: Int32Array, slot: number, seen: number, ms: number): Promise<void> {
  if (policy.park === 'block') Atomics.wait(header, slot, seen, ms);
  else if (waitAsync) await waitAsync(header, slot, seen, ms).value;
  else await new Promise((resolve) => setTimeout(resolve, 0));
}

/** The sum of the other workers' heartbeats: it moves while any of them computes. */
function othersBeats(place: WorkerPlace): number {
  let sum = 0;
  for (let worker = 0; worker < place.workers; worker++) {
    if (worker !== place.workerIndex) sum += Atomics.load(workerControl(place.run, worker), 1);
  }
  return sum;
}

/**
 * Waits until the header's `slot` reaches `value`: spins for up to `spinMs` (and, with `watchOthers`,
 * only while another worker's heartbeat moves), then parks. Spinning does not beat this worker's heartbeat, so the others
 * can tell a spinner from a worker computing; a parked one beats at each wake, for the page's watchdog.
 * False when the run is cancelled.
 */
async function waitUntil(
  place: WorkerPlace,
  slot: number,
  value: number,
  policy: WaitPolicy,
  spinMs: number,
  watchOthers: boolean,
): Promise<boolean> {
  const { run, control } = place;
  const started = performance.now();
  let lastProgress = started;
  let beats = othersBeats(place);
  for (let spins = 0; spinMs > 0 && Atomics.load(run.header, slot) < value; spins++) {
    if ((spins & SPINS_PER_LOOK) !== 0) continue;
    if (Atomics.load(run.header, HEADER.cancel) !== 0) return false;
    const now = performance.now();
    if (now - started > spinMs) break;
    if (watchOthers) {
      const latest = othersBeats(place);
      if (latest !== beats) lastProgress = now;
      else if (now - lastProgress > OTHERS_STILL_MS) break;
      beats = latest;
    }
  }
  for (let seen = Atomics.load(run.header, slot); seen < value; seen = Atomics.load(run.header, slot)) {
    if (Atomics.load(run.header, HEADER.cancel) !== 0) return false;
    Atomics.add(control, 1, 1);
    await park(policy, run.header, slot, seen, PARK_MS);
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
 * the clock and raises go), then each run, with a barrier after each. The last worker to finish a run
 * closes it: reads its activity and, if another run follows, resets the buffer; then it lets all on.
 * After the last run too, so that every worker reports at the end: a report that arrived while
 * another worker still computed took the page's thread, and a core, from that worker.
 */
export async function runSample(
  place: WorkerPlace,
  repeat: number,
  behave: (place: WorkerPlace) => SharedRunReport,
  policy: WaitPolicy,
): Promise<SampleReport> {
  const { run, workers } = place;
  const spinMs = workers <= policy.cores ? policy.spinMs : 0;
  let tasksRun = 0;
  let activity: RunActivity | undefined;
  const report = (cancelled: boolean): SampleReport => ({ tasksRun, cancelled, activity: activity ?? null });
  if (Atomics.add(run.header, HEADER.armed, 1) + 1 === workers) {
    openRep(run, 0);
    raise(run, HEADER.go, 1);
  } else if (!(await waitUntil(place, HEADER.go, 1, policy, spinMs, false))) {
    return report(true);
  }
  for (let rep = 0; rep < repeat; rep++) {
    const part = behave(place);
    tasksRun += part.tasksRun;
    if (part.cancelled) return report(true);
    if (Atomics.add(run.header, HEADER.closed, 1) + 1 === workers) {
      activity = addActivity(activity, closeRep(run, workers, rep));
      Atomics.store(run.header, HEADER.closed, 0);
      if (rep + 1 < repeat) openRep(run, rep + 1);
      raise(run, HEADER.rep, rep + 1);
    } else if (!(await waitUntil(place, HEADER.rep, rep + 1, policy, spinMs, true))) {
      return report(true);
    }
  }
  return report(false);
}
