import { claimUntilDone, type SharedRunReport, type WorkerPlace } from './claimLoop';
import { HEADER, TALLY, workerControl } from './runBuffer';

/**
 * The thread-safety experiment's worker behaviours: the same count, with the total kept in shared
 * memory in different ways. Every race here is a real one, between real workers on real shared memory:
 * a plain read and a plain write of an Int32Array over a SharedArrayBuffer, nothing simulated. The
 * hooks run from the kernel (core/solver.ts `onSolution`) as calls, and each plain update is a load
 * and a store V8 really makes (another thread may write the same memory at any time). Measured with
 * `npm run bench -- --only races` (Chromium 156, this 2-core VM, 3 rounds): the plain total lost
 * updates in 15 of 15 runs at N=12 (38 to 90 solutions) and 15 of 15 at N=14 (1,110 to 3,137).
 */

/**
 * The longest a worker waits at the start line before it starts alone: well past the 5 ms a late worker
 * took here, and a bound for workers that can never meet (the unit tests' in-process workers share one
 * thread, so the first would otherwise wait for ever).
 */
const START_LINE_MAX_MS = 20;

/**
 * Two looks at the others' heartbeats this close together, with a change between them, prove that
 * the other worker ran while this one did: a worker the system puts off its core is away for far
 * longer (whole time slices, milliseconds), and performance.now() is good to 5 µs in an isolated page.
 */
const AT_ONCE_GAP_MS = 0.05;

/** Polls of the clock and the cancel flag come every this many spins (a spin is a few ns). */
const SPINS_PER_LOOK = 0xff;

/**
 * A start line in two steps, so the ways race for the whole run.
 * 1. Every worker spins until all have arrived. Measured on this 2-core VM in Chromium 156: without
 *    it, in about half the 2-worker runs at N=12 the second worker began 2.5-5 ms after the first (the
 *    run takes 3-6 ms; our page doing nothing made no difference, so the wait is the system's), and the
 *    plain total came out right in about 1 run in 5.
 * 2. Every worker spins, beating its heartbeat, until it has seen every other one's beat move while it
 *    was itself running, and all have: proof that they compute at the same moment on different cores.
 *    Arriving is not that: the system can wake both workers on one core and leave them there for a
 *    whole 3 ms run (measured, N=12, 16 experiments of 25 runs alternated with and without this step: runs at
 *    1.2x one worker's pace or less 27.5% without it, 7.5% with it; plain total right in 8 of 80 runs
 *    without it, 0 of 80 with it).
 * Spinning rather than sleeping keeps a worker on its core, where the system sees two busy threads and
 * gives each a core. Past START_LINE_MAX_MS a worker starts anyway (the page then shows the run's pace).
 * False when cancelled.
 */
function startTogether(place: WorkerPlace): boolean {
  const { run, workers } = place;
  const giveUpAt = performance.now() + START_LINE_MAX_MS;
  Atomics.add(run.tally, TALLY.arrived, 1);
  const arrived = spinUntil(place, giveUpAt, () => Atomics.load(run.tally, TALLY.arrived) >= workers);
  if (arrived !== 'met') {
    // Alone (or cancelled): nobody waits for this worker at the second step.
    Atomics.store(run.tally, TALLY.alone, 1);
    return arrived !== 'cancelled';
  }
  const others = Array.from({ length: workers }, (_, index) => index).filter((index) => index !== place.workerIndex);
  const beats = others.map((index) => workerControl(run, index));
  let lastLook = performance.now();
  const lastBeat = beats.map((beat) => Atomics.load(beat, 1));
  const seen = others.map(() => false);
  let told = false;
  const met = spinUntil(place, giveUpAt, () => {
    // The clock on both sides of the loads: a change seen now happened after the last look's first
    // reading, so a short span from there to this look's last reading proves this worker ran throughout.
    const start = performance.now();
    const moved = beats.map((control, k) => {
      const beat = Atomics.load(control, 1);
      const changed = beat !== lastBeat[k];
      lastBeat[k] = beat;
      return changed;
    });
    const end = performance.now();
    moved.forEach((changed, k) => {
      if (changed && end - lastLook < AT_ONCE_GAP_MS) seen[k] = true;
    });
    lastLook = start;
    if (!told && seen.every(Boolean)) {
      told = true;
      Atomics.add(run.tally, TALLY.seenAtOnce, 1);
    }
    return Atomics.load(run.tally, TALLY.seenAtOnce) >= workers || Atomics.load(run.tally, TALLY.alone) !== 0;
  });
  if (met === 'gave up') Atomics.store(run.tally, TALLY.alone, 1);
  return met !== 'cancelled';
}

