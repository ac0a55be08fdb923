/**
 * Milliseconds to the next multiple of `periodMs` on this page's clock. Live views that wake on the same
 * ticks share their frames: one repaint and one compositor frame instead of one each.
 */
export function untilTick(periodMs: number): number {
  return periodMs - (performance.now() % periodMs);
}
