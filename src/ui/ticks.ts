import type { LiveRun } from '../engine/engine';
import { untilLiveViewsMayDraw } from '../state/liveViews';

/**
 * Milliseconds to the first multiple of `periodMs` on this page's clock at least `notBeforeMs` from now.
 * Live views that wake on the same ticks share their frames: one repaint and one compositor frame
 * instead of one each.
 */
export function untilTick(periodMs: number, notBeforeMs = 0): number {
  const now = performance.now();
  const at = now + Math.max(0, notBeforeMs);
  return at + (periodMs - (at % periodMs)) - now;
}

/** Ms to the next tick of `periodMs` on which a live view may draw, with `live` the run in flight. */
export function untilLiveTick(periodMs: number, live: LiveRun | null): number {
  return untilTick(periodMs, untilLiveViewsMayDraw(live, performance.now()));
}
