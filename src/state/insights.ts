import { COMPARISON_BASELINE, MODE_LABELS, MODE_SPECS, MODEL_COUNT_WORD } from '../engine/modes';
import type { RunResult } from '../engine/runResult';
import type { EnvironmentInfo } from './environment';
import { lossCause, speedSpread, SPEED_SPREAD, type LossCause } from '../core/breakdown';
import { amdahlResidual, karpFlatt } from '../core/stats';
import { estimatedNodes, MAX_N } from '../core/known';
import {
  amdahlFit,
  baselineDrift,
  lawfulRows,
  modesIn,
  scaledRows,
  showsScaling,
  speedupPoints,
  type ResultSet,
  type ScaledRow,
} from './results';
import { percent, plural, times } from './words';

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

/** The smallest N whose runs at this worker count would be long enough to show scaling (showsScaling). */
export function smallestTellingN(n: number, runMs: number, fixedCostMs: number): number {
  for (let candidate = n + 1; candidate <= MAX_N; candidate++) {
    const estimate = (runMs * estimatedNodes(candidate)) / estimatedNodes(n);
    if (showsScaling(fixedCostMs, estimate)) return candidate;
  }
  return MAX_N;
}

/** "(48% efficient; 97% of what 2 cores allow)": past the cores, efficiency against P alone misleads. */
function efficiencyWords(top: ScaledRow, cores: number | null): string {
  const againstCores =
    cores !== null && top.workers > cores && top.coreEfficiency !== undefined
      ? `; ${percent(top.coreEfficiency)} of what ${plural(cores, 'core')} allow`
      : '';
  return `${percent(top.efficiency!)} efficient${againstCores}`;
}

function headline(top: ScaledRow, cores: number | null): string {
  const interval = top.efficiencyInterval;
  const range = interval ? `${percent(interval.low)}–${percent(interval.high)}` : '';
  const workers = plural(top.workers, 'worker');
  if (top.superlinear === 'beyond-noise') {
    return `${workers} measured more than ${top.workers}× faster (${range} efficient), beyond the samples' noise: the machine changed speed between runs. Not a result; sweep again.`;
  }
  if (top.superlinear === 'within-noise') {
    return `${times(top.speedup!)} faster on ${workers}: ${percent(top.efficiency!)} efficient, within the samples' noise (${range}), so read it as 100%.`;
  }
  return `${times(top.speedup!)} faster on ${workers} (${efficiencyWords(top, cores)}).`;
}

const everyWorker = (workers: number) => (workers === 2 ? 'Both workers' : `All ${workers} workers`);

/** Why the point lost what it lost, in one or two sentences that hold on this machine. */
function causeWords(cause: LossCause, workers: number, cores: number | null): string | null {
  switch (cause.kind) {
    case 'none':
      return null;
    case 'oversubscribed':
      return `The ${workers} workers shared this device's ${plural(cause.cores, 'core')}: each computed at ${times(cause.speed)} a lone worker's speed, so no more than about ${cause.cores}× can show here.`;
    case 'more-cores':
      return `This browser reports ${plural(cause.cores, 'core')}, yet ${workers} workers ran without slowing each other down: the device has more cores than the browser says.`;
    case 'uneven':
      return `These workers ran at different speeds (${times(cause.slowest)} to ${times(cause.fastest)} a lone worker's): this device has faster and slower cores, or other programs share some of them.`;
    case 'slower': {
      const busy =
        Math.round(cause.busyLow * 100) === Math.round(cause.busyHigh * 100)
          ? percent(cause.busyLow)
          : `${percent(cause.busyLow)}–${percent(cause.busyHigh)}`;
      const allBusy = cores !== null && workers >= cores;
      const why =
        cause.speed < 0.7
          ? 'another program is using a core, or the cores are shared'
          : `${allBusy ? 'cores run slower when all of them are busy' : 'cores run slower when several are busy'} (lower clock speeds, shared caches and memory), or another program takes some of their time`;
      return `${everyWorker(workers)} were busy ${busy} of the time, but each computed at ${times(cause.speed)} a lone worker's speed: ${why}.`;
    }
    case 'waiting':
      if (cause.where === 'end') {
        return `Workers waited ${percent(cause.share)} of the time for the last tasks to finish: the split is too coarse for this many workers (try Auto or Dynamic).`;
      }
      if (cause.where === 'between') {
        return `Workers spent ${percent(cause.share)} of the time between tasks (claiming the next one, waiting for its message): the tasks are small for this many workers.`;
      }
      return `Workers spent ${percent(cause.share)} of the time before their first task (waking up, receiving it).`;
  }
}

/** Where the top point's lost time went, and workers of clearly different speeds even when that is not the main loss. */
function lossLines(top: ScaledRow, cores: number | null): string[] {
  if (!top.breakdown) return [];
  const cause = lossCause(top.breakdown, cores);
  const lines = [causeWords(cause, top.workers, cores)];
  const spread = speedSpread(top.breakdown);
  if (cause.kind !== 'uneven' && cause.kind !== 'oversubscribed' && spread > SPEED_SPREAD) {
    lines.push(
      `Its workers ran at clearly different speeds (the fastest ${times(spread)} the slowest): faster and slower cores, or other programs sharing some.`,
    );
  }
  // Said when the page took time from the workers, or when the browser cannot tell; silence means none.
  if (top.pageBusyMs === null || (top.pageBusyMs ?? 0) > 0) {
    lines.push(pageWorkLine(top.pageBusyMs ?? null, top.ms * top.runsPerSample));
  }
  return lines.filter((line): line is string => line !== null);
}

