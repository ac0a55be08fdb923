import { SYMMETRY_WORK, type Symmetry } from '../core/symmetry';
import { estimatedNodes } from '../core/known';
import type { LiveRun } from '../engine/engine';

/**
 * How far a long run or measurement has got, for a progress bar with time left. The work a run does
 * is known in nodes before it starts (core/known.ts), so a run's progress is the nodes its finished
 * tasks searched over the nodes it will search; a measurement's is how many of its runs are done.
 */
export type Progress =
  | { kind: 'run'; startedAt: number; expectedNodes: number }
  | {
      kind: 'measure';
      startedAt: number;
      /** Nodes one run of these configurations searches. */
      expectedNodes: number;
      /** Passes in all, the untimed warm-up included, and the one under way (0-based). */
      passes: number;
      pass: number;
      /** Runs in a pass, and the one under way (0-based). */
      steps: number;
      step: number;
    };

/** A job shorter than this needs no bar: it is over before one could be read. */
export const PROGRESS_AFTER_MS = 2000;

export function expectedNodes(n: number, symmetry: Symmetry): number {
  return estimatedNodes(n) * SYMMETRY_WORK[symmetry];
}

/** Share of the live run's work already done, from the nodes its finished tasks searched. */
function liveFraction(live: LiveRun | null, expected: number): number {
  if (!live || expected <= 0) return 0;
  let nodes = 0;
  for (let task = 0; task < live.run.taskCount; task++) nodes += live.run.nodes[task];
  return Math.min(1, nodes / expected);
}

export interface ProgressReading {
  fraction: number;
  /** Estimated from the pace so far; null until there is enough done to judge it by. */
  msLeft: number | null;
}

export function readProgress(progress: Progress, live: LiveRun | null, now: number): ProgressReading {
  const current = liveFraction(live, progress.expectedNodes);
  const fraction =
    progress.kind === 'run'
      ? current
      : (progress.pass * progress.steps + progress.step + current) / (progress.passes * progress.steps);
  const done = Math.min(0.999, Math.max(0, fraction));
  const elapsed = now - progress.startedAt;
  return { fraction: done, msLeft: done >= 0.03 ? (elapsed * (1 - done)) / done : null };
}
