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
