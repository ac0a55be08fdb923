/**
 * Lets work already queued on the main thread (React committing the "Running…" status, a chart drawing
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
 * User Timing marks around the timed part, for DevTools and the benchmark's long-task probe. Only the
 * latest pair is kept, so thousands of runs do not grow the performance timeline.
 */
export function markRun(edge: 'start' | 'end'): void {
  const name = `parallel-queens-run-${edge}`;
  if (edge === 'start') performance.clearMarks('parallel-queens-run-end');
  performance.clearMarks(name);
  performance.mark(name);
}
