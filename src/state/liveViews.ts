import type { LiveRun } from '../engine/engine';
import type { AppState } from './appTypes';

/**
 * Whether the live views (worker lanes, heartbeat, fps meter) rest now. With live views off they rest
 * whenever something is measured. The thread-safety experiment always rests them: its runs take a few
 * ms, nothing is worth watching live, and on this 2-core VM the drawing took a core from a worker mid
 * run. Measured with `npx playwright test tests/e2e/races.spec.ts --repeat-each`: drawing, the plain
 * total came out right in 2 of 5 runs in 1 experiment of 10; resting, it was wrong in at least 4 of 5 in
 * all 20.
 */
export function liveViewsRest(state: AppState): boolean {
  return state.phase === 'racing' || (!state.settings.live && state.phase !== 'idle');
}

/**
 * A timed run's first second is left alone: every frame the page draws then (lanes, meter, progress)
 * is a core's time taken from the workers on a small machine, and most samples of a sweep are over
 * sooner. Traced (`npm run bench -- --only quiet`, N=13-14, 2 workers): the live views' once-a-second
 * frames were 1-1.3% of the timed windows; a longer run still shows its progress from its second second.
 */
export const STILL_AT_RUN_START_MS = 1000;

/** Ms until a live view may draw (0: now), with `live` the run in flight; `now` on performance.now(). */
export function untilLiveViewsMayDraw(live: LiveRun | null, now: number): number {
  return live ? Math.max(0, live.announcedAt + STILL_AT_RUN_START_MS - now) : 0;
}
