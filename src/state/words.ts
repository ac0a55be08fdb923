import { modeSpec, type Mode } from '../engine/modes';
import type { RunResult } from '../engine/runResult';

/** "1 worker", "2 workers": the status line and captions say counts in words. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A speedup, or one time against another, in words: "1.89×". The one spelling, everywhere. */
export const times = (x: number, digits = 2) => `${x.toFixed(digits)}×`;

/** A share in words, to the whole percent: "94%". The one spelling, everywhere. */
export const percent = (x: number) => `${Math.round(x * 100)}%`;

/** The words for a reported core count, wherever a device is named: "8 cores", "cores not reported". */
export const coresWords = (cores: number | null) => (cores === null ? 'cores not reported' : plural(cores, 'core'));

/** Where a run of this mode computes: "on 2 workers", or "on the page's own thread" for the one-thread modes. */
export function whereItRuns(mode: Mode, workers: number): string {
  return modeSpec(mode).usesWorkers ? `on ${plural(workers, 'worker')}` : "on the page's own thread";
}

/** A finished run in words; a run that froze the page says for how long, however short. */
export function doneStatus(result: RunResult): string {
  const where = modeSpec(result.mode).usesWorkers ? plural(result.workers, 'worker') : "the page's own thread";
  const done = `Done: N=${result.n}, ${where}, ${result.ms.toFixed(1)} ms`;
  return modeSpec(result.mode).freezesPage
    ? `${done}. The page was frozen for those ${result.ms.toFixed(0)} ms.`
    : done;
}
