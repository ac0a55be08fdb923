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
 * Measures kept at most: past this the oldest are dropped, so thousands of Run clicks do not grow the
 * timeline. A measurement (a sweep, a comparison) starts with `forgetTimedRuns`, so its own are all kept.
 */
const KEPT_MEASURES = 2000;
let kept = 0;

/** Clears the timeline's windows: a new measurement's are all that is kept. */
export function forgetTimedRuns(): void {
  performance.clearMeasures(TIMED_RUN);
  kept = 0;
}

/** Marks a sample's orders going out. */
export function markDispatched(): void {
  performance.clearMarks(TIMED_RUN_DISPATCHED);
  performance.mark(TIMED_RUN_DISPATCHED);
}

/**
 * The engine's clock: the only place a run's time is taken. The window runs from the sample's start,
 * stamped in the run buffer on the shared epoch clock (core/startLine.ts `openRep`, by whichever thread
 * started it), to `end` (performance.now()), when the page held every result. Recorded as a `timed run`
 * measure; returns its length in ms, and where it began on this thread's clock.
 */
export function closeTimedWindow(
  startedAtEpochMs: number,
  end: number,
  detail: TimedRunDetail,
): { ms: number; start: number } {
  // A sample stopped before its clock started was never timed: an empty window.
  const start = startedAtEpochMs > 0 ? Math.min(end, startedAtEpochMs - performance.timeOrigin) : end;
  if (kept >= KEPT_MEASURES) forgetTimedRuns();
  performance.measure(TIMED_RUN, { start, end, detail });
  kept++;
  return { ms: end - start, start };
}
