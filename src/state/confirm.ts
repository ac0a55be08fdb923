import type { Symmetry } from '../core/symmetry';
import { MODE_SPECS, type Mode } from '../engine/modes';
import { describeDuration, estimateMs, type RateMemory } from './estimate';

/** Freezing the page longer than this, or computing longer than the second, needs a yes first. */
const FREEZE_CONFIRM_MS = 1000;
const LONG_RUN_CONFIRM_MS = 30_000;

export interface PlannedRuns {
  mode: Mode;
  workers: number;
  /** How many times this configuration will run (a sweep point's warm-up and repeats). */
  runs: number;
}

/**
 * The question to ask before work that would freeze the page (the main-thread mode cannot be
 * cancelled) or take long, with the estimate and what it is based on; null when no question is needed.
 */
export function confirmationQuestion(
  plan: PlannedRuns[],
  job: { n: number; symmetry: Symmetry },
  rate: RateMemory,
  cores: number,
): string | null {
  const timed = plan.map((p) => ({
    ...p,
    ms: p.runs * estimateMs(rate, { ...job, mode: p.mode, workers: p.workers }, cores),
  }));
  const frozen = timed.filter((p) => MODE_SPECS[p.mode].freezesPage).reduce((sum, p) => sum + p.ms, 0);
  const total = timed.reduce((sum, p) => sum + p.ms, 0);
  const basis = rate.measured ? 'measured on this device' : 'a typical laptop; not yet measured here';
  if (frozen > FREEZE_CONFIRM_MS) {
    return `N=${job.n} on the main thread freezes this page for about ${describeDuration(frozen)} (${basis}). Nothing, not even Cancel, responds until it ends. Run it?`;
  }
  if (total > LONG_RUN_CONFIRM_MS) {
    return `N=${job.n} will take about ${describeDuration(total)} (${basis}). You can cancel at any time. Start?`;
  }
  return null;
}
