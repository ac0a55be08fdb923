/**
 * How often heartbeats are compared: each look is a task on the page's thread inside a timed window,
 * so no more often than a stall of STALL_MS needs to be told apart from a slow worker.
 */
const CHECK_EVERY_MS = 2000;

/** A computing worker bumps its heartbeat every few thousand nodes (well under a millisecond). */
export const STALL_MS = 10_000;

/**
 * Calls `onStall(worker)` when a worker that is still busy has not bumped its heartbeat for `stallMs`.
 * If the page itself was paused (a hidden tab's timers, a sleeping laptop) nobody is judged for that
 * gap: the clock restarts for everyone.
 */
export function watchHeartbeats(
  read: () => number[],
  isBusy: (worker: number) => boolean,
  onStall: (worker: number) => void,
  stallMs = STALL_MS,
): () => void {
  let previous = read();
  let lastCheck = performance.now();
  const quietSince = previous.map(() => lastCheck);
  const timer = setInterval(
    () => {
      const now = performance.now();
      const paused = now - lastCheck > 4 * Math.min(CHECK_EVERY_MS, stallMs);
      lastCheck = now;
      const beats = read();
      beats.forEach((beat, worker) => {
        if (paused || beat !== previous[worker] || !isBusy(worker)) quietSince[worker] = now;
        else if (now - quietSince[worker] > stallMs) onStall(worker);
      });
      previous = beats;
    },
    Math.min(CHECK_EVERY_MS, stallMs / 4),
  );
  return () => clearInterval(timer);
}
