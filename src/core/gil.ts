import { HEADER } from './runBuffer';
import { claimUntilDone, type SharedRunReport, type WorkerPlace } from './claimLoop';

/**
 * CPython's default switch interval (`sys.getswitchinterval()`): how long a thread may hold the GIL
 * before another one that is waiting is given it.
 */
export const SWITCH_INTERVAL_MS = 5;
/** A waiting worker looks at the cancel flag at least this often. */
const WAIT_SLICE_MS = 2;

/**
 * One global lock in a run's shared header, the browser twin of the GIL: a worker computes only while
 * it holds it. `HEADER.lock` is the holder's index + 1 (0 = free), `HEADER.waiting` counts the workers
 * queued for it, `HEADER.turns` counts hand-overs.
 */
export class GlobalLock {
  private heldSince = 0;
  private held = false;

  constructor(
    private readonly header: Int32Array,
    private readonly me: number,
    /** Bumped while waiting, so the page's watchdog sees a queued worker as alive. */
    private readonly heartbeat: Int32Array,
  ) {}

  /** Waits for the lock; false if the run was cancelled meanwhile. */
  acquire(): boolean {
    Atomics.add(this.header, HEADER.waiting, 1);
    try {
      for (;;) {
        if (Atomics.load(this.header, HEADER.cancel) !== 0) return false;
        const holder = Atomics.compareExchange(this.header, HEADER.lock, 0, this.me + 1);
        if (holder === 0) {
          this.heldSince = performance.now();
          this.held = true;
          Atomics.add(this.header, HEADER.turns, 1);
          Atomics.notify(this.header, HEADER.turns);
          return true;
        }
        this.heartbeat[1]++;
        Atomics.wait(this.header, HEADER.lock, holder, WAIT_SLICE_MS);
      }
    } finally {
      Atomics.sub(this.header, HEADER.waiting, 1);
    }
  }

  /** Whether the holder has had its interval and someone is waiting: then it must hand over. */
  shouldSwitch(): boolean {
    return performance.now() - this.heldSince >= SWITCH_INTERVAL_MS && Atomics.load(this.header, HEADER.waiting) > 0;
  }

  /** Lets go (if held) and wakes one waiter. */
  release(): void {
    if (!this.held) return;
    this.held = false;
    Atomics.store(this.header, HEADER.lock, 0);
    Atomics.notify(this.header, HEADER.lock, 1);
  }

  /**
   * Hands over as CPython 3.2+ does (forced switching): lets go, then does not take the lock back until
   * another worker has had it, so the releasing worker cannot win its own race every time.
   */
  handOver(): boolean {
    const turns = Atomics.load(this.header, HEADER.turns);
    this.release();
    while (Atomics.load(this.header, HEADER.turns) === turns && Atomics.load(this.header, HEADER.waiting) > 0) {
      if (Atomics.load(this.header, HEADER.cancel) !== 0) return false;
      this.heartbeat[1]++;
      Atomics.wait(this.header, HEADER.turns, turns, WAIT_SLICE_MS);
    }
    return this.acquire();
  }
}

/** The gil mode's worker: computes only while holding the run's one lock, handing it over every 5 ms. */
export function claimBehindLock(place: WorkerPlace): SharedRunReport {
  const lock = new GlobalLock(place.run.header, place.workerIndex, place.control);
  if (!lock.acquire()) return { tasksRun: 0, cancelled: true };
  try {
    return claimUntilDone(place, { afterTask: () => !lock.shouldSwitch() || lock.handOver() });
  } finally {
    lock.release();
  }
}