/** What the page itself did while the workers were timed, as far as the browser can tell. */
function pageWorkLine(busyMs: number | null, sampleMs: number): string {
  if (busyMs === null) return "The page's own work during the timed runs: not measurable in this browser.";
  return `The page itself was busy ${milliseconds(busyMs)} in long frames during the last sample (${percent(busyMs / sampleMs)} of it).`;
}

/** Why no serial fraction is claimed: workers sharing cores, or points that lost time to slower workers. */
function noLawLine(rows: ScaledRow[], cores: number | null): string {
  const reasons: string[] = [];
  if (cores !== null && rows.some((row) => row.workers > cores)) {
    reasons.push(`past ${plural(cores, 'worker')} the workers share this device's ${plural(cores, 'core')}`);
  }
  const slowed = rows.filter(
    (row) => row.workers > 1 && !row.lawsApply && (cores === null || row.workers <= cores) && row.speedup !== undefined,
  );
  if (slowed.length > 0) {
    const at = slowed.map((row) => row.workers).join(' and ');
    reasons.push(`at ${at} workers the loss is slower workers, not serial work`);
  }
  return `No serial fraction is claimed (Amdahl, Karp–Flatt): ${reasons.join('; ')}.`;
}

/**
 * Amdahl's law, over the points it describes only. One point bounds the serial part when it is the
 * whole sweep; a sweep that went past what the law describes needs two described points for a fit.
 */
function amdahlLine(rows: ScaledRow[], cores: number | null): string | null {
  const measured = speedupPoints(rows).filter((point) => point.workers > 1);
  const points = speedupPoints(lawfulRows(rows)).filter((point) => point.workers > 1);
  if (measured.length === 0) return null;
  const left = measured.length - points.length;
  if (points.length === 0 || (left > 0 && points.length < 2)) return noLawLine(rows, cores);
  if (points.length === 1) {
    const [{ workers, speedup }] = points;
    const serial = karpFlatt(speedup, workers);
    // At or above P× there is no serial part to bound (the headline already says so). A lawful point is
    // at least as fast as one worker (results.ts), so the bound is never above 100%.
    if (!(serial > 0)) return null;
    return `Two points only bound it: at most ${(serial * 100).toFixed(1)}% of the work is serial (Amdahl), overhead included. Sweep to more workers for a fit.`;
  }
  const serial = amdahlFit(rows);
  if (!Number.isFinite(serial)) return null;
  const residual = amdahlResidual(points, serial);
  const over =
    left > 0 ? ` over the ${plural(points.length + 1, 'point')} with a core per worker and no slowed workers` : '';
  return `Amdahl's law fits a serial fraction of ${(serial * 100).toFixed(1)}%${over} (the ${plural(points.length + 1, 'point')} sit ${times(residual)} from the curve on average): at most ${serial > 0 ? `${(1 / serial).toFixed(0)}×` : 'unbounded'} on any number of cores.`;
}

/** N too small to show scaling: even batched, its runs are mostly fixed cost. */
function tooSmallLine(set: ResultSet, top: ScaledRow): string | null {
  if (set.fixedCostMs === undefined || top.workers < 2) return null;
  if (showsScaling(set.fixedCostMs, top.ms)) return null;
  const suggestion = smallestTellingN(set.n, top.ms, set.fixedCostMs);
  return `N=${set.n} takes ${milliseconds(top.ms)} on ${plural(top.workers, 'worker')}: too short to show scaling (each run carries about ${milliseconds(set.fixedCostMs)} of fixed cost); try N=${suggestion} or more.`;
}

/** A caption line; `secondary` ones (the interval, the laws) give way in presenter mode to the room's two. */
export interface CaptionLine {
  text: string;
  secondary: boolean;
}

const primary = (text: string): CaptionLine => ({ text, secondary: false });

/**
 * Plain-language sentences computed from the results, for the caption above the charts. While a
 * comparison is still measuring, its partial set is not a sweep: it is said to be a comparison.
 */
