import { COMPARISON_BASELINE, MODE_LABELS, MODE_SPECS, MODEL_COUNT_WORD } from '../engine/modes';
import type { RunResult } from '../engine/runResult';
import type { EnvironmentInfo } from './environment';
import { amdahlResidual } from '../core/stats';
import { estimatedNodes, MAX_N } from '../core/known';
import {
  amdahlFit,
  baselineDrift,
  modesIn,
  scaledRows,
  speedupPoints,
  type ResultSet,
  type ScaledRow,
} from './results';
import { plural } from './words';

const percent = (x: number) => `${Math.round(x * 100)}%`;
const times = (x: number) => `${x.toFixed(2)}×`;
const milliseconds = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms`;

/**
 * Fingerprinting resistance caps Firefox's core count at 2 and coarsens its clock to 16 ms or more; a
 * plain 2-core machine keeps a fine clock (20 µs isolated, 1 ms otherwise). Both, or it is not said.
 */
const RESIST_FINGERPRINTING_TIMER_MS = 10;
export function cappedByFingerprintingResistance(environment: EnvironmentInfo): boolean {
  return (
    environment.cores === 2 &&
    environment.browser.startsWith('Firefox') &&
    environment.timerResolutionMs >= RESIST_FINGERPRINTING_TIMER_MS
  );
}

/** A run's fixed cost may be at most this share of it before N is called too small to show scaling. */
export const FIXED_COST_SHARE = 0.05;

/** The smallest N whose runs at this worker count would carry at most FIXED_COST_SHARE of fixed cost. */
export function smallestTellingN(n: number, runMs: number, fixedCostMs: number): number {
  for (let candidate = n + 1; candidate <= MAX_N; candidate++) {
    const estimate = (runMs * estimatedNodes(candidate)) / estimatedNodes(n);
    if (fixedCostMs / estimate <= FIXED_COST_SHARE) return candidate;
  }
  return MAX_N;
}

function headline(top: ScaledRow): string {
  const interval = top.efficiencyInterval;
  const range = interval ? `${percent(interval.low)}–${percent(interval.high)}` : '';
  const workers = plural(top.workers, 'worker');
  if (top.superlinear === 'beyond-noise') {
    return `${workers} measured more than ${top.workers}× faster (${range} efficient), beyond the samples' noise: the machine changed speed between runs. Not a result; sweep again.`;
  }
  if (top.superlinear === 'within-noise') {
    return `${times(top.speedup!)} faster on ${workers}: ${percent(top.efficiency!)} efficient, within the samples' noise (${range}), so read it as 100%.`;
  }
  return `${times(top.speedup!)} faster on ${workers} (${percent(top.efficiency!)} efficient).`;
}

function amdahlLine(rows: ScaledRow[]): string | null {
  const points = speedupPoints(rows).filter((point) => point.workers > 1);
  if (points.length === 1) {
    const [{ workers, speedup }] = points;
    const serial = (1 / speedup - 1 / workers) / (1 - 1 / workers);
    // At or above P× there is no serial part to bound (the headline already says so).
    if (!(serial > 0)) return null;
    return `Two points only bound it: at most ${(serial * 100).toFixed(1)}% of the work is serial (Amdahl), overhead included. Sweep to more workers for a fit.`;
  }
  const serial = amdahlFit(rows);
  if (!Number.isFinite(serial)) return null;
  const residual = amdahlResidual(speedupPoints(rows), serial);
  return `Amdahl's law fits a serial fraction of ${(serial * 100).toFixed(1)}% (the ${plural(points.length + 1, 'point')} sit ${residual.toFixed(2)}× from the curve on average): at most ${serial > 0 ? `${(1 / serial).toFixed(0)}×` : 'unbounded'} on any number of cores.`;
}

