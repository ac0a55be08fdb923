/**
 * Milliseconds since the epoch at microsecond resolution. Each thread's `performance.now()` counts
 * from its own start, so times written by workers and read by the page are kept on this shared scale.
 */
export function wallClock(): number {
  return performance.timeOrigin + performance.now();
}
