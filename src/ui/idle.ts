import { nextIdle } from '../engine/quiet';

/**
 * Resolves once the page has painted its first frame and then been idle: what the page does after it
 * has shown itself (workers, the panels' chunks) waits for this, so the first paint does not wait for it.
 * A hidden tab paints no frames: the timer stands in.
 */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const painted = () => {
      if (done) return;
      done = true;
      // A frame's callback runs before its paint: the task after it runs after the paint.
      setTimeout(() => void nextIdle(500, 50).then(resolve), 0);
    };
    setTimeout(painted, 1000);
    requestAnimationFrame(painted);
  });
}
