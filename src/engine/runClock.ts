/**
 * Let work already queued on the main thread (React committing the "Running…" status, a chart drawing
 * the previous sweep point) run before the clock starts; otherwise it would delay the workers' replies
 * and be counted as run time.
 */
export function settleMainThread(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Before freezing the main thread, let the browser paint once, so the page shows why it is frozen.
 * Hidden tabs get no animation frames, hence the timeout.
 */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => setTimeout(resolve, 0);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(done);
    setTimeout(resolve, 100);
  });
}

/**
 * Every window in which the engine's clock runs is a User Timing measure of this name, so DevTools'
 * performance panel and a trace show exactly when the workers were timed and what else ran then.
 */
export const TIMED_RUN = 'timed run';
/**
 * A mark as a sample's orders go out (only the latest is kept): its clock starts within moments, when
 * the last worker reaches the start line (core/startLine.ts). A test or a harness can wait for it.
 */
export const TIMED_RUN_DISPATCHED = 'timed run dispatched';

/** Why a window was timed: a sample reported as a result, or the protocol's sizing runs (engine/protocol.ts). */
export type RunPurpose = 'sample' | 'warm-up' | 'fixed cost';

/** What each measure carries in its `detail`. */
export interface TimedRunDetail {
  purpose: RunPurpose;
  mode: string;
  n: number;
  workers: number;
  /** Runs back to back in the window: the measure's duration over this is the time per run. */
  repeat: number;
  /** The first run's wait from the clock's start to its last worker's first task, ms (core/startLine.ts). */
  firstTaskWaitMs: number;
}

/**
 * Measures kept at most: past this they are all cleared, so thousands of Run clicks do not grow the
 * timeline. A measurement (a sweep, a comparison) starts with `forgetTimedRuns`, so its own are all kept
 * unless it alone times more windows than this.
 */
const KEPT_MEASURES = 2000;
let kept = 0;

/** Clears the timeline's windows: a new measurement's are all that is kept. */
export function forgetTimedRuns(): void {
  performance.clearMeasures(TIMED_RUN);
  kept = 0;
}

/** Marks a sample's orders going out; returns when (performance.now()). */
export function markDispatched(): number {
  performance.clearMarks(TIMED_RUN_DISPATCHED);
  performance.mark(TIMED_RUN_DISPATCHED);
  return performance.now();
}

/** A sample's timed window as the engine saw it. */
export interface SampleTimes {
  /** The sample's start, stamped in the run buffer on the shared epoch clock (core/startLine.ts `openRep`). */
  startedAtEpochMs: number;
  /** When its orders went out (performance.now()): no sample starts before. */
  dispatchedAt: number;
  /** When the page held every result (performance.now()). */
  end: number;
}

/**
 * The engine's clock: the only place a run's time is taken. The window runs from the sample's start,
 * stamped by whichever thread started it on the epoch clock that every thread shares (timeOrigin + now:
 * a worker's and the page's readings agreed within the 5 µs step here, measured by a round trip on
 * shared memory), to when the page held every result. A start read across threads is kept between the
 * dispatch and the end, so a clock that disagreed could never stretch a window past what the page saw.
 * Recorded as a `timed run` measure; returns its length in ms, and where it began on this thread's clock.
 */
export function closeTimedWindow(times: SampleTimes, detail: TimedRunDetail): { ms: number; start: number } {
  const { startedAtEpochMs, dispatchedAt, end } = times;
  const start = Math.min(end, Math.max(dispatchedAt, startedAtEpochMs - performance.timeOrigin));
  if (kept >= KEPT_MEASURES) forgetTimedRuns();
  performance.measure(TIMED_RUN, { start, end, detail });
  kept++;
  return { ms: end - start, start };
}