/** N too small to show scaling: even batched, its runs are mostly fixed cost. */
function tooSmallLine(set: ResultSet, top: ScaledRow): string | null {
  if (set.fixedCostMs === undefined || top.workers < 2) return null;
  if (set.fixedCostMs / top.ms <= FIXED_COST_SHARE) return null;
  const suggestion = smallestTellingN(set.n, top.ms, set.fixedCostMs);
  return `N=${set.n} takes ${milliseconds(top.ms)} on ${plural(top.workers, 'worker')}: too short to show scaling (each run carries about ${milliseconds(set.fixedCostMs)} of fixed cost); try N=${suggestion} or more.`;
}

/**
 * Plain-language sentences computed from the results, for the caption above the charts. While a
 * comparison is still measuring, its partial set is not a sweep: it is said to be a comparison.
 */
export function captions(set: ResultSet | null, comparing = false): string[] {
  const rows = scaledRows(set);
  if (comparing) {
    const measured = modesIn(set).length;
    return [`Comparing the ${MODEL_COUNT_WORD} models: ${measured} of ${MODEL_COUNT_WORD} measured so far…`];
  }
  if (!set || rows.length === 0) return [];
  if (modesIn(set).length > 1) {
    // The fastest first: the headline is the model that won.
    return [...rows]
      .filter((row) => row.speedup !== undefined && row.mode !== COMPARISON_BASELINE)
      .sort((a, b) => b.speedup! - a.speedup!)
      .map(
        (row) =>
          `${MODE_LABELS[row.mode]} (${plural(row.workers, 'thread')}): ${times(row.speedup!)} the speed of the ${MODE_LABELS[COMPARISON_BASELINE].toLowerCase()}.`,
      );
  }
  const top = rows[rows.length - 1];
  if (top.speedup === undefined) return ['Run with 1 worker, or Sweep, to measure the speedup.'];
  if (top.workers === 1) return [`1 worker: ${milliseconds(top.ms)}. Add workers to see the speedup.`];
  const tooSmall = tooSmallLine(set, top);
  if (tooSmall) return [tooSmall];
  return [headline(top), amdahlLine(rows)].filter((line): line is string => line !== null);
}

export function trafficLine(run: RunResult | null): string | null {
  if (!run) return null;
  const spec = MODE_SPECS[run.mode];
  if (spec.copiesTasks) {
    return `Last run: ${run.traffic.messages} messages, ${(run.traffic.bytes / 1000).toFixed(1)} kB of task data copied between threads.`;
  }
  if (spec.sharesMemory) {
    return `Last run: ${run.traffic.messages} messages, no task data copied: tasks and results stay in shared memory.`;
  }
  return null;
}

/** Reasons not to trust a measurement, or the core count, each in one sentence. */
export function warnings(set: ResultSet | null, environment: EnvironmentInfo): string[] {
  const out: string[] = [];
  const drift = baselineDrift(set);
  if (drift !== undefined && drift > 0.1) {
    out.push(
      `The 1-worker time drifted by ${percent(drift)} between the first and the last round of the sweep (thermal throttling, battery saving or another program?): treat the speedups with care.`,
    );
  }
  const beyond = scaledRows(set).filter((row) => row.superlinear === 'beyond-noise');
  for (const row of beyond) {
    out.push(
      `${plural(row.workers, 'worker')} came out more than ${row.workers}× faster, beyond the noise of the samples: superlinear speedup on a CPU-bound search means the machine changed speed mid-sweep.`,
    );
  }
  if (set?.rows.some((row) => row.hiddenDuringRun)) {
    out.push(
      'The tab was hidden during a measurement marked ⚠: browsers throttle hidden tabs, so that time may be too long.',
    );
  }
  const browser = environment.browser;
  if (environment.cores === 8 && browser.startsWith('Safari')) {
    out.push('Safari reports at most 8 logical cores, whatever the machine has: try more workers than 8 to find out.');
  }
  if (cappedByFingerprintingResistance(environment)) {
    out.push('Firefox reports 2 cores when fingerprinting resistance is on: the real count may be higher.');
  }
  return out;
}
