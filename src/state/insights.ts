import { MODE_LABELS } from '../engine/modes';
import type { RunResult } from '../engine/runResult';
import type { EnvironmentInfo } from './environment';
import { amdahlFit, baselineDrift, modesIn, scaledRows, type ResultSet } from './results';

const percent = (x: number) => `${Math.round(x * 100)}%`;
const times = (x: number) => `${x.toFixed(2)}×`;

/** Plain-language sentences computed from the results, for the caption above the charts. */
export function captions(set: ResultSet | null): string[] {
  const rows = scaledRows(set);
  if (rows.length === 0) return [];
  if (modesIn(set).length > 1) {
    return rows
      .filter((row) => row.speedup !== undefined && row.mode !== 'main')
      .map((row) => `${MODE_LABELS[row.mode]} (${row.workers} thread${row.workers === 1 ? '' : 's'}): ${times(row.speedup!)} the speed of the main thread.`);
  }
  const top = rows[rows.length - 1];
  if (top.speedup === undefined) return ['Run with 1 worker, or Sweep, to measure the speedup.'];
  if (top.workers === 1) return [`1 worker: ${top.ms.toFixed(1)} ms. Add workers to see the speedup.`];
  const lines = [`${top.workers} workers finished in ${(1 / top.speedup).toFixed(2)}× the time: ${percent(top.efficiency!)} efficient.`];
  const serial = amdahlFit(rows);
  if (rows.length > 2 && Number.isFinite(serial)) {
    lines.push(`Amdahl's law fits a serial fraction of ${(serial * 100).toFixed(1)}%: at most ${serial > 0 ? `${(1 / serial).toFixed(0)}×` : 'unbounded'} on any number of cores.`);
  }
  return lines;
}

export function trafficLine(run: RunResult | null): string | null {
  if (!run) return null;
  if (run.mode === 'message') {
    return `Last run: ${run.traffic.messages} messages, ${(run.traffic.bytes / 1000).toFixed(1)} kB of task data copied between threads.`;
  }
  if (run.mode === 'shared') {
    return `Last run: ${run.traffic.messages} messages, no task data copied: tasks and results stay in shared memory.`;
  }
  return null;
}

/** Reasons not to trust a measurement, or the core count, each in one sentence. */
export function warnings(set: ResultSet | null, environment: EnvironmentInfo): string[] {
  const out: string[] = [];
  const drift = baselineDrift(set);
  if (drift !== undefined && drift > 0.1) {
    out.push(`The 1-worker time drifted by ${percent(drift)} between the start and the end of the sweep (thermal throttling, battery saving or another program?): treat the speedups with care.`);
  }
  if (set?.rows.some((row) => row.hiddenDuringRun)) {
    out.push('The tab was hidden during a measurement marked ⚠: browsers throttle hidden tabs, so that time may be too long.');
  }
  const browser = environment.browser;
  if (environment.cores === 8 && browser.startsWith('Safari')) {
    out.push('Safari reports at most 8 logical cores, whatever the machine has: try more workers than 8 to find out.');
  }
  if (environment.cores === 2 && browser.startsWith('Firefox')) {
    out.push('Firefox reports 2 cores when fingerprinting resistance is on: the real count may be higher.');
  }
  return out;
}