/** Spins, beating this worker's heartbeat, until `done` (looked at every SPINS_PER_LOOK spins) or the deadline. */
function spinUntil(place: WorkerPlace, giveUpAt: number, done: () => boolean): 'met' | 'gave up' | 'cancelled' {
  const { run, control } = place;
  for (let spins = 0; ; spins++) {
    Atomics.add(control, 1, 1);
    if ((spins & SPINS_PER_LOOK) !== 0) continue;
    if (Atomics.load(run.header, HEADER.cancel) !== 0) return 'cancelled';
    if (done()) return 'met';
    if (performance.now() > giveUpAt) return 'gave up';
  }
}

/** A way whose workers start together: every way of the experiment, so all are timed alike. */
const together =
  (behave: (place: WorkerPlace) => SharedRunReport) =>
  (place: WorkerPlace): SharedRunReport =>
    startTogether(place) ? behave(place) : { tasksRun: 0, cancelled: true };

/** Drepper's three-state mutex on one int of the tally: 0 free, 1 held, 2 held with a worker waiting. */
function lock(tally: Int32Array): void {
  let state = Atomics.compareExchange(tally, TALLY.lock, 0, 1);
  while (state !== 0) {
    if (state === 2 || Atomics.compareExchange(tally, TALLY.lock, 1, 2) !== 0) Atomics.wait(tally, TALLY.lock, 2);
    state = Atomics.compareExchange(tally, TALLY.lock, 0, 2);
  }
}

function unlock(tally: Int32Array): void {
  if (Atomics.sub(tally, TALLY.lock, 1) === 1) return;
  Atomics.store(tally, TALLY.lock, 0);
  Atomics.notify(tally, TALLY.lock, 1);
}

/** `total += 1` with no lock: read, add, write. Two workers that read the same value lose an update. */
export const plainTotal = together((place: WorkerPlace): SharedRunReport => {
  const { tally } = place.run;
  return claimUntilDone(place, {
    onSolution: () => {
      tally[TALLY.total] = tally[TALLY.total] + 1;
    },
  });
});

/** An atomic counter: `Atomics.add` per solution; never wrong, but every core fights for one cache line. */
export const atomicTotal = together((place: WorkerPlace): SharedRunReport => {
  const { tally } = place.run;
  return claimUntilDone(place, { onSolution: () => void Atomics.add(tally, TALLY.total, 1) });
});

/** `with lock: total += 1` per solution: never wrong, and the slowest. */
export const lockedTotal = together((place: WorkerPlace): SharedRunReport => {
  const { tally } = place.run;
  return claimUntilDone(place, {
    onSolution: () => {
      lock(tally);
      tally[TALLY.total] = tally[TALLY.total] + 1;
      unlock(tally);
    },
  });
});

/**
 * The article's pattern: each worker counts in a local (the kernel's own register count) and adds a
 * task's count to the total once, under the lock: `local += 1 … with lock: total += local`.
 */
export const localTotal = together((place: WorkerPlace): SharedRunReport => {
  const { run } = place;
  return claimUntilDone(place, {
    afterTask: (index) => {
      lock(run.tally);
      run.tally[TALLY.total] = run.tally[TALLY.total] + run.solutions[index];
      unlock(run.tally);
      return true;
    },
  });
});

/**
 * Tasks claimed with a plain read and write of the shared cursor instead of `Atomics.add`: two workers
 * that read the same index both run that task, and its count is added twice. Each claim marks its
 * task (atomically, so the count of repeats is itself exact); the total is added safely, so the only
 * error is the claim's.
 */
export const plainCursor = together((place: WorkerPlace): SharedRunReport => {
  const { run, workerIndex } = place;
  return claimUntilDone(place, {
    nextUnclaimed: () => {
      const index = run.header[HEADER.cursor];
      run.header[HEADER.cursor] = index + 1;
      if (index < run.taskCount && Atomics.exchange(run.owner, index, workerIndex) !== -1) {
        Atomics.add(run.tally, TALLY.duplicates, 1);
      }
      return index;
    },
    afterTask: (index) => {
      Atomics.add(run.tally, TALLY.total, run.solutions[index]);
      return true;
    },
  });
});

/** Each worker adds 1 per solution to a counter of its own at `slot`, then its count to the total once. */
function ownCounter(place: WorkerPlace, slot: number): SharedRunReport {
  const { tally } = place.run;
  const report = claimUntilDone(place, {
    onSolution: () => {
      tally[slot] = tally[slot] + 1;
    },
  });
  Atomics.add(tally, TALLY.total, tally[slot]);
  return report;
}

/** Own counters side by side: several in one cache line, which the cores pass back and forth. */
export const packedCounters = together((place: WorkerPlace) => ownCounter(place, TALLY.packed + place.workerIndex));

/** Own counters 128 bytes apart: one cache line each. */
export const paddedCounters = together((place: WorkerPlace) =>
  ownCounter(place, TALLY.padded + TALLY.paddedStride * place.workerIndex),
);