export function captionLines(set: ResultSet | null, comparing = false, cores: number | null = null): CaptionLine[] {
  const rows = scaledRows(set, cores);
  if (comparing) {
    const measured = modesIn(set).length;
    return [primary(`Comparing the ${MODEL_COUNT_WORD} models: ${measured} of ${MODEL_COUNT_WORD} measured so far…`)];
  }
  if (!set || rows.length === 0) return [];
  if (modesIn(set).length > 1) {
    // The fastest first: the headline is the model that won.
    const lines = [...rows]
      .filter((row) => row.speedup !== undefined && row.mode !== COMPARISON_BASELINE)
      .sort((a, b) => b.speedup! - a.speedup!)
      .map(
        (row) =>
          `${MODE_LABELS[row.mode]} (${plural(row.workers, 'thread')}): ${times(row.speedup!)} the speed of the ${MODE_LABELS[COMPARISON_BASELINE].toLowerCase()}.`,
      );
    const widest = Math.max(...rows.map((row) => row.workers));
    if (cores !== null && widest > cores) lines.push(sharedCoresLine(widest, cores));
    return lines.map(primary);
  }
  const top = rows[rows.length - 1];
  if (top.speedup === undefined) return [primary('Run with 1 worker, or Sweep, to measure the speedup.')];
  if (top.workers === 1) return [primary(`1 worker: ${milliseconds(top.ms)}. Add workers to see the speedup.`)];
  const tooSmall = tooSmallLine(set, top);
  if (tooSmall) return [primary(tooSmall)];
  const secondary = (text: string | null) => (text === null ? [] : [{ text, secondary: true }]);
  return [
    primary(headline(top, cores)),
    ...lossLines(top, cores).map(primary),
    ...secondary(knownLine(set)),
    ...secondary(amdahlLine(rows, cores)),
  ];
}

/** How well the rounds pinned the headline efficiency down: its interval, or that the budget ran out first. */
export function knownLine(set: ResultSet | null): string | null {
  const known = set?.known;
  if (!known) return null;
  const interval = `${percent(known.interval.low)}–${percent(known.interval.high)}`;
  const rounds = plural(known.rounds, 'paired round');
  if (known.confidence === null) {
    return `The ${known.workers}-worker efficiency ranged ${interval} over ${rounds}.`;
  }
  const said = `95% interval of the ${known.workers}-worker efficiency: ${interval} (${rounds})`;
  const wider = `wider than ±${known.halfWidth * 100} points`;
  if (known.stoppedBy === 'budget') {
    return `${said}: still ${wider} when the ${known.budgetMs / 1000} s for extra rounds ran out; the samples vary more than that here.`;
  }
  if (known.stoppedBy === 'rounds')
    return `${said}: still ${wider} after ${rounds}; the samples vary more than that here.`;
  return `${said}.`;
}

/** Every view says so when workers outnumber the cores the browser reports. */
export function sharedCoresLine(workers: number, cores: number): string {
  return `${plural(workers, 'worker')} on this device's ${plural(cores, 'core')}: past ${cores} they share cores, so no more than about ${cores}× can show here.`;
}

export function trafficLine(run: RunResult | null): string | null {
  if (!run) return null;
  const spec = MODE_SPECS[run.mode];
  if (spec.copiesTasks) {
    return `Last run: ${run.traffic.messages} messages, ${(run.traffic.bytes / 1000).toFixed(1)} kB of task data copied between threads.`;
  }
  if (spec.sharesMemory) {
    // Its runs follow one another inside the workers: the messages are the whole sample's.
    const what = run.repeat > 1 ? `Last sample (${run.repeat} runs back to back)` : 'Last run';
    return `${what}: ${run.traffic.messages} messages, no task data copied: tasks and results stay in shared memory.`;
  }
  return null;
}

/** A reason not to trust a measurement: its sentence, and a few words for presenter mode's one line. */
export interface Caution {
  text: string;
  short: string;
}

/** Reasons not to trust a measurement, or the core count, each in one sentence. */
export function warnings(set: ResultSet | null, environment: EnvironmentInfo): Caution[] {
  const out: Caution[] = [];
  const drift = baselineDrift(set);
  if (drift !== undefined && drift > 0.1) {
    out.push({
      text: `The 1-worker time drifted by ${percent(drift)} between the first and the last round of the sweep (thermal throttling, battery saving or another program?): treat the speedups with care.`,
      short: `the 1-worker time drifted ${percent(drift)}`,
    });
  }
  const beyond = scaledRows(set).filter((row) => row.superlinear === 'beyond-noise');
  for (const row of beyond) {
    out.push({
      text: `${plural(row.workers, 'worker')} came out more than ${row.workers}× faster, beyond the noise of the samples: superlinear speedup on a CPU-bound search means the machine changed speed mid-sweep.`,
      short: `${plural(row.workers, 'worker')} superlinear: the machine changed speed`,
    });
  }
  if (set?.rows.some((row) => row.hiddenDuringRun)) {
    out.push({
      text: 'The tab was hidden during a measurement marked ⚠: browsers throttle hidden tabs, so that time may be too long.',
      short: 'the tab was hidden during a run',
    });
  }
  const browser = environment.browser;
  if ((environment.cores === 4 || environment.cores === 8) && browser.startsWith('Safari')) {
    out.push({
      text: `This browser reports ${environment.cores} cores; the device may have more or fewer (Safari says 4 on machines with fewer than 8 cores and 8 on all others): sweep past ${environment.cores} workers to find out.`,
      short: `Safari reports ${environment.cores} cores whatever the device has`,
    });
  }
  if (cappedByFingerprintingResistance(environment)) {
    out.push({
      text: 'This browser reports 2 cores; the device may have more (Firefox says 2 when fingerprinting resistance is on).',
      short: 'Firefox may say 2 cores when there are more',
    });
  }
  return out;
}
